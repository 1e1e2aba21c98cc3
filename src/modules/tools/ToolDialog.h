#pragma once

#include "engine/Session.h"
#include "modules/tools/ToolTypes.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QSpinBox;

namespace fd {

class ToolService;

// Adds a lendable tool to the desk's inventory (a supervisor or an administrator): name, code and
// how many the desk has. The service's errors appear next to their field and nothing is saved.
class ToolDialog : public QDialog
{
    Q_OBJECT

public:
    ToolDialog(ToolService& tools, const Session& session, QWidget* parent = nullptr);
    [[nodiscard]] const std::optional<Tool>& result() const { return m_result; }

public slots:
    void save();

private:
    ToolService& m_tools;
    Session m_session;
    QLineEdit* m_name;
    QLineEdit* m_code;
    QSpinBox* m_quantity;
    FormErrors m_errors;
    std::optional<Tool> m_result;
};

} // namespace fd

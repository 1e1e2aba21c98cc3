#pragma once

#include "engine/Session.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from the .ui, whose class is fd::ToolLendWidget so that its texts translate in this
// class's context. Named Ui_ToolLendWidget: an fd::Ui namespace would hide the global one other forms use.
class Ui_ToolLendWidget;

class RegistryService;
class SignatureField;
class ToolService;
class UnitPickerWidget;

// The lending form (seed 001 "借用工具流程"): which tool and how many, the borrower's unit, name and
// phone, an optional deposit note, and the borrower's signature (or why there is none). The service
// decides; its errors appear next to their field and nothing is written. Layout:
// ui/modules/tools/ToolLendWidget.ui.
class ToolLendWidget : public QWidget
{
    Q_OBJECT

public:
    ToolLendWidget(ToolService& tools, RegistryService& registry, QWidget* parent = nullptr);
    ~ToolLendWidget() override;

    void setSession(const Session& session);
    // Re-reads the tools and how many of each are in (after a loan, a return or an inventory change).
    void reloadTools();
    void chooseTool(qint64 toolId);
    [[nodiscard]] UnitPickerWidget* unitPicker() const { return m_unit; }
    [[nodiscard]] SignatureField* signatureField() const;

public slots:
    void lend();
    void clear();

signals:
    void lent(qint64 loanId);

private:
    std::unique_ptr<Ui_ToolLendWidget> m_ui;
    ToolService& m_tools;
    std::optional<Session> m_session;
    UnitPickerWidget* m_unit;
    FormErrors m_errors;
};

} // namespace fd

#pragma once

#include "widgets/FormErrors.h"

#include "engine/Session.h"
#include "engine/tickets/Ticket.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace fd {

class RepairService;
struct Error;

// 回单: the department brings the order back (R-RP-3): the result, who did it, materials, time
// spent and what was charged. After it the customer is owed a callback (R-CB-1).
class ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnDialog(RepairService& repairs, const Session& who, const Ticket& ticket, const QString& technician,
                 QWidget* parent = nullptr);

    [[nodiscard]] const Ticket& ticket() const { return m_ticket; }

public slots:
    void submit();

private:
    RepairService& m_repairs;
    Session m_who;
    Ticket m_ticket;
    FormErrors m_errors;
    QLineEdit* m_technician;
    QLineEdit* m_materials;
    QSpinBox* m_minutes;
    QLineEdit* m_charge;
    QPlainTextEdit* m_result;
};

} // namespace fd

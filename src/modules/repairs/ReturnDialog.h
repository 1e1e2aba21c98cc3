#pragma once

#include "widgets/FormErrors.h"
#include "widgets/ReloadAndApply.h"

#include "core/Result.h"
#include "engine/Session.h"
#include "engine/tickets/Ticket.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

namespace fd {

// The form uic makes from the .ui, whose class is fd::ReturnDialog so that its texts translate in this
// class's context. Named Ui_ReturnDialog: an fd::Ui namespace would hide the global one other forms use.
class Ui_ReturnDialog;

class RepairService;
struct Error;

// 回单: the department brings the order back (R-RP-3): the result, who did it, materials, time
// spent and what was charged. After it the customer is owed a callback (R-CB-1).
// Layout: ui/modules/repairs/ReturnDialog.ui.
class ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnDialog(RepairService& repairs, const Session& who, const Ticket& ticket, const QString& technician,
                 QWidget* parent = nullptr);
    ~ReturnDialog() override;

    [[nodiscard]] const Ticket& ticket() const { return m_ticket; }

    // Issue 16: how the ticket is read again when another desk changed it meanwhile.
    void setReload(std::function<Result<Ticket>(qint64)> find);

public slots:
    void submit();

private:
    std::unique_ptr<Ui_ReturnDialog> m_ui;
    RepairService& m_repairs;
    Session m_who;
    Ticket m_ticket;
    FormErrors m_errors;
    std::function<Result<Ticket>(qint64)> m_find;
    ReloadAndApply* m_reload = nullptr;
};

} // namespace fd

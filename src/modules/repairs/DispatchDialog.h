#pragma once

#include "widgets/FormErrors.h"
#include "widgets/ReloadAndApply.h"

#include "core/Result.h"
#include "engine/Session.h"
#include "engine/tickets/Ticket.h"
#include "modules/repairs/RepairTypes.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

class QPushButton;

namespace fd {

// The form uic makes from the .ui, whose class is fd::DispatchDialog so that its texts translate in this
// class's context. Named Ui_DispatchDialog: an fd::Ui namespace would hide the global one other forms use.
class Ui_DispatchDialog;

class RepairService;

// 派工: sends a repair to a department with its numbered order (R-RP-1). Department, technician,
// category, free or paid; a paid repair is priced from the fee schedule and the total is shown
// before anything is sent. In second-dispatch mode (R-RP-4) it first asks what the customer said
// on the callback. Errors appear next to the field the service names; nothing is written then.
// Layout: ui/modules/repairs/DispatchDialog.ui.
class DispatchDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Dispatch, SecondDispatch };

    DispatchDialog(RepairService& repairs, const Session& who, const Ticket& ticket, const QString& unitCode,
                   Mode mode = Mode::Dispatch, QWidget* parent = nullptr);
    ~DispatchDialog() override;

    [[nodiscard]] const std::optional<RepairDispatch>& result() const { return m_result; }
    [[nodiscard]] qint64 totalFen() const { return m_totalFen; }

    // Adds a fee item (or raises its quantity) as the "Add" button does.
    void addItem(qint64 feeItemId, int quantity);

    // Issue 16: how the ticket is read again when another desk changed it meanwhile.
    void setReload(std::function<Result<Ticket>(qint64)> find);

public slots:
    void submit();

private:
    void loadFees();
    void rebuildLines();
    void updateTotal();
    [[nodiscard]] DispatchRequest request() const;

    std::unique_ptr<Ui_DispatchDialog> m_ui;
    RepairService& m_repairs;
    Session m_who;
    Ticket m_ticket;
    Mode m_mode;
    QList<QuoteRequest> m_lines;
    qint64 m_totalFen = 0;
    std::optional<RepairDispatch> m_result;
    FormErrors m_errors;
    std::function<Result<Ticket>(qint64)> m_find;
    ReloadAndApply* m_reload = nullptr;
    QPushButton* m_dispatch;
};

} // namespace fd

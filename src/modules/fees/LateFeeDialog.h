#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace fd {

// The form uic makes from ui/modules/fees/LateFeeDialog.ui.
class Ui_LateFeeDialog;

class ChargeService;
class LateFeeService;

// A unit's late fees at the counter (R-FE-3): each overdue bill with what it still owes, the days
// counted and its late fee to today. The cashier charges them as an item charged one at a time; a
// manager may instead waive the selected bill's late fee with a reason. Errors show next to their
// field and nothing is written.
class LateFeeDialog : public QDialog
{
    Q_OBJECT

public:
    LateFeeDialog(LateFeeService& lateFees, ChargeService& charges, const Session& who, qint64 unitId,
                  const QString& unitCode, QWidget* parent = nullptr);
    ~LateFeeDialog() override;

    [[nodiscard]] QStandardItemModel* model() const { return m_model; }
    [[nodiscard]] const QList<LateFee>& fees() const { return m_fees; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }
    void selectRow(int row);
    void setReason(const QString& reason);

public slots:
    // Charges every late fee listed; the dialog closes when they are billed.
    bool chargeAll();
    // Waives the selected bill's late fee (a manager); the list is read again.
    bool waiveSelected();

private:
    void load();
    void updateControls();

    std::unique_ptr<Ui_LateFeeDialog> m_ui;
    LateFeeService& m_lateFees;
    Session m_who;
    qint64 m_unitId;
    QList<LateFee> m_fees;
    QStandardItemModel* m_model;
    FormErrors m_errors;
};

} // namespace fd

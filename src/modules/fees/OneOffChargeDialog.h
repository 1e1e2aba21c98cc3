#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>

namespace fd {

// The form uic makes from ui/modules/fees/OneOffChargeDialog.ui.
class Ui_OneOffChargeDialog;

class ChargeService;
class Clock;
class OneOffChargeService;

// A special service (特约服务) or another one-off charge for the counter's unit (R-FE-4): the item
// charged one at a time, what it was for, the amount, and whether it is paid now (due today) or with
// the month's special services (due the item's days after the month ends, which the form says).
// OneOffChargeService bills it; errors show next to their field and nothing is written.
class OneOffChargeDialog : public QDialog
{
    Q_OBJECT

public:
    OneOffChargeDialog(ChargeService& charges, OneOffChargeService& oneOff, const Clock& clock, const Session& who,
                       qint64 unitId, const QString& unitCode, QWidget* parent = nullptr);
    ~OneOffChargeDialog() override;

    void fill(const QString& note, const QString& amount, bool onTheSpot);
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }
    [[nodiscard]] const BillLine& result() const { return m_result; }

public slots:
    // Bills the charge; the dialog closes when it is billed.
    bool submit();

private:
    void describeDue();

    std::unique_ptr<Ui_OneOffChargeDialog> m_ui;
    OneOffChargeService& m_oneOff;
    const Clock& m_clock;
    Session m_who;
    qint64 m_unitId;
    QList<ChargeItem> m_items;
    BillLine m_result;
    FormErrors m_errors;
};

} // namespace fd

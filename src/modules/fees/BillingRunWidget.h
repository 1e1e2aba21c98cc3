#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from ui/modules/fees/BillingRunWidget.ui (class fd::BillingRunWidget, so its texts
// translate in this class's context).
class Ui_BillingRunWidget;

class BillingService;
class BillPreviewModel;
class ChargeService;
class Clock;
class OneOffChargeService;
class MeterReadingService;
class OpeningBalanceService;
class RegistryService;
class PaymentNoticeService;

// The month's billing run (R-FE-1): the cashier names the month (next month by default, as the run
// is made half a month before the due day), previews every unit's lines with the totals, and
// confirms; the run is billed all or nothing while the checked total holds. The runs already made
// for the month are listed under the month; finance (the manager) checks them, and then the month's
// payment notices print for a building or one unit, as one PDF. The charges of returned repairs are
// billed here too (R-FE-4): those of the month in the field (this month when it names a later one) and
// before, as the first item charged one at a time; the opening balances from the old system; and the
// month's meter readings, which its run bills.
class BillingRunWidget : public QWidget
{
    Q_OBJECT

public:
    struct Uses
    {
        BillingService& billing;
        PaymentNoticeService& notices;
        ChargeService& charges;
        OneOffChargeService& oneOff;
        OpeningBalanceService& openingBalances;
        MeterReadingService& meters;
        RegistryService& registry; // the meter readings' unit field
        const Clock& clock;
        QString siteName; // on the notices
    };

    explicit BillingRunWidget(const Uses& uses, QWidget* parent = nullptr);
    ~BillingRunWidget() override;

    void setSession(const Session& session);
    void setPeriod(const QString& period);
    [[nodiscard]] BillPreviewModel* model() const { return m_model; }
    [[nodiscard]] const std::optional<BillingPreview>& preview() const { return m_preview; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }
    // The unit a numbered payment notice is for (0: none), for a search hit on a bill's number.
    [[nodiscard]] qint64 unitOfNotice(qint64 noticeId) const;

public slots:
    bool showPreview();
    // Asks before billing; false when refused or not asked.
    bool confirmRun();
    // The finance check of the month's unchecked runs; false when none was checked.
    bool checkRuns();
    // The month's payment notices of the chosen building or unit, as one PDF; false when refused or
    // not saved.
    bool printNotices();
    // Asks, then bills the returned repairs' charges not billed yet; false when none was billed.
    bool billRepairCharges();
    // The opening balances' import (a dialog of its own).
    void importOpeningBalances();
    // The month's meter readings (a dialog of its own).
    void showMeterReadings();

signals:
    void billed(const BillingRun& run);

private:
    void forgetPreview();
    void showRuns();
    void fillBuildings();

    std::unique_ptr<Ui_BillingRunWidget> m_ui;
    BillingService& m_billing;
    PaymentNoticeService& m_notices;
    ChargeService& m_charges;
    OneOffChargeService& m_oneOff;
    OpeningBalanceService& m_openingBalances;
    MeterReadingService& m_meters;
    RegistryService& m_registry;
    const Clock& m_clock;
    QString m_siteName;
    QList<BillingRun> m_runs;
    std::optional<Session> m_session;
    BillPreviewModel* m_model;
    std::optional<BillingPreview> m_preview;
    FormErrors m_errors;
};

} // namespace fd

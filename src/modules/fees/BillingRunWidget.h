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
class Clock;
class PaymentNoticeService;

// The month's billing run (R-FE-1): the cashier names the month (next month by default, as the run
// is made half a month before the due day), previews every unit's lines with the totals, and
// confirms; the run is billed all or nothing while the checked total holds. The runs already made
// for the month are listed under the month; finance (the manager) checks them, and then the month's
// payment notices print for a building or one unit, as one PDF.
class BillingRunWidget : public QWidget
{
    Q_OBJECT

public:
    BillingRunWidget(BillingService& billing, PaymentNoticeService& notices, const Clock& clock,
                     const QString& siteName, QWidget* parent = nullptr);
    ~BillingRunWidget() override;

    void setSession(const Session& session);
    void setPeriod(const QString& period);
    [[nodiscard]] BillPreviewModel* model() const { return m_model; }
    [[nodiscard]] const std::optional<BillingPreview>& preview() const { return m_preview; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }

public slots:
    bool showPreview();
    // Asks before billing; false when refused or not asked.
    bool confirmRun();
    // The finance check of the month's unchecked runs; false when none was checked.
    bool checkRuns();
    // The month's payment notices of the chosen building or unit, as one PDF; false when refused or
    // not saved.
    bool printNotices();

signals:
    void billed(const BillingRun& run);

private:
    void forgetPreview();
    void showRuns();
    void fillBuildings();

    std::unique_ptr<Ui_BillingRunWidget> m_ui;
    BillingService& m_billing;
    PaymentNoticeService& m_notices;
    const Clock& m_clock;
    QString m_siteName;
    QList<BillingRun> m_runs;
    std::optional<Session> m_session;
    BillPreviewModel* m_model;
    std::optional<BillingPreview> m_preview;
    FormErrors m_errors;
};

} // namespace fd

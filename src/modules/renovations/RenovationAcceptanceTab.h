#pragma once

#include "modules/fees/DepositLedger.h"
#include "modules/renovations/RenovationTab.h"

#include <memory>

namespace fd {

// The form uic makes from ui/modules/renovations/RenovationAcceptanceTab.ui.
class Ui_RenovationAcceptanceTab;

class Clock;

// The end of a renovation (R-RN-1): acceptance asked for and passed or failed with what to put right
// (every round kept), the damages deducted from the deposit, and the deposit refunded once due (its day
// shown), at most what it holds, with its receipt saved as a PDF.
class RenovationAcceptanceTab : public RenovationTab
{
    Q_OBJECT

public:
    RenovationAcceptanceTab(RenovationService& renovations, const Clock& clock, QWidget* parent = nullptr);
    ~RenovationAcceptanceTab() override;

public slots:
    bool requestAcceptance();
    bool passAcceptance();
    bool failAcceptance();
    bool deduct();
    bool refund();

signals:
    // A refund's receipt is to be saved (the page knows the site's name).
    void printRequested(const fd::DepositRefund& refund);

protected:
    void fill() override;

private:
    std::unique_ptr<Ui_RenovationAcceptanceTab> m_ui;
    const Clock& m_clock;
    QList<DepositRefund> m_refunds;
    FormErrors m_deductionErrors;
};

} // namespace fd

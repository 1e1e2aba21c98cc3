#pragma once

#include "modules/fees/DepositLedger.h"
#include "modules/renovations/RenovationTab.h"

#include <memory>

namespace fd {

// The form uic makes from ui/modules/renovations/RenovationApplicationTab.ui.
class Ui_RenovationApplicationTab;

class ChargeService;
class DepositLedger;

// A renovation from its application to the start of the work (R-RN-1): the rounds of engineering's
// review (approve, reject with what to change, resubmit), the agreement signed by the owner, the deposit
// and the decoration-waste fee charged (paid at the counter, shown line by line), the schedule that
// starts the work, and withdrawing an application not charged yet.
class RenovationApplicationTab : public RenovationTab
{
    Q_OBJECT

public:
    RenovationApplicationTab(RenovationService& renovations, ChargeService& charges, QWidget* parent = nullptr);
    ~RenovationApplicationTab() override;

public slots:
    bool approve();
    bool reject();
    bool signAgreement();
    bool chargeDeposit();
    bool startWork();
    bool withdraw();

signals:
    // A rejected round is to be submitted again (the page opens the application form for it).
    void resubmitRequested(const fd::Renovation& renovation);

protected:
    void fill() override;

private:
    void fillItems();
    // An approval's or rejection's answer (a refused one on an older round reads the renovation again).
    bool decided(const Result<Renovation>& result);
    // Shows the deposit's lines and gives them back.
    QList<DepositLine> fillDepositLines();

    std::unique_ptr<Ui_RenovationApplicationTab> m_ui;
    ChargeService& m_charges;
    FormErrors m_withdrawErrors; // the withdrawal's reason is not the review's
};

} // namespace fd

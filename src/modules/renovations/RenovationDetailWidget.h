#pragma once

#include "engine/Session.h"
#include "modules/fees/DepositLedger.h"
#include "modules/renovations/Renovation.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from ui/modules/renovations/RenovationDetailWidget.ui.
class Ui_RenovationDetailWidget;

class ChargeService;
class Clock;
class RenovationAcceptanceTab;
class RenovationApplicationTab;
class RenovationInspectionsTab;
class RenovationService;
class RenovationTab;
class RenovationWorkersTab;

// One renovation (R-RN-1): who, which company, its stage and days, and four tabs in the order the work
// goes: the application (review, agreement, deposit, start), workers and passes, inspections and
// extensions, acceptance and the deposit. Each tab acts through RenovationService; after every change
// the renovation is read again and every tab shown anew.
class RenovationDetailWidget : public QWidget
{
    Q_OBJECT

public:
    RenovationDetailWidget(RenovationService& renovations, ChargeService& charges, const Clock& clock,
                           QWidget* parent = nullptr);
    ~RenovationDetailWidget() override;

    void setSession(const Session& session);
    // Reads the renovation and shows it; false when it cannot be read.
    bool showRenovation(qint64 renovationId);
    [[nodiscard]] const std::optional<Renovation>& renovation() const { return m_renovation; }
    [[nodiscard]] RenovationApplicationTab* applicationTab() const { return m_application; }
    [[nodiscard]] RenovationWorkersTab* workersTab() const { return m_workers; }
    [[nodiscard]] RenovationInspectionsTab* inspectionsTab() const { return m_inspections; }
    [[nodiscard]] RenovationAcceptanceTab* acceptanceTab() const { return m_acceptance; }
    // Brings forward the tab where the renovation's stage is worked on.
    void showStageTab();

signals:
    void renovationChanged(qint64 renovationId);
    void resubmitRequested(const fd::Renovation& renovation);
    void passPrintRequested(const fd::Renovation& renovation, const fd::WorkerPass& pass);
    void refundPrintRequested(const fd::Renovation& renovation, const fd::DepositRefund& refund);

private:
    [[nodiscard]] QList<RenovationTab*> tabs() const;

    std::unique_ptr<Ui_RenovationDetailWidget> m_ui;
    RenovationService& m_renovations;
    RenovationApplicationTab* m_application = nullptr;
    RenovationWorkersTab* m_workers = nullptr;
    RenovationInspectionsTab* m_inspections = nullptr;
    RenovationAcceptanceTab* m_acceptance = nullptr;
    std::optional<Session> m_session;
    std::optional<Renovation> m_renovation;
};

} // namespace fd

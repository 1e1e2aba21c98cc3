#pragma once

#include "engine/Session.h"
#include "modules/fees/DepositLedger.h"
#include "modules/renovations/Renovation.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from ui/modules/renovations/RenovationsPage.ui (class fd::RenovationsPage).
class Ui_RenovationsPage;

class ChangeFeed;
class ChargeService;
class Clock;
class MinuteTick;
class NewRenovationForm;
class RegistryService;
class RenovationDetailWidget;
class RenovationScopeWidget;
class RenovationService;
class SiteRules;
class SiteSetup;

// 装修管理 (R-RN-1): the renovations not ended (the ended ones on request) with their stage and end, a
// worker's pass checked at the door (refused with the reason, or let in and flagged outside the site's
// working hours), a new application, one renovation (RenovationDetailWidget) and, for the
// administrator, the site's list of work. Passes and refund receipts are saved as PDFs to print.
// Refreshes when a renovation changes anywhere (the change feed) and each minute while shown.
class RenovationsPage : public QWidget
{
    Q_OBJECT

public:
    struct Uses
    {
        RenovationService& renovations;
        ChargeService& charges;
        RegistryService& registry;
        SiteSetup& site;
        SiteRules& rules;
        ChangeFeed& changes;
        MinuteTick& minuteTick;
        const Clock& clock;
    };

    explicit RenovationsPage(Uses uses, QWidget* parent = nullptr);
    ~RenovationsPage() override;

    void setSession(const Session& session);
    // Shows this renovation (from the search, a reminder, the handover sheet); false when there is none.
    bool showRenovation(qint64 renovationId);
    // Shows the renovation a record belongs to: a pass (the search), a problem (a reminder), itself.
    bool showRecord(const QString& kind, qint64 refId);
    [[nodiscard]] RenovationDetailWidget* detail() const { return m_detail; }
    [[nodiscard]] NewRenovationForm* form() const { return m_form; }
    [[nodiscard]] RenovationScopeWidget* scope() const { return m_scope; }
    [[nodiscard]] QList<qint64> listed() const { return m_ids; }

public slots:
    void refresh();
    void startApplication();
    // Checks the pass typed at the door; true when the worker was let in.
    bool checkIn();

signals:
    // Renovations that need the desk today: the end reached while working, acceptance asked for, a
    // refund due (the navigation's badge).
    void dueChanged(int count);

private:
    void selectRow(int row);
    void savePass(const Renovation& renovation, const WorkerPass& pass);
    void saveRefund(const Renovation& renovation, const DepositRefund& refund);

    std::unique_ptr<Ui_RenovationsPage> m_ui;
    Uses m_uses;
    RenovationDetailWidget* m_detail = nullptr;
    NewRenovationForm* m_form = nullptr;
    RenovationScopeWidget* m_scope = nullptr;
    std::optional<Session> m_session;
    QList<qint64> m_ids;
};

} // namespace fd

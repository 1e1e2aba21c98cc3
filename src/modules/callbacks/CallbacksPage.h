#pragma once

#include "engine/ChangeFeed.h"
#include "engine/Session.h"
#include "engine/tickets/Ticket.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;

namespace fd {
class ReloadAndApply;

class CallbackQueueModel;
class CallbackService;
class Clock;
class CommunityEventDialog;
class CommunityEventService;
class MinuteTick;
class RegistryService;
class TicketService;
class VisitService;
class VisitsWidget;

// 回访: the tickets owing a callback, the one due first on top (R-CB-1). For the selected one the
// clerk asks the three questions of R-CB-2 and records how the call ended: satisfied (closes),
// not satisfied (reopen, or a repair goes out again, R-RP-4) or not reachable (stays in the queue).
// An opinion the customer gave becomes a request or complaint with one button (R-CB-3).
// Given a VisitService, the page has a second tab for proactive customer visits (VisitsWidget, R-CB-5).
// The call form's layout: ui/modules/callbacks/CallbacksPage.ui.
class CallbacksPage : public QWidget
{
    Q_OBJECT

public:
    // The services the page and its visits tab use, picked by addCallbacksPages.
    struct Uses
    {
        CallbackService& callbacks;
        TicketService& tickets;
        CommunityEventService& communityEvents;
        RegistryService& registry; // the visits tab's unit picker
        const Clock& clock;
        MinuteTick& minuteTick;
        VisitService* visits = nullptr; // given, the page has the visits tab
    };

    explicit CallbacksPage(const Uses& uses, QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] CallbackQueueModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    // nullptr without a VisitService.
    [[nodiscard]] VisitsWidget* visitsWidget() const { return m_visits; }
    [[nodiscard]] qint64 selectedTicketId() const;
    bool selectTicket(qint64 ticketId);
    // For tests: runs on the community event dialog before it is shown (modal).
    void setBeforeEventDialog(std::function<void(CommunityEventDialog&)> hook)
    {
        m_beforeEventDialog = std::move(hook);
    }

public slots:
    void refresh();
    // Tickets or calls changed at this or another desk (PageEntry::follows): the queue read again, the
    // ticket chosen and what is typed for it kept.
    void followChanges(const QList<Change>& changes);
    void recordSatisfied();
    void recordUnsatisfied();
    void recordUnreachable();
    void opinionToRequest();
    void opinionToComplaint();
    // R-CB-1: records a community event and queues its households' callbacks (CommunityEventDialog).
    void recordCommunityEvent();
    // R-CB-1: shows the selected ticket's caller number in full, through the audited service.
    void revealPhone();

signals:
    // A ticket was closed, reopened, sent out again or opened from an opinion on this page.
    void ticketChanged(qint64 ticketId);

private:
    void buildForm(QGroupBox* box);
    void record(int outcome);
    void openFromOpinion(int kind);
    void loadSelected();
    void refreshQueue();
    void showAttempts();
    void showTicketLine();
    void updateActions();
    void clearForm();

    Uses m_uses;
    bool m_rereading = false; // refreshQueue() is reading the queue again
    std::optional<Session> m_session;
    std::optional<Ticket> m_ticket;
    // Issue 16: a callback refused because another desk changed the ticket meanwhile is recorded
    // again on the ticket as it is now, with what was typed (the last outcome chosen).
    ReloadAndApply* m_reload = nullptr;
    int m_lastOutcome = 0;
    qint64 m_lastAttemptId = 0;
    CallbackQueueModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_ticketLine;
    QRadioButton* m_handledYes;
    QRadioButton* m_handledNo;
    QButtonGroup* m_handled;
    QLineEdit* m_satisfaction;
    QLineEdit* m_opinion;
    QComboBox* m_then;
    QLineEdit* m_department;
    QLineEdit* m_note;
    QPushButton* m_reveal;
    QString m_revealed; // the selected ticket's number as revealed, empty until asked
    QPushButton* m_satisfied;
    QPushButton* m_unsatisfied;
    QPushButton* m_unreachable;
    QPushButton* m_toRequest;
    QPushButton* m_toComplaint;
    QPushButton* m_event;
    std::function<void(CommunityEventDialog&)> m_beforeEventDialog;
    QListWidget* m_attempts;
    QLabel* m_done;
    QLabel* m_message;
    VisitsWidget* m_visits = nullptr;
    FormErrors m_errors;
};

} // namespace fd

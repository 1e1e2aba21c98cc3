#pragma once

#include "engine/Session.h"
#include "gui/PageCatalog.h"

#include <QHash>
#include <QMainWindow>

class QStackedWidget;
class QToolBar;

namespace fd {

struct Services;
class AccountsPage;
class SiteSettingsPage;
class ControlRoomPage;
class MorningReviewPage;
class GlobalSearch;
class HomePage;
class LockCover;
class NavigationPanel;
class QueuePage;
class ShiftPage;
class ReportsPage;
class IntakePage;
class RepairsPage;
class CallbacksPage;
class ComplaintsPage;
class LobbyLogsPage;
class VisitorsPage;
class RegistryPage;
class ReminderController;
class ReminderPanel;
class SessionStatusBar;
class IdleLock;
class WorkstationPresence;

// The desk's window. It only composes: navigation, pages, the toolbar search, reminders and the
// status bar are their own classes; the rules stay in the services.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Services& services, const Session& session, const QString& databaseDisplay, QWidget* parent = nullptr);

    [[nodiscard]] const Session& session() const { return m_session; }
    [[nodiscard]] PageId currentPage() const;
    [[nodiscard]] bool isLocked() const { return m_locked; }
    [[nodiscard]] RegistryPage* registryPage() const { return m_registry; }
    [[nodiscard]] ReminderPanel* reminders() const { return m_reminders; }
    [[nodiscard]] ReminderController* reminderController() const { return m_reminderController; }
    [[nodiscard]] GlobalSearch* globalSearch() const { return m_search; }
    [[nodiscard]] NavigationPanel* navigation() const { return m_navigation; }
    [[nodiscard]] QueuePage* queuePage() const { return m_queues; }
    [[nodiscard]] ControlRoomPage* nightCallsPage() const { return m_nightCalls; }
    [[nodiscard]] MorningReviewPage* reviewPage() const { return m_review; }
    [[nodiscard]] HomePage* homePage() const { return m_home; }
    [[nodiscard]] ShiftPage* shiftPage() const { return m_shiftPage; }
    [[nodiscard]] IntakePage* intakePage() const { return m_intake; }
    [[nodiscard]] RepairsPage* repairsPage() const { return m_repairs; }
    [[nodiscard]] CallbacksPage* callbacksPage() const { return m_callbacks; }
    [[nodiscard]] ComplaintsPage* complaintsPage() const { return m_complaints; }
    [[nodiscard]] VisitorsPage* visitorsPage() const { return m_visitors; }
    [[nodiscard]] LobbyLogsPage* lobbyPage() const { return m_lobby; }
    [[nodiscard]] IdleLock* idleLock() const { return m_idleLock; }
    [[nodiscard]] WorkstationPresence* presence() const { return m_presence; }

public slots:
    void showPage(fd::PageId id);
    void openUnit(qint64 unitId);
    // Shows one ticket and its history (from the search or a queue).
    void openTicket(qint64 ticketId);
    // A log record from a search hit or a reminder: "visitor", "parcel", "stored_item", "tool_loan".
    void openRecord(const QString& source, qint64 refId);
    // Reads the signed-in person's post and shift into the status bar (after a shift starts or ends).
    void refreshShift();
    // Switches the program to "zh_CN" or "en" at once: every open page, dialog, menu and header.
    void changeLanguage(const QString& language);
    // Covers the window and asks for the password (Ctrl+L).
    void lock();
    // Lets someone else sign in at this window (Ctrl+Shift+L).
    void switchUser();
    // The signed-in person's own password (Ctrl+Shift+P).
    void changePassword();

private:
    void buildPages();
    void buildActions();
    void applySession(const Session& session);
    void unlock();
    void setActionsEnabled(bool enabled);
    // Pages a role has nothing to do on are left out of the navigation and the Go menu.
    void setPageAllowed(PageId id, bool allowed);
    [[nodiscard]] bool pageAllowed(PageId id) const;

    Services& m_services;
    Session m_session;
    QString m_siteName;
    bool m_locked = false;
    bool m_remindersWereVisible = true;
    QStackedWidget* m_root;
    QWidget* m_content;
    QStackedWidget* m_pages;
    LockCover* m_cover;
    NavigationPanel* m_navigation;
    HomePage* m_home = nullptr;
    RegistryPage* m_registry = nullptr;
    AccountsPage* m_accounts = nullptr;
    SiteSettingsPage* m_siteSettings = nullptr;
    QueuePage* m_queues = nullptr;
    ControlRoomPage* m_nightCalls = nullptr;
    ShiftPage* m_shiftPage = nullptr;
    ReportsPage* m_reportsPage = nullptr;
    IntakePage* m_intake = nullptr;
    RepairsPage* m_repairs = nullptr;
    CallbacksPage* m_callbacks = nullptr;
    ComplaintsPage* m_complaints = nullptr;
    VisitorsPage* m_visitors = nullptr;
    LobbyLogsPage* m_lobby = nullptr;
    MorningReviewPage* m_review = nullptr;
    GlobalSearch* m_search;
    ReminderPanel* m_reminders;
    ReminderController* m_reminderController;
    SessionStatusBar* m_status;
    IdleLock* m_idleLock;
    WorkstationPresence* m_presence;
    QToolBar* m_toolBar = nullptr;
    QHash<PageId, QWidget*> m_pageWidgets;
    QHash<PageId, QAction*> m_pageActions;
    QList<QAction*> m_lockableActions;
};

} // namespace fd

#pragma once

#include "desk/PageRegistry.h"
#include "engine/ChangeFeed.h"
#include "engine/Session.h"

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <vector>

class QStackedWidget;
class QToolBar;

namespace fd {

struct Services;
class DeskContext;
class DeskPage;
class SearchBox;
class IdleLock;
class LockCover;
class NavigationPanel;
class ReminderController;
class ReminderPanel;
class SessionStatusBar;
class WorkstationPresence;

// The desk's window: a shell that lays out the pages it is given (a PageRegistry; the program gives
// it every page the product ships, app/StandardPages) and names none of them (issue 12). Navigation, the Go
// menu, shortcuts and who sees a page come from the registry; the pages share a DeskContext (the
// session with its signal, and their requests to the window). The toolbar search, reminders and
// the status bar are their own classes; the rules stay in the services.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Services& services, PageRegistry pages, const Session& session, const QString& databaseDisplay,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] const Session& session() const { return m_session; }
    // The key of the page in front ("home", "queues" …).
    [[nodiscard]] QString currentPage() const;
    [[nodiscard]] bool isLocked() const { return m_locked; }
    [[nodiscard]] ReminderPanel* reminders() const { return m_reminders; }
    [[nodiscard]] ReminderController* reminderController() const { return m_reminderController; }
    // The search box a module provided (nullptr when none did).
    [[nodiscard]] SearchBox* globalSearch() const { return m_search; }
    [[nodiscard]] NavigationPanel* navigation() const { return m_navigation; }
    [[nodiscard]] IdleLock* idleLock() const { return m_idleLock; }
    [[nodiscard]] WorkstationPresence* presence() const { return m_presence; }
    // Whether the signed-in person may see this page (its registered permissions).
    [[nodiscard]] bool pageAllowed(const QString& key) const;

public slots:
    void showPage(const QString& key);
    // Shows one ticket and its history (from the search or a queue).
    void openTicket(qint64 ticketId);
    // A record from a search hit or a reminder ("visitor", "parcel", "unit" …), on the page that
    // registered its source.
    void openRecord(const QString& source, qint64 refId);
    // Reads the signed-in person's post and shift into the status bar (after a shift starts or ends).
    void refreshShift();
    // A batch of the change feed: to the page in front when it follows one of the kinds.
    void followChanges(const QList<Change>& changes);
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

    Services& m_services;
    PageRegistry m_registry;
    Session m_session;
    QString m_siteName;
    bool m_locked = false;
    bool m_remindersWereVisible = true;
    DeskContext* m_desk;
    QStackedWidget* m_root;
    QWidget* m_content;
    QStackedWidget* m_pages;
    LockCover* m_cover;
    NavigationPanel* m_navigation;
    SearchBox* m_search;
    ReminderPanel* m_reminders;
    ReminderController* m_reminderController;
    SessionStatusBar* m_status;
    IdleLock* m_idleLock;
    WorkstationPresence* m_presence;
    QToolBar* m_toolBar = nullptr;
    QHash<QString, DeskPage*> m_deskPages; // owned by m_owned
    std::vector<std::unique_ptr<DeskPage>> m_owned;
    QHash<QString, QAction*> m_pageActions;
    QList<QAction*> m_lockableActions;
};

} // namespace fd

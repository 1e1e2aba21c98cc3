#include "gui/MainWindow.h"

#include "core/DateTimeText.h"

#include "engine/SiteSetup.h"
#include "engine/reminders/ReminderScheduler.h"
#include "engine/shifts/ShiftService.h"
#include "gui/AccountsPage.h"
#include "gui/ControlRoomPage.h"
#include "gui/GlobalSearch.h"
#include "core/MinuteTick.h"
#include "gui/HomePage.h"
#include "gui/LanguageMenu.h"
#include "gui/LobbyLogsPage.h"
#include "gui/ChangePasswordDialog.h"
#include "gui/IdleLock.h"
#include "gui/LockCover.h"
#include "gui/LockDialog.h"
#include "gui/MorningReviewPage.h"
#include "gui/NavigationPanel.h"
#include "gui/PendingCallsPanel.h"
#include "gui/QueuePage.h"
#include "gui/ReminderController.h"
#include "gui/ReminderPanel.h"
#include "gui/Retranslator.h"
#include "modules/Services.h"
#include "gui/SessionStatusBar.h"
#include "gui/ShiftPage.h"
#include "gui/SignInDialog.h"
#include "gui/TicketDialog.h"
#include "gui/WorkstationPresence.h"
#include "modules/callbacks/CallbacksPage.h"
#include "modules/complaints/ComplaintsPage.h"
#include "modules/intake/IntakePage.h"
#include "modules/registry/RegistryPage.h"
#include "modules/repairs/RepairsPage.h"
#include "modules/reports/ReportsPage.h"
#include "modules/sitesettings/SiteSettingsPage.h"
#include "modules/visitors/VisitorsPage.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QIcon>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

MainWindow::MainWindow(Services& services, const Session& session, const QString& databaseDisplay, QWidget* parent)
    : QMainWindow(parent), m_services(services), m_session(session), m_siteName(services.site.siteName()),
      m_root(new QStackedWidget(this)), m_content(new QWidget(m_root)), m_pages(new QStackedWidget(m_content)),
      m_cover(new LockCover(m_root)), m_navigation(new NavigationPanel(m_content)),
      m_search(new GlobalSearch(services, this)), m_reminders(new ReminderPanel(this)),
      m_reminderController(new ReminderController(services, m_reminders, this)), m_status(new SessionStatusBar(this)),
      m_idleLock(new IdleLock(services.clock, services.settings, this)),
      m_presence(new WorkstationPresence(services, this))
{
    setObjectName(u"mainWindow"_s);
    // The brand is the same in both languages, so it is not translated.
    setWindowTitle(u"FrontDesk 物业客服前台 — "_s + m_siteName);
    setWindowIcon(QIcon(u":/icons/frontdesk.svg"_s));

    m_content->setObjectName(u"windowContent"_s);
    auto* layout = new QHBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    m_pages->setObjectName(u"pageStack"_s);
    layout->addWidget(m_pages, 1);
    m_root->addWidget(m_content);
    m_root->addWidget(m_cover);
    setCentralWidget(m_root);

    addDockWidget(Qt::RightDockWidgetArea, m_reminders);
    // Narrow until the engine fills it: the page in the middle is where the clerk works.
    resizeDocks({m_reminders}, {220}, Qt::Horizontal);
    setStatusBar(m_status);
    m_status->setDatabase(databaseDisplay);

    buildPages();
    buildActions();
    m_search->setPopupHost(this);
    connect(m_navigation, &NavigationPanel::pageSelected, this, &MainWindow::showPage);
    connect(m_search, &GlobalSearch::unitChosen, this, &MainWindow::openUnit);
    connect(m_search, &GlobalSearch::ticketChosen, this, &MainWindow::openTicket);
    connect(m_search, &GlobalSearch::recordChosen, this, &MainWindow::openRecord);
    connect(m_reminders, &ReminderPanel::recordRequested, this, &MainWindow::openRecord);
    connect(m_home, &HomePage::openReviewRequested, this, [this] { showPage(PageId::Review); });
    connect(m_home, &HomePage::openIntakeRequested, this, [this] { showPage(PageId::Intake); });
    connect(m_review, &MorningReviewPage::reviewChanged, m_home, &HomePage::refresh);
    // A night call entered as a ticket is new work in the queues.
    connect(m_nightCalls->pendingPanel(), &PendingCallsPanel::entered, m_queues, &QueuePage::refreshCounts);
    // Who is on duty decides whose reminders these are and what the status bar says.
    connect(m_shiftPage, &ShiftPage::shiftChanged, this, [this] {
        refreshShift();
        m_reminderController->refresh();
    });
    // A ticket taken in is new work: the queues' counts follow at once.
    connect(m_intake, &IntakePage::ticketOpened, m_queues, &QueuePage::refreshCounts);
    connect(m_queues, &QueuePage::ticketActivated, this, &MainWindow::openTicket);
    connect(m_queues, &QueuePage::countsChanged, this, [this](const QueueCounts& counts) {
        // What needs doing now: overdue and due within the hour; red while anything is overdue.
        m_navigation->setBadge(PageId::Queues, counts.overdue + counts.dueSoon, counts.overdue > 0);
    });
    // The scheduler wakes when something comes due or is acted on: the badge follows while the page is hidden.
    connect(m_reminderController->scheduler(), &ReminderScheduler::changed, m_queues, &QueuePage::refreshCounts);
    connect(m_reminderController, &ReminderController::message, this,
            [this](const QString& text) { m_status->showMessage(text, 10'000); });
    // A clerk called away from the counter does not leave the desk open (SiteSettings::IdleLockMinutes).
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
    // A shift left past its end shows as such as the minutes pass (R-SH-1).
    connect(&m_services.minuteTick, &MinuteTick::minuteChanged, this, &MainWindow::refreshShift);
    applySession(session);
    showPage(PageId::Home);
    m_idleLock->resume();
    m_services.minuteTick.start(); // the pages showing stays, ages and due times follow it (KeepCurrent)
}

void MainWindow::buildPages()
{
    for (const PageInfo& page : PageCatalog::all()) {
        QWidget* widget = nullptr;
        switch (page.id) {
        case PageId::Home:
            widget = m_home = new HomePage(m_pages);
            m_home->setSiteName(m_siteName);
            m_home->setServices(m_services);
            break;
        case PageId::Handover:
            widget = m_shiftPage = new ShiftPage(m_services, m_pages);
            break;
        case PageId::Intake:
            widget = m_intake = new IntakePage(m_services, m_services.intake, m_pages);
            break;
        case PageId::Repairs:
            widget = m_repairs = new RepairsPage(m_services, m_services.repairs, m_pages);
            break;
        case PageId::Complaints:
            widget = m_complaints = new ComplaintsPage(m_services, m_services.complaints, m_pages);
            break;
        case PageId::Callbacks:
            widget = m_callbacks = new CallbacksPage(m_services, m_services.callbacks, &m_services.visits, m_pages);
            break;
        case PageId::Visitors:
            widget = m_visitors = new VisitorsPage(m_services, m_services.visitors, m_pages);
            connect(m_visitors, &VisitorsPage::visitChanged, m_reminderController, &ReminderController::refresh);
            break;
        case PageId::Parcels:
            widget = m_lobby = new LobbyLogsPage(m_services, m_pages);
            connect(m_lobby, &LobbyLogsPage::recordChanged, m_reminderController, &ReminderController::refresh);
            break;
        case PageId::Reports:
            widget = m_reportsPage = new ReportsPage(m_services, m_services.reports, m_pages);
            break;
        case PageId::NightCalls:
            widget = m_nightCalls = new ControlRoomPage(m_services, m_pages);
            break;
        case PageId::Review:
            widget = m_review = new MorningReviewPage(m_services, m_pages);
            break;
        case PageId::Queues:
            widget = m_queues = new QueuePage(m_services, m_pages);
            break;
        case PageId::Registry:
            widget = m_registry = new RegistryPage(m_services.registry, m_services.clock, m_pages);
            break;
        case PageId::Accounts:
            widget = m_accounts = new AccountsPage(m_services.accounts, m_services.clock, m_pages);
            break;
        case PageId::SiteSettings:
            widget = m_siteSettings = new SiteSettingsPage(m_services, m_pages);
            // A changed due-soon window changes what the queues count.
            connect(m_siteSettings, &SiteSettingsPage::rulesChanged, m_queues, &QueuePage::refreshCounts);
            break;
        }
        m_pages->addWidget(widget);
        m_pageWidgets.insert(page.id, widget);
        m_navigation->addPage(page);
    }
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* lockAction = file->addAction(QIcon(u":/icons/lock.svg"_s), tr("&Lock screen"), this, &MainWindow::lock);
    lockAction->setObjectName(u"lockAction"_s);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* switchAction = file->addAction(tr("&Switch user…"), this, &MainWindow::switchUser);
    switchAction->setObjectName(u"switchUserAction"_s);
    switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction* password = file->addAction(tr("Change my &password…"), this, &MainWindow::changePassword);
    password->setObjectName(u"changePasswordAction"_s);
    password->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_lockableActions << switchAction << password << quit;

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* find = go->addAction(QIcon(u":/icons/search.svg"_s), tr("&Find…"), m_search, &GlobalSearch::focusSearch);
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_lockableActions << find;
    go->addSeparator();
    for (const PageInfo& page : PageCatalog::all()) {
        QAction* action = go->addAction(QIcon(page.icon), page.title, this, [this, id = page.id] { showPage(id); });
        action->setObjectName(page.key + u"Action"_s);
        action->setShortcut(page.shortcut);
        action->setToolTip(PageCatalog::toolTip(page));
        m_pageActions.insert(page.id, action);
        m_lockableActions << action;
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* remindersToggle = m_reminders->toggleViewAction();
    remindersToggle->setText(tr("&Reminders"));
    // The dock's title carries the count ("Reminders (3)"); the menu keeps its name and mnemonic.
    connect(m_reminders, &QWidget::windowTitleChanged, remindersToggle,
            [remindersToggle] { remindersToggle->setText(tr("&Reminders")); });
    view->addAction(remindersToggle);
    m_lockableActions << remindersToggle;

    auto* language = new LanguageMenu(this);
    menuBar()->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, &MainWindow::changeLanguage);

    m_toolBar = addToolBar(tr("Search"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->addWidget(m_search);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    lockAction->setToolTip(tr("Lock the screen (Ctrl+L)"));
    m_toolBar->addAction(lockAction);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void MainWindow::changeLanguage(const QString& language)
{
    // At once, in every open window: what the clerk has typed stays where it is (Retranslator).
    Retranslator::switchTo(language);
    // Texts that carry values are written again by whoever writes them.
    for (const PageInfo& page : PageCatalog::all()) {
        m_navigation->retitle(page);
        if (QAction* action = m_pageActions.value(page.id)) {
            action->setText(page.title);
            action->setToolTip(PageCatalog::toolTip(page));
        }
    }
    m_status->setSession(m_session);
    refreshShift();
    m_reminderController->refresh();
    m_home->refresh();
    m_queues->refresh();
    m_accounts->refresh();
    m_siteSettings->refresh();
    m_shiftPage->refresh();
    m_nightCalls->refresh();
    m_review->refresh();
    m_reportsPage->refresh();
    m_repairs->refresh();
    m_callbacks->refresh();
    m_complaints->refresh();
    m_visitors->refresh();
    m_lobby->refresh();
    m_status->showMessage(tr("Language: %1").arg(LanguageMenu::displayName(language)), 10'000);
}

PageId MainWindow::currentPage() const
{
    return m_pageWidgets.key(m_pages->currentWidget(), PageId::Home);
}

void MainWindow::showPage(PageId id)
{
    if (m_locked)
        return;
    if (!pageAllowed(id))
        return;
    QWidget* page = m_pageWidgets.value(id);
    if (!page)
        return;
    m_pages->setCurrentWidget(page);
    m_navigation->setCurrent(id);
    // Arriving at the registry means looking something up: put the cursor in its search field.
    if (id == PageId::Registry)
        m_registry->focusSearch();
    else if (id == PageId::Accounts)
        m_accounts->refresh();
    else if (id == PageId::SiteSettings)
        m_siteSettings->refresh();
    else if (id == PageId::Handover)
        m_shiftPage->refresh();
    else if (id == PageId::NightCalls) // the night's calls come from other desks: read them again
        m_nightCalls->refresh();
    else if (id == PageId::Review)
        m_review->refresh();
    else if (id == PageId::Reports)
        m_reportsPage->refresh();
    else if (id == PageId::Intake)
        m_intake->focusForm(); // arriving here means a customer is talking: the cursor goes to the form
    else if (id == PageId::Repairs)
        m_repairs->refresh();
    else if (id == PageId::Callbacks)
        m_callbacks->refresh();
    else if (id == PageId::Complaints)
        m_complaints->refresh();
    else if (id == PageId::Visitors)
        m_visitors->refresh();
    else if (id == PageId::Parcels)
        m_lobby->refresh();
}

void MainWindow::openRecord(const QString& source, qint64 refId)
{
    if (source == u"visitor"_s) {
        showPage(PageId::Visitors);
        m_visitors->showRecord(refId);
        return;
    }
    showPage(PageId::Parcels);
    m_lobby->showRecord(source, refId);
}

void MainWindow::openUnit(qint64 unitId)
{
    showPage(PageId::Registry);
    m_registry->openUnit(unitId);
}

void MainWindow::openTicket(qint64 ticketId)
{
    if (m_locked)
        return;
    auto* dialog = new TicketDialog(m_services, m_session, ticketId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applySession(const Session& session)
{
    m_session = session;
    m_presence->signIn(session); // before the reminders: this person is at the desk now (R-SH-1)
    m_status->setSession(session);
    m_home->setSession(session);
    m_registry->setSession(session);
    m_accounts->setSession(session);
    m_siteSettings->setSession(session);
    m_search->setSession(session);
    m_queues->setSession(session);
    m_shiftPage->setSession(session);
    m_reportsPage->setSession(session);
    m_intake->setSession(session);
    m_repairs->setSession(session);
    m_callbacks->setSession(session);
    m_complaints->setSession(session);
    m_visitors->setSession(session);
    m_lobby->setSession(session);
    m_nightCalls->setSession(session);
    m_review->setSession(session);
    m_reminderController->setSession(session); // the reminders of whoever is signed in now
    refreshShift();
    for (const PageInfo& page : PageCatalog::all())
        setPageAllowed(page.id, pageAllowed(page.id));
    if (!pageAllowed(currentPage()))
        showPage(PageId::Home);
}

void MainWindow::refreshShift()
{
    QString post, shift;
    auto duty = m_services.shifts.onDutyNow();
    const QList<ShiftOnDuty> onDuty = duty ? duty.value() : QList<ShiftOnDuty>{};
    const auto mine = std::find_if(onDuty.begin(), onDuty.end(),
                                   [this](const ShiftOnDuty& d) { return d.shift.userId == m_session.user.id; });
    if (mine != onDuty.end()) {
        m_presence->setPost(mine->shift.postId);
        post = mine->postName;
        // With its day: a shift from yesterday must not pass for today's (R-SH-1).
        shift = (mine->pastEnd ? tr("%1 since %2 — past its end, not handed over") : tr("%1 since %2"))
                    .arg(QString(mine->shift.code), DateTimeText::shortDateTime(mine->shift.startedMs));
    } else {
        // The next one at this workstation's post sees a shift there left past its end.
        const qint64 here = WorkstationPresence::rememberedPost();
        for (const ShiftOnDuty& d : onDuty)
            if (d.shift.postId == here && d.pastEnd)
                shift = tr("none — %1's shift at %2 since %3 is past its end, not handed over; start yours on the "
                           "Handover page")
                            .arg(d.personName, d.postName, DateTimeText::shortDateTime(d.shift.startedMs));
    }
    m_status->setPost(post);
    m_status->setShift(shift);
}

bool MainWindow::pageAllowed(PageId id) const
{
    // A page shows for the roles that hold a permission it serves (docs/roles.md); the services refuse
    // the rest anyway.
    const auto may = [this](std::initializer_list<Permission> any) {
        return std::any_of(any.begin(), any.end(), [this](Permission p) { return m_session.may(p); });
    };
    switch (id) {
    case PageId::Home:
    case PageId::Registry:
        return true;
    case PageId::Queues:
        return may({Permission::WorkTickets});
    case PageId::Intake:
        return may({Permission::TakeIn});
    case PageId::Repairs:
        return may({Permission::WorkTickets, Permission::EditFeeSchedule});
    case PageId::Complaints:
        return may({Permission::WorkTickets, Permission::JudgeComplaints});
    case PageId::Callbacks:
        return may({Permission::CallBack, Permission::WorkTheDesk});
    case PageId::Visitors:
        return may({Permission::ReceiveVisitors});
    case PageId::Parcels:
        return may({Permission::WorkTheDesk, Permission::ManageTools});
    case PageId::Handover:
        return may({Permission::WorkShifts});
    case PageId::Accounts:
        return may({Permission::ManageAccounts});
    case PageId::SiteSettings:
        return may({Permission::EditSiteRules});
    case PageId::NightCalls:
        return may({Permission::DirectDispatch, Permission::EnterNightCalls});
    case PageId::Review:
        return may({Permission::ReviewShifts});
    case PageId::Reports:
        return may({Permission::ViewReports});
    }
    return false;
}

void MainWindow::setPageAllowed(PageId id, bool allowed)
{
    m_navigation->setPageVisible(id, allowed);
    m_pageActions.value(id)->setVisible(allowed);
}

void MainWindow::setActionsEnabled(bool enabled)
{
    for (QAction* action : std::as_const(m_lockableActions))
        action->setEnabled(enabled);
    menuBar()->setEnabled(enabled);
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idleLock->pause();
    m_search->hidePopup();
    m_cover->setSignedIn(m_session.user.displayName);
    m_root->setCurrentWidget(m_cover);
    m_remindersWereVisible = m_reminders->isVisible();
    m_reminders->hide();
    m_toolBar->hide();
    setActionsEnabled(false);

    auto* dialog = new LockDialog(m_services.accounts, m_session, m_siteName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LockDialog::unlocked, this, &MainWindow::unlock);
    connect(dialog, &LockDialog::switchedUser, this, [this](const Session& session) {
        unlock();
        applySession(session);
        showPage(PageId::Home);
    });
    dialog->open();
}

void MainWindow::unlock()
{
    m_locked = false;
    m_root->setCurrentWidget(m_content);
    m_toolBar->show();
    m_reminders->setVisible(m_remindersWereVisible);
    setActionsEnabled(true);
    m_idleLock->resume();
    if (QWidget* page = m_pages->currentWidget())
        page->setFocus();
}

void MainWindow::changePassword()
{
    if (m_locked)
        return;
    auto* dialog = new ChangePasswordDialog(m_services.accounts, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_status->showMessage(tr("Your password is changed."), 10'000); });
    dialog->open();
}

void MainWindow::switchUser()
{
    if (m_locked)
        return;
    auto* dialog = new SignInDialog(m_services.accounts, m_siteName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applySession(dialog->session());
        showPage(PageId::Home);
    });
    dialog->open();
}

} // namespace fd

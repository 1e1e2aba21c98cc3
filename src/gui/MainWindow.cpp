#include "gui/MainWindow.h"

#include "core/MinuteTick.h"
#include "desk/DeskContext.h"
#include "desk/DeskPage.h"
#include "desk/SearchBox.h"
#include "desk/Services.h"
#include "desk/WorkstationPresence.h"
#include "engine/ChangeFeed.h"
#include "engine/SiteConnection.h"
#include "engine/SiteSetup.h"
#include "gui/DutyStatus.h"
#include "gui/IdleLock.h"
#include "gui/LanguageMenu.h"
#include "gui/LockCover.h"
#include "gui/NavigationPanel.h"
#include "gui/ReminderController.h"
#include "gui/ReminderPanel.h"
#include "gui/Retranslator.h"
#include "gui/ServerBanner.h"
#include "gui/SessionStatusBar.h"
#include "gui/WindowMenus.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

MainWindow::MainWindow(Services& services, PageRegistry pages, const Session& session, const QString& databaseDisplay,
                       QWidget* parent)
    : QMainWindow(parent), m_services(services), m_registry(std::move(pages)), m_session(session),
      m_siteName(services.site.siteName()), m_desk(new DeskContext(services, session, this)),
      m_root(new QStackedWidget(this)), m_content(new QWidget(m_root)), m_pages(new QStackedWidget(m_content)),
      m_cover(new LockCover(m_root)), m_navigation(new NavigationPanel(m_content)),
      m_search(m_registry.makeSearchBox(*m_desk, this)), m_reminders(new ReminderPanel(this)),
      m_reminderController(new ReminderController(services, m_reminders, this)), m_status(new SessionStatusBar(this)),
      m_idleLock(new IdleLock(services.clock, services.settings, this)),
      m_presence(new WorkstationPresence(services, this))
{
    setObjectName(u"mainWindow"_s);
    // The brand is the same in both languages, so it is not translated.
    setWindowTitle(u"FrontDesk 物业客服前台 — "_s + m_siteName);
    setWindowIcon(QIcon(u":/icons/frontdesk.svg"_s));

    m_content->setObjectName(u"windowContent"_s);
    auto* column = new QVBoxLayout(m_content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    // Issue 16: while the site's server cannot be reached, a bar says so above everything.
    column->addWidget(new ServerBanner(services.connection, services.clock, m_content));
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    column->addLayout(layout, 1);
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
    if (m_search) // what it finds is opened through the DeskContext, like a page's requests
        m_search->setPopupHost(this);
    connect(m_navigation, &NavigationPanel::pageSelected, this, &MainWindow::showPage);
    connect(m_reminders, &ReminderPanel::recordRequested, this, &MainWindow::openRecord);
    // What the pages ask of the window.
    connect(m_desk, &DeskContext::pageRequested, this, &MainWindow::showPage);
    connect(m_desk, &DeskContext::ticketRequested, this, &MainWindow::openTicket);
    connect(m_desk, &DeskContext::recordRequested, this, &MainWindow::openRecord);
    connect(m_desk, &DeskContext::badgeChanged, m_navigation, &NavigationPanel::setBadge);
    // Who is on duty decides whose reminders these are and what the status bar says: a shift
    // started here at once, one started or handed over anywhere through the change feed.
    connect(m_desk, &DeskContext::dutyChangedHere, this, [this] {
        refreshShift();
        m_reminderController->refresh();
    });
    connect(&m_services.changes, &ChangeFeed::changed, this, [this](const QList<Change>& changes) {
        if (ChangeFeed::touches(changes, {"shift", "handover_sheet"}))
            refreshShift();
        followChanges(changes);
    });
    connect(m_reminderController, &ReminderController::message, this,
            [this](const QString& text) { m_status->showMessage(text, 10'000); });
    // A clerk called away from the counter does not leave the desk open (SiteSettings::IdleLockMinutes).
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
    // A shift left past its end shows as such as the minutes pass (R-SH-1).
    connect(&m_services.minuteTick, &MinuteTick::minuteChanged, this, &MainWindow::refreshShift);
    applySession(session);
    showPage(m_registry.startPage());
    m_idleLock->resume();
    m_services.minuteTick.start(); // the pages showing stays, ages and due times follow it (KeepCurrent)
    // While the server cannot be reached, the pages keep what they last read (nothing they read would
    // succeed); once it is back, the feed's full refresh and the minute bring them up to date.
    connect(&m_services.connection, &SiteConnection::wentOffline, this, [this] { m_services.minuteTick.stop(); });
    connect(&m_services.connection, &SiteConnection::backOnline, this, [this] { m_services.minuteTick.start(); });
    m_services.connection.start(); // on PostgreSQL: the other desks' changes, and the server's outages
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    for (const PageEntry& entry : m_registry.all()) {
        std::unique_ptr<DeskPage> page = entry.create(*m_desk, m_pages);
        if (!page || !page->widget())
            continue;
        m_pages->addWidget(page->widget());
        m_navigation->addPage(entry);
        m_deskPages.insert(entry.key, page.get());
        m_owned.push_back(std::move(page));
    }
}

void MainWindow::buildActions()
{
    WindowMenus menus = WindowMenus::build(*this, m_registry, m_search, m_reminders);
    m_pageActions = menus.pageActions;
    m_lockableActions = menus.lockable;
    m_toolBar = menus.toolBar;
}

void MainWindow::changeLanguage(const QString& language)
{
    // At once, in every open window: what the clerk has typed stays where it is (Retranslator).
    Retranslator::switchTo(language);
    // Texts that carry values are written again by whoever writes them.
    for (const PageEntry& entry : m_registry.all()) {
        m_navigation->retitle(entry);
        if (QAction* action = m_pageActions.value(entry.key)) {
            action->setText(entry.title());
            action->setToolTip(PageRegistry::toolTip(entry));
        }
        if (DeskPage* page = m_deskPages.value(entry.key))
            page->refresh();
    }
    m_status->setSession(m_session);
    refreshShift();
    m_reminderController->refresh();
    m_status->showMessage(tr("Language: %1").arg(LanguageMenu::displayName(language)), 10'000);
}

QString MainWindow::currentPage() const
{
    for (auto it = m_deskPages.cbegin(); it != m_deskPages.cend(); ++it)
        if (it.value()->widget() == m_pages->currentWidget())
            return it.key();
    return m_registry.startPage();
}

void MainWindow::showPage(const QString& key)
{
    if (m_locked || !pageAllowed(key))
        return;
    DeskPage* page = m_deskPages.value(key);
    if (!page)
        return;
    m_pages->setCurrentWidget(page->widget());
    m_navigation->setCurrent(key);
    page->activated(); // read again what others changed; the cursor where the person will type
}

void MainWindow::followChanges(const QList<Change>& changes)
{
    // Only the page in front reads again (within the second the change arrived); the others read when
    // they are brought to the front (showPage: activated).
    if (!isVisible())
        return;
    const QString key = currentPage();
    const PageEntry* entry = m_registry.find(key);
    // A page that follows nothing (it listens itself, or reads only when asked) is not handed even a
    // full refresh: it would drop what is being edited on it (site settings) or read twice.
    if (!entry || entry->follows.isEmpty())
        return;
    if (DeskPage* page = m_deskPages.value(key); page && ChangeFeed::touches(changes, entry->follows))
        page->changed(changes);
}

void MainWindow::openRecord(const QString& source, qint64 refId)
{
    const QString key = m_registry.pageFor(source);
    if (key.isEmpty() || !pageAllowed(key))
        return;
    showPage(key);
    if (DeskPage* page = m_deskPages.value(key))
        page->openRecord(source, refId);
}

void MainWindow::openTicket(qint64 ticketId)
{
    if (m_locked)
        return;
    // The window a module provides (the tickets module's); deleted when closed.
    if (QWidget* window = m_registry.makeTicketWindow(*m_desk, ticketId, this)) {
        if (auto* dialog = qobject_cast<QDialog*>(window))
            dialog->open();
        else
            window->show();
    }
}

void MainWindow::applySession(const Session& session)
{
    m_session = session;
    m_presence->signIn(session); // before the reminders: this person is at the desk now (R-SH-1)
    m_status->setSession(session);
    for (const auto& page : m_owned)
        page->setSession(session);
    m_desk->setSession(session);
    m_reminderController->setSession(session); // the reminders of whoever is signed in now
    refreshShift();
    for (const PageEntry& entry : m_registry.all()) {
        const bool allowed = pageAllowed(entry.key);
        m_navigation->setPageVisible(entry.key, allowed);
        if (QAction* action = m_pageActions.value(entry.key))
            action->setVisible(allowed);
    }
    if (!pageAllowed(currentPage()))
        showPage(m_registry.startPage());
}

void MainWindow::refreshShift()
{
    const DutyStatus duty = DutyStatus::read(m_services, m_session, *m_presence);
    m_status->setPost(duty.post);
    m_status->setShift(duty.shift);
}

bool MainWindow::pageAllowed(const QString& key) const
{
    // A page shows for the roles that hold a permission it serves (docs/roles.md); the services refuse
    // the rest anyway.
    const PageEntry* entry = m_registry.find(key);
    if (!entry)
        return false;
    return entry->permissions.isEmpty() || std::any_of(entry->permissions.begin(), entry->permissions.end(),
                                                       [this](Permission p) { return m_session.may(p); });
}

} // namespace fd

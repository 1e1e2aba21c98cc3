#include "GuiTestSupport.h"

#include "app/StandardPages.h"
#include "core/DateTimeText.h"
#include "desk/WorkstationPresence.h"
#include "engine/reminders/ReminderScheduler.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/TicketService.h"
#include "gui/LockDialog.h"
#include "gui/MainWindow.h"
#include "gui/NavigationPanel.h"
#include "gui/ReminderController.h"
#include "gui/ReminderPanel.h"
#include "gui/SignInDialog.h"
#include "modules/home/HomePage.h"
#include "modules/intake/IntakePage.h"
#include "modules/intake/IntakeService.h"
#include "modules/queues/QueuePage.h"
#include "modules/queues/QueueTableModel.h"
#include "modules/registry/RegistryPage.h"
#include "modules/registry/RegistryService.h"
#include "modules/registry/UnitDetailWidget.h"
#include "modules/registry/UnitSearchModel.h"
#include "modules/search/GlobalSearch.h"
#include "modules/search/GlobalSearchModel.h"
#include "modules/tickets/TicketDialog.h"
#include <QTableView>
#include <QTableWidget>

#include <QAbstractItemModelTester>
#include <QFrame>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    TestHost host;
    std::unique_ptr<MainWindow> window;

    void open(const Session& session)
    {
        window =
            std::make_unique<MainWindow>(host.services(), standardPages(), session, u"/srv/frontdesk/desk.sqlite"_s);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void press(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target, key, modifiers);
    }
    LockDialog* lockDialog() { return window->findChild<LockDialog*>(u"lockDialog"_s); }
};

TEST_F(MainWindowTest, TitleAndStatusBarSayWhereAndWho)
{
    open(host.admin());
    EXPECT_EQ(window->windowTitle(), u"FrontDesk 物业客服前台 — 翠湖花园"_s);
    EXPECT_EQ(labelText(window.get(), "statusUser"), host.admin().user.displayName);
    EXPECT_EQ(labelText(window.get(), "statusRole"), u"Administrator"_s);
    EXPECT_TRUE(labelText(window.get(), "statusShift").contains(u"shift"_s));
    EXPECT_TRUE(labelText(window.get(), "statusDatabase").contains(u"desk.sqlite"_s));
    EXPECT_EQ(labelText(window.get(), "homeSiteName"), u"翠湖花园"_s);
}

TEST_F(MainWindowTest, StatusBarShowsThePostAndShiftThePersonStarted)
{
    // R-SH-1: a clerk starts a shift at a post; the code comes from the rules' times (09:00 is A).
    const Session clerk = host.signedIn(Role::Clerk, u"wang.fang"_s);
    qint64 desk = 0;
    QString deskName;
    for (const Post& p : host.services().shifts.posts().value())
        if (!p.isControlRoom) {
            desk = p.id;
            deskName = p.name;
        }
    ASSERT_TRUE(host.services().shifts.startShift(clerk, desk).ok());
    open(clerk);
    EXPECT_EQ(labelText(window.get(), "statusPost"), u"Post: "_s + deskName);
    EXPECT_TRUE(labelText(window.get(), "statusShift").startsWith(u"Shift: A since"_s))
        << labelText(window.get(), "statusShift").toStdString();
}

TEST_F(MainWindowTest, AShiftLeftFromYesterdayShowsItsDayAndTheNextPersonHereIsTold)
{
    // R-SH-1: 王芳's program was killed with her shift open; the next morning the status bar says so,
    // with the day, to her and to the next clerk at this workstation's post.
    const Session left = host.signedIn(Role::Clerk, u"wang.fang"_s);
    const Session next = host.signedIn(Role::Clerk, u"zhao.min"_s);
    qint64 desk = 0;
    for (const Post& p : host.services().shifts.posts().value())
        if (!p.isControlRoom)
            desk = p.id;
    WorkstationPresence::rememberPost(desk);
    const QDateTime started(QDate(2026, 11, 23), QTime(9, 0));
    host.clock().set(started);
    ASSERT_TRUE(host.services().shifts.startShift(left, desk).ok());
    host.clock().set(started.addDays(1).addSecs(30 * 60));

    open(next);
    const QString told = labelText(window.get(), "statusShift");
    EXPECT_TRUE(told.contains(left.user.displayName) && told.contains(u"past its end"_s)) << told.toStdString();
    // This window is at the desk now: its sign-in is recorded until it closes.
    const QString openRows = u"SELECT COUNT(*) FROM desk_presence WHERE user_id = ? AND ended_ms IS NULL"_s;
    EXPECT_EQ(host.services().db.scalar(openRows, {next.user.id}).value().toInt(), 1);
    window.reset();
    EXPECT_EQ(host.services().db.scalar(openRows, {next.user.id}).value().toInt(), 0);

    open(left);
    const QString own = labelText(window.get(), "statusShift");
    EXPECT_TRUE(own.contains(DateTimeText::shortDateTime(started)) && own.contains(u"past its end"_s))
        << own.toStdString();
}

// R-IN-1: an intake the clerk had begun and not saved (kept as a draft, restored into the form at
// sign-in) is announced on the home page, and one action (Alt+I) takes the clerk back to it.
TEST_F(MainWindowTest, TheHomePageSaysAnUnsavedIntakeIsWaitingAndOneActionOpensIt)
{
    const Session clerk = host.signedIn(Role::Clerk, u"wang.fang"_s);
    ASSERT_TRUE(host.services()
                    .intake
                    .saveDraft(clerk, QJsonObject{{u"unit_text"_s, u"3-1-502"_s},
                                                  {u"person_name"_s, u"张先生"_s},
                                                  {u"description"_s, u"厨房水管漏水，楼下天花板滴水"_s}})
                    .ok());
    open(clerk);
    ASSERT_EQ(window->currentPage(), u"home"_s);
    auto* banner = child<QFrame>(window.get(), "homeDraft");
    ASSERT_NE(banner, nullptr);
    ASSERT_TRUE(banner->isVisible());
    const QString text = labelText(window.get(), "homeDraftText");
    EXPECT_TRUE(text.contains(u"3-1-502"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"厨房水管漏水"_s)) << text.toStdString();

    auto* openIt = child<QPushButton>(window.get(), "homeDraftOpen");
    EXPECT_EQ(openIt->shortcut(), QKeySequence(Qt::ALT | Qt::Key_I)); // the key the user guides name
    // Pressed, as a clerk would: a button's Alt-letter clicks it after its short press animation.
    QTest::keyClick(window.get(), 'i', Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->currentPage() == u"intake"_s; }, 2000));

    // Saved or cleared, the draft is gone and so is the line.
    ASSERT_TRUE(host.services().intake.clearDraft(clerk).ok());
    window->showPage(u"home"_s);
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(MainWindowTest, CtrlTwoShowsTheRegistryPage)
{
    open(host.admin());
    EXPECT_EQ(window->currentPage(), u"home"_s);
    press(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), u"registry"_s);
    EXPECT_TRUE(window->findChild<RegistryPage*>()->isVisible());
}

TEST_F(MainWindowTest, EveryPageHasItsShortcutAndTooltip)
{
    // The administrator and a supervisor between them see every page; each one's hidden pages are skipped.
    QSet<QString> reached;
    for (const Session& who : {host.admin(), host.signedIn(Role::Supervisor, u"chen.zhu"_s)}) {
        window.reset();
        open(who);
        auto* list = window->navigation()->list();
        const PageRegistry pages = standardPages();
        for (const PageEntry& page : pages.all()) {
            if (!window->navigation()->isPageVisible(page.key))
                continue;
            QTest::keySequence(window.get(), page.shortcut);
            EXPECT_EQ(window->currentPage(), page.key) << page.key.toStdString();
            EXPECT_EQ(list->currentItem()->text(), page.title());
            EXPECT_TRUE(list->currentItem()->toolTip().contains(page.shortcut.toString(QKeySequence::NativeText)));
            reached << page.key;
        }
    }
    EXPECT_EQ(reached.size(), standardPages().all().size());
}

TEST_F(MainWindowTest, CtrlLLocksAndOnlyTheRightPasswordUnlocks)
{
    open(host.admin());
    press(window.get(), Qt::Key_2, Qt::ControlModifier);
    press(window.get(), Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(window->isLocked());
    auto* root = qobject_cast<QStackedWidget*>(window->centralWidget());
    EXPECT_EQ(root->currentWidget()->objectName(), u"lockCover"_s);
    EXPECT_FALSE(window->findChild<RegistryPage*>()->isVisible());
    EXPECT_FALSE(window->reminders()->isVisible());
    LockDialog* dialog = lockDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());

    auto* password = child<QLineEdit>(dialog, "lockPasswordEdit");
    type(password, u"wrong-password"_s);
    press(password, Qt::Key_Return);
    EXPECT_TRUE(window->isLocked());
    EXPECT_FALSE(labelText(dialog, "lockPasswordError").isEmpty());
    press(password, Qt::Key_Escape); // Esc does not unlock
    EXPECT_TRUE(window->isLocked());
    EXPECT_TRUE(dialog->isVisible());

    type(password, QString::fromLatin1(TestHost::AdminPassword));
    press(password, Qt::Key_Return);
    EXPECT_FALSE(window->isLocked());
    EXPECT_EQ(root->currentWidget()->objectName(), u"windowContent"_s);
    EXPECT_TRUE(window->findChild<RegistryPage*>()->isVisible());
    EXPECT_EQ(window->currentPage(), u"registry"_s);
    EXPECT_TRUE(window->reminders()->isVisible());
}

TEST_F(MainWindowTest, LockedWindowIgnoresPageShortcuts)
{
    open(host.admin());
    window->lock();
    window->showPage(u"registry"_s);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), u"home"_s);
    EXPECT_TRUE(window->isLocked());
}

TEST_F(MainWindowTest, SwitchUserFromTheLockScreen)
{
    host.signedIn(Role::Clerk, u"wang.fang"_s);
    open(host.admin());
    window->lock();
    QTest::mouseClick(child<QPushButton>(lockDialog(), "switchUserButton"), Qt::LeftButton);
    auto* signIn = lockDialog()->findChild<SignInDialog*>(u"signInDialog"_s);
    ASSERT_NE(signIn, nullptr);
    type(child<QLineEdit>(signIn, "loginEdit"), u"wang.fang"_s);
    type(child<QLineEdit>(signIn, "passwordEdit"), QString::fromLatin1(TestHost::UserPassword));
    press(child<QLineEdit>(signIn, "passwordEdit"), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isLocked(); }));
    EXPECT_EQ(window->session().user.login, u"wang.fang"_s);
    EXPECT_EQ(labelText(window.get(), "statusUser"), u"wang.fang"_s);
    EXPECT_FALSE(window->navigation()->isPageVisible(u"accounts"_s));
}

TEST_F(MainWindowTest, SwitchUserMenuSignsSomeoneElseIn)
{
    host.signedIn(Role::Supervisor, u"zhao.lei"_s);
    open(host.admin());
    press(window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    auto* signIn = window->findChild<SignInDialog*>(u"signInDialog"_s);
    ASSERT_NE(signIn, nullptr);
    ASSERT_TRUE(signIn->isVisible());
    type(child<QLineEdit>(signIn, "loginEdit"), u"zhao.lei"_s);
    type(child<QLineEdit>(signIn, "passwordEdit"), QString::fromLatin1(TestHost::UserPassword));
    press(child<QLineEdit>(signIn, "passwordEdit"), Qt::Key_Return);
    EXPECT_EQ(window->session().user.login, u"zhao.lei"_s);
    EXPECT_EQ(labelText(window.get(), "statusRole"), u"Supervisor"_s);
}

TEST_F(MainWindowTest, ClerkDoesNotSeeAccounts)
{
    open(host.signedIn(Role::Clerk, u"wang.fang"_s));
    EXPECT_FALSE(window->navigation()->isPageVisible(u"accounts"_s));
    QTest::keySequence(window.get(), standardPages().find(u"accounts"_s)->shortcut);
    EXPECT_NE(window->currentPage(), u"accounts"_s);
    window->showPage(u"accounts"_s);
    EXPECT_NE(window->currentPage(), u"accounts"_s);
}

TEST_F(MainWindowTest, AdministratorSeesAccounts)
{
    open(host.admin());
    EXPECT_TRUE(window->navigation()->isPageVisible(u"accounts"_s));
    QTest::keySequence(window.get(), standardPages().find(u"accounts"_s)->shortcut);
    EXPECT_EQ(window->currentPage(), u"accounts"_s);
}

TEST_F(MainWindowTest, GlobalSearchFindsAUnitAndOpensItInTheRegistry)
{
    importSample(host);
    open(host.signedIn(Role::Clerk, u"wang.fang"_s));
    press(window.get(), Qt::Key_F, Qt::ControlModifier);
    GlobalSearch* search = qobject_cast<GlobalSearch*>(window->globalSearch());
    QAbstractItemModelTester tester(search->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(search->lineEdit()->hasFocus());
    type(search->lineEdit(), u"31502"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->popup()->isVisible() && search->model()->rowCount() > 0; }));
    EXPECT_EQ(search->model()->rowAt(0).title, u"3-1-502"_s);
    EXPECT_EQ(search->model()->rowAt(0).kind, GlobalSearchModel::RowKind::Unit);
    const qint64 id = search->model()->rowAt(0).unitId;
    press(search->lineEdit(), Qt::Key_Return);
    EXPECT_FALSE(search->popup()->isVisible());
    EXPECT_EQ(window->currentPage(), u"registry"_s);
    EXPECT_EQ(window->findChild<RegistryPage*>()->detail()->unitId(), id);
    EXPECT_EQ(labelText(window.get(), "unitCodeLabel"), u"3-1-502"_s);
}

TEST_F(MainWindowTest, GlobalSearchFindsTicketsNewestFirstAndPeopleAndOpensThem)
{
    // Issue 3 "Search": tickets and people by any characters of their text, newest first.
    importSample(host);
    const Session clerk = host.signedIn(Role::Clerk, u"wang.fang"_s);
    const qint64 unit = host.services().registry.search(clerk, u"3-1-502"_s).value().first().unit.id;
    NewTicket r;
    r.kind = TicketKind::Repair;
    r.channel = Channel::WalkIn;
    r.unitId = unit;
    r.personName = u"张三"_s;
    r.description = u"卫生间漏水"_s;
    const Ticket older = host.services().tickets.open(clerk, r).value();
    host.clock().advanceMinutes(30);
    r.description = u"阳台漏水，楼下投诉"_s;
    const Ticket newer = host.services().tickets.open(clerk, r).value();
    open(clerk);
    GlobalSearch* search = qobject_cast<GlobalSearch*>(window->globalSearch());
    search->focusSearch();
    type(search->lineEdit(), u"漏"_s); // one character is enough
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->popup()->isVisible() && search->model()->rowCount() >= 2; }));
    EXPECT_EQ(search->model()->rowAt(0).title, newer.number);
    EXPECT_EQ(search->model()->rowAt(1).title, older.number);

    search->lineEdit()->clear();
    type(search->lineEdit(), u"张三"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->popup()->isVisible() && search->model()->rowCount() > 0; }));
    QStringList kinds;
    for (int i = 0; i < search->model()->rowCount(); ++i)
        kinds << search->model()->index(i, GlobalSearchModel::Kind).data().toString() + u":"_s +
                     search->model()->rowAt(i).title;
    EXPECT_TRUE(kinds.contains(u"Unit:3-1-502"_s)) << kinds.join(u", "_s).toStdString();
    EXPECT_TRUE(kinds.contains(u"Person:张三"_s)) << kinds.join(u", "_s).toStdString();
    EXPECT_TRUE(kinds.contains(u"Ticket:"_s + newer.number)) << kinds.join(u", "_s).toStdString();

    // Enter on a ticket opens it with its history.
    search->lineEdit()->clear();
    type(search->lineEdit(), newer.number);
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->popup()->isVisible() && search->model()->rowCount() > 0; }));
    press(search->lineEdit(), Qt::Key_Return);
    auto* dialog = window->findChild<TicketDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->windowTitle().contains(newer.number));
    EXPECT_TRUE(labelText(dialog, "ticketSummary").contains(u"阳台漏水"_s));
    EXPECT_TRUE(labelText(dialog, "ticketSummary").contains(u"3-1-502"_s));
    ASSERT_EQ(dialog->history()->rowCount(), 1);
    EXPECT_EQ(dialog->history()->item(0, 1)->text(), u"opened"_s);
    EXPECT_EQ(dialog->history()->item(0, 3)->text(), clerk.user.displayName);
}

TEST_F(MainWindowTest, TheQueuesEntryCountsWhatIsDueAndCtrlJOpensItsTickets)
{
    // R-IN-3: a ticket not forwarded within 10 minutes is overdue; the navigation counts it in red.
    const Session clerk = host.signedIn(Role::Clerk, u"wang.fang"_s);
    NewTicket r;
    r.kind = TicketKind::Repair;
    r.channel = Channel::WalkIn;
    r.personName = u"张三"_s;
    r.description = u"厨房下水道堵塞"_s;
    const Ticket ticket = host.services().tickets.open(clerk, r).value();
    open(clerk);
    EXPECT_EQ(window->navigation()->badgeText(u"queues"_s), u"1"_s) << "due within the hour counts";
    EXPECT_FALSE(window->navigation()->isBadgeUrgent(u"queues"_s));

    host.clock().advanceMinutes(11);
    window->reminderController()->scheduler()->tick();
    EXPECT_EQ(window->navigation()->badgeText(u"queues"_s), u"1"_s);
    EXPECT_TRUE(window->navigation()->isBadgeUrgent(u"queues"_s)) << "overdue now";

    press(window.get(), Qt::Key_J, Qt::ControlModifier);
    ASSERT_EQ(window->currentPage(), u"queues"_s);
    QueuePage* queues = window->findChild<QueuePage*>();
    queues->setCurrentQueue(QueueKind::Overdue);
    ASSERT_EQ(queues->model()->rowCount(), 1);
    queues->table()->setFocus();
    queues->table()->setCurrentIndex(queues->model()->index(0, 0));
    press(queues->table(), Qt::Key_Return);
    auto* dialog = window->findChild<TicketDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->windowTitle().contains(ticket.number));
}

TEST_F(MainWindowTest, GlobalSearchSaysWhenNothingMatches)
{
    importSample(host);
    open(host.admin());
    GlobalSearch* search = qobject_cast<GlobalSearch*>(window->globalSearch());
    search->focusSearch();
    type(search->lineEdit(), u"9-9-999"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->popup()->isVisible(); }));
    EXPECT_EQ(search->model()->rowCount(), 0);
    EXPECT_TRUE(labelText(search->popup(), "globalSearchStatus").contains(u"9-9-999"_s));
    press(search->lineEdit(), Qt::Key_Escape);
    EXPECT_FALSE(search->popup()->isVisible());
}

TEST_F(MainWindowTest, RemindersPanelStartsEmptyAndTakesItems)
{
    open(host.admin());
    ReminderPanel* panel = window->reminders();
    EXPECT_TRUE(panel->isVisible());
    EXPECT_EQ(panel->windowTitle(), u"Reminders"_s);
    EXPECT_EQ(panel->count(), 0);
    EXPECT_TRUE(child<QWidget>(panel, "reminderEmpty")->isVisible());
    panel->addReminder({u"t:1"_s, u"BX-1 follow-up due"_s, u"3-1-502"_s, 0, false});
    panel->addReminder({u"t:1"_s, u"BX-1 follow-up overdue"_s, u"3-1-502"_s, 0, true});
    EXPECT_EQ(panel->count(), 1);
    EXPECT_FALSE(child<QWidget>(panel, "reminderEmpty")->isVisible());
    panel->clearReminders();
    EXPECT_EQ(panel->count(), 0);
    EXPECT_TRUE(child<QWidget>(panel, "reminderEmpty")->isVisible());
}

TEST_F(MainWindowTest, LanguageChoiceIsStoredForTheNextStartAndAppliesAtOnce)
{
    open(host.admin());
    const QVariant before = QSettings().value(u"ui/language"_s);
    auto* english = window->findChild<QAction*>(u"language_en"_s);
    ASSERT_NE(english, nullptr);
    english->trigger();
    EXPECT_EQ(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
    EXPECT_EQ(window->statusBar()->currentMessage(), u"Language: English"_s);
    if (before.isValid())
        QSettings().setValue(u"ui/language"_s, before);
    else
        QSettings().remove(u"ui/language"_s);
}

} // namespace
} // namespace fd::test

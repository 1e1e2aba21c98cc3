#include "GuiTestSupport.h"

#include "gui/GlobalSearch.h"
#include "gui/LockDialog.h"
#include "gui/MainWindow.h"
#include "gui/NavigationPanel.h"
#include "gui/ReminderPanel.h"
#include "gui/SignInDialog.h"
#include "modules/registry/RegistryPage.h"
#include "modules/registry/UnitDetailWidget.h"
#include "modules/registry/UnitSearchModel.h"

#include <QAbstractItemModelTester>
#include <QFrame>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
        window = std::make_unique<MainWindow>(host.services(), session, u"/srv/frontdesk/desk.sqlite"_s);
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

TEST_F(MainWindowTest, CtrlTwoShowsTheRegistryPage)
{
    open(host.admin());
    EXPECT_EQ(window->currentPage(), PageId::Home);
    press(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), PageId::Registry);
    EXPECT_TRUE(window->registryPage()->isVisible());
}

TEST_F(MainWindowTest, EveryPageHasItsShortcutAndTooltip)
{
    open(host.admin());
    auto* list = window->navigation()->list();
    for (const PageInfo& page : PageCatalog::all()) {
        QTest::keySequence(window.get(), page.shortcut);
        EXPECT_EQ(window->currentPage(), page.id) << page.key.toStdString();
        EXPECT_EQ(list->currentItem()->text(), page.title);
        EXPECT_TRUE(list->currentItem()->toolTip().contains(page.shortcut.toString(QKeySequence::NativeText)));
    }
}

TEST_F(MainWindowTest, ModulesThatDoNotExistSayThatHonestly)
{
    open(host.admin());
    press(window.get(), Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), PageId::Repairs);
    auto* page = window->findChild<QWidget*>(u"repairsPage"_s);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(labelText(page, "unavailableText"), u"This module is not available yet."_s);
}

TEST_F(MainWindowTest, CtrlLLocksAndOnlyTheRightPasswordUnlocks)
{
    open(host.admin());
    press(window.get(), Qt::Key_2, Qt::ControlModifier);
    press(window.get(), Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(window->isLocked());
    auto* root = qobject_cast<QStackedWidget*>(window->centralWidget());
    EXPECT_EQ(root->currentWidget()->objectName(), u"lockCover"_s);
    EXPECT_FALSE(window->registryPage()->isVisible());
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
    EXPECT_TRUE(window->registryPage()->isVisible());
    EXPECT_EQ(window->currentPage(), PageId::Registry);
    EXPECT_TRUE(window->reminders()->isVisible());
}

TEST_F(MainWindowTest, LockedWindowIgnoresPageShortcuts)
{
    open(host.admin());
    window->lock();
    window->showPage(PageId::Registry);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), PageId::Home);
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
    EXPECT_FALSE(window->navigation()->isPageVisible(PageId::Accounts));
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
    EXPECT_FALSE(window->navigation()->isPageVisible(PageId::Accounts));
    QTest::keySequence(window.get(), PageCatalog::info(PageId::Accounts).shortcut);
    EXPECT_NE(window->currentPage(), PageId::Accounts);
    window->showPage(PageId::Accounts);
    EXPECT_NE(window->currentPage(), PageId::Accounts);
}

TEST_F(MainWindowTest, AdministratorSeesAccounts)
{
    open(host.admin());
    EXPECT_TRUE(window->navigation()->isPageVisible(PageId::Accounts));
    QTest::keySequence(window.get(), PageCatalog::info(PageId::Accounts).shortcut);
    EXPECT_EQ(window->currentPage(), PageId::Accounts);
}

TEST_F(MainWindowTest, GlobalSearchFindsAUnitAndOpensItInTheRegistry)
{
    importSample(host);
    open(host.signedIn(Role::Clerk, u"wang.fang"_s));
    press(window.get(), Qt::Key_F, Qt::ControlModifier);
    GlobalSearch* search = window->globalSearch();
    QAbstractItemModelTester tester(search->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(search->lineEdit()->hasFocus());
    type(search->lineEdit(), u"31502"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->popup()->isVisible() && search->model()->rowCount() > 0; }));
    EXPECT_EQ(search->model()->matchAt(0).unit.code, u"3-1-502"_s);
    const qint64 id = search->model()->matchAt(0).unit.id;
    press(search->lineEdit(), Qt::Key_Return);
    EXPECT_FALSE(search->popup()->isVisible());
    EXPECT_EQ(window->currentPage(), PageId::Registry);
    EXPECT_EQ(window->registryPage()->detail()->unitId(), id);
    EXPECT_EQ(labelText(window.get(), "unitCodeLabel"), u"3-1-502"_s);
}

TEST_F(MainWindowTest, GlobalSearchSaysWhenNothingMatches)
{
    importSample(host);
    open(host.admin());
    GlobalSearch* search = window->globalSearch();
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

TEST_F(MainWindowTest, LanguageChoiceIsStoredForTheNextStart)
{
    open(host.admin());
    const QVariant before = QSettings().value(u"ui/language"_s);
    auto* english = window->findChild<QAction*>(u"language_en"_s);
    ASSERT_NE(english, nullptr);
    english->trigger();
    EXPECT_EQ(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u"next time"_s));
    if (before.isValid())
        QSettings().setValue(u"ui/language"_s, before);
    else
        QSettings().remove(u"ui/language"_s);
}

} // namespace
} // namespace fd::test

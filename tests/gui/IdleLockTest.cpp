// The window locks itself after the site's idle minutes, and anyone signed in changes their own password.
#include "GuiTestSupport.h"

#include "app/StandardPages.h"
#include "engine/AccountService.h"
#include "engine/SiteSettings.h"
#include "gui/ChangePasswordDialog.h"
#include "gui/IdleLock.h"
#include "gui/MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class IdleLockTest : public ::testing::Test
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
    // The idle timer's wake, with the FakeClock moved on instead of waiting.
    void after(int minutes)
    {
        host.clock().advanceMinutes(minutes);
        window->idleLock()->check();
    }
};

TEST_F(IdleLockTest, TheWindowLocksAfterTheSitesIdleMinutesAndInputPutsItOff)
{
    open(host.signedIn(Role::Clerk, u"li.na"_s));
    ASSERT_EQ(window->idleLock()->minutes(), IdleLock::DefaultMinutes);
    after(9);
    EXPECT_FALSE(window->isLocked());
    QTest::keyClick(window.get(), Qt::Key_Shift); // the clerk types: the count starts again
    after(9);
    EXPECT_FALSE(window->isLocked()) << "18 minutes since opening, but only 9 since the last key";
    after(1);
    EXPECT_TRUE(window->isLocked());
    after(30);
    EXPECT_TRUE(window->isLocked()) << "locked once, not again while locked";
}

TEST_F(IdleLockTest, TheAdministratorsNumberOfMinutesIsTheOneThatCounts)
{
    ASSERT_TRUE(host.services().settings.set(host.admin(), QString::fromLatin1(SiteSettings::IdleLockMinutes), u"3"_s));
    open(host.signedIn(Role::Clerk, u"li.na"_s));
    after(2);
    EXPECT_FALSE(window->isLocked());
    after(1);
    EXPECT_TRUE(window->isLocked());
}

TEST_F(IdleLockTest, ChangeMyPasswordFromTheFileMenu)
{
    const Session clerk = host.signedIn(Role::Clerk, u"li.na"_s);
    open(clerk);
    window->findChild<QAction*>(u"changePasswordAction"_s)->trigger();
    auto* dialog = window->findChild<ChangePasswordDialog*>(u"changePasswordDialog"_s);
    ASSERT_NE(dialog, nullptr);
    type(child<QLineEdit>(dialog, "oldEdit"), u"not-my-password"_s);
    type(child<QLineEdit>(dialog, "newEdit"), u"brand-new-pass"_s);
    type(child<QLineEdit>(dialog, "againEdit"), u"brand-new-pass"_s);
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible()) << "a wrong current password keeps the dialog open";
    EXPECT_FALSE(labelText(dialog, "oldError").isEmpty());

    type(child<QLineEdit>(dialog, "oldEdit"), QString::fromLatin1(TestHost::UserPassword));
    child<QLineEdit>(dialog, "againEdit")->setText(u"brand-new-pasz"_s);
    dialog->accept();
    EXPECT_FALSE(labelText(dialog, "againError").isEmpty()) << "the two new ones differ";

    EXPECT_TRUE(child<QLineEdit>(dialog, "newEdit")->text().isEmpty()) << "the new ones are typed again";
    child<QLineEdit>(dialog, "oldEdit")->setText(QString::fromLatin1(TestHost::UserPassword));
    type(child<QLineEdit>(dialog, "newEdit"), u"brand-new-pass"_s);
    type(child<QLineEdit>(dialog, "againEdit"), u"brand-new-pass"_s);
    dialog->accept();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_TRUE(host.services().accounts.signIn(u"li.na"_s, u"brand-new-pass"_s).ok());
    EXPECT_FALSE(host.services().accounts.signIn(u"li.na"_s, QString::fromLatin1(TestHost::UserPassword)).ok());
}

} // namespace
} // namespace fd::test

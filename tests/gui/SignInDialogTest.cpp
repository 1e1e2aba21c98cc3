#include "GuiTestSupport.h"

#include "engine/AccountService.h"
#include "engine/SiteSetup.h"
#include "gui/SignInDialog.h"

#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class SignInDialogTest : public ::testing::Test
{
protected:
    TestHost host;
    SignInDialog dialog{host.services().accounts, host.services().site.siteName()};

    void SetUp() override { dialog.show(); }

    void submit(const QString& login, const QString& password)
    {
        auto* loginEdit = child<QLineEdit>(&dialog, "loginEdit");
        auto* passwordEdit = child<QLineEdit>(&dialog, "passwordEdit");
        loginEdit->clear();
        type(loginEdit, login);
        type(passwordEdit, password);
        QTest::keyClick(passwordEdit, Qt::Key_Return); // Enter submits
    }
};

TEST_F(SignInDialogTest, ShowsTheSiteNameAsHeading)
{
    EXPECT_EQ(labelText(&dialog, "siteNameLabel"), u"翠湖花园"_s);
    EXPECT_FALSE(labelText(&dialog, "languageHint").isEmpty());
}

TEST_F(SignInDialogTest, WrongPasswordSaysSoNextToThePasswordAndStaysOpen)
{
    submit(u"admin"_s, u"not-the-password"_s);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto* error = child<QLabel>(&dialog, "passwordError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"wrong"_s)) << error->text().toStdString();
    EXPECT_TRUE(labelText(&dialog, "loginError").isEmpty());
    // Only the password is cleared.
    EXPECT_EQ(child<QLineEdit>(&dialog, "loginEdit")->text(), u"admin"_s);
    EXPECT_TRUE(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
}

TEST_F(SignInDialogTest, FiveWrongPasswordsLockTheAccount)
{
    for (int i = 0; i < 5; ++i)
        submit(u"admin"_s, u"wrong-%1"_s.arg(i));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(labelText(&dialog, "passwordError").contains(u"locked"_s))
        << labelText(&dialog, "passwordError").toStdString();
    // Even the right password is refused while locked.
    submit(u"admin"_s, QString::fromLatin1(TestHost::AdminPassword));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(labelText(&dialog, "passwordError").contains(u"locked"_s));
}

TEST_F(SignInDialogTest, SwitchedOffAccountIsExplainedNextToTheName)
{
    const Session clerk = host.signedIn(Role::Clerk, u"wang.fang"_s);
    ASSERT_TRUE(host.services().accounts.setActive(host.admin(), clerk.user.id, false).ok());
    submit(u"wang.fang"_s, QString::fromLatin1(TestHost::UserPassword));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(labelText(&dialog, "loginError").contains(u"switched off"_s))
        << labelText(&dialog, "loginError").toStdString();
}

TEST_F(SignInDialogTest, RightPasswordAcceptsWithTheSession)
{
    submit(u"admin"_s, u"wrong"_s);
    submit(u"admin"_s, QString::fromLatin1(TestHost::AdminPassword));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.session().user.login, u"admin"_s);
    EXPECT_EQ(dialog.session().user.role, Role::Admin);
    EXPECT_TRUE(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
}

TEST_F(SignInDialogTest, EscapeCloses)
{
    QTest::keyClick(child<QLineEdit>(&dialog, "loginEdit"), Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}

} // namespace
} // namespace fd::test

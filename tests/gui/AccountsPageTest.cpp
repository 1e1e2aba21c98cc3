#include "GuiTestSupport.h"

#include "app/StandardPages.h"
#include "desk/Services.h"
#include "engine/AccountService.h"
#include "gui/MainWindow.h"
#include "modules/accounts/AccountTableModel.h"
#include "modules/accounts/AccountsPage.h"
#include "modules/accounts/ResetPasswordDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class AccountsPageTest : public ::testing::Test
{
protected:
    TestHost host;
    AccountsPage page{host.services().accounts, host.clock()};

    void SetUp() override
    {
        page.resize(1100, 600);
        page.setSession(host.admin());
        page.show();
    }

    void fill(const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(&page, name);
        edit->clear();
        type(edit, text);
    }
    void create() { QTest::mouseClick(child<QPushButton>(&page, "createAccountButton"), Qt::LeftButton); }
    void select(const QString& login)
    {
        auto* table = child<QTableView>(&page, "accountTable");
        for (int row = 0; row < page.model()->rowCount(); ++row)
            if (page.model()->userAt(row).login == login)
                table->selectRow(row);
    }
};

TEST_F(AccountsPageTest, AnAccountCreatedAtAnotherDeskShowsOnTheOpenPage)
{
    // Issue 16: the administrator's list follows accounts made at another workstation.
    MainWindow window(host.services(), standardPages(), host.admin(), u"desk.sqlite"_s);
    window.resize(1280, 800);
    window.show();
    window.showPage(u"accounts"_s);
    auto* shown = window.findChild<AccountsPage*>();
    ASSERT_NE(shown, nullptr);
    const int before = shown->model()->rowCount();
    ASSERT_TRUE(
        host.services().accounts.createUser(host.admin(), u"sun.li"_s, u"孙丽"_s, Role::Clerk, u"desk-pass-9"_s).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return shown->model()->rowCount() == before + 1; }, 1000))
        << "the account made at another desk did not show within a second";
}

TEST_F(AccountsPageTest, ListsTheAccounts)
{
    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.model()->userAt(0).login, u"admin"_s);
}

TEST_F(AccountsPageTest, BadSignInNameIsExplainedNextToIt)
{
    fill("newLoginEdit", u"Wang Fang!"_s);
    fill("newNameEdit", u"王芳"_s);
    fill("newPasswordEdit", u"long-enough-1"_s);
    create();
    EXPECT_FALSE(labelText(&page, "newLoginError").isEmpty());
    EXPECT_TRUE(labelText(&page, "newPasswordError").isEmpty());
    EXPECT_EQ(page.model()->rowCount(), 1);
}

TEST_F(AccountsPageTest, ShortPasswordIsExplainedNextToIt)
{
    fill("newLoginEdit", u"wang.fang"_s);
    fill("newNameEdit", u"王芳"_s);
    fill("newPasswordEdit", u"short"_s);
    create();
    EXPECT_FALSE(labelText(&page, "newPasswordError").isEmpty());
    EXPECT_TRUE(labelText(&page, "newLoginError").isEmpty());
    EXPECT_FALSE(host.services().accounts.find(u"wang.fang"_s).ok());
}

TEST_F(AccountsPageTest, CreatesAnAccountWithTheChosenRole)
{
    fill("newLoginEdit", u"wang.fang"_s);
    fill("newNameEdit", u"王芳"_s);
    auto* role = child<QComboBox>(&page, "newRoleCombo");
    role->setCurrentIndex(role->findData(static_cast<int>(Role::Supervisor)));
    fill("newPasswordEdit", u"long-enough-1"_s);
    QTest::keyClick(child<QLineEdit>(&page, "newPasswordEdit"), Qt::Key_Return);
    auto user = host.services().accounts.find(u"wang.fang"_s);
    ASSERT_TRUE(user.ok());
    EXPECT_EQ(user.value().role, Role::Supervisor);
    EXPECT_EQ(page.model()->rowCount(), 2);
    EXPECT_TRUE(child<QLineEdit>(&page, "newLoginEdit")->text().isEmpty());
}

TEST_F(AccountsPageTest, SwitchesAnAccountOffAndOn)
{
    host.signedIn(Role::Clerk, u"wang.fang"_s);
    page.refresh();
    select(u"wang.fang"_s);
    auto* toggle = child<QPushButton>(&page, "toggleActiveButton");
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_FALSE(host.services().accounts.find(u"wang.fang"_s).value().active);
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_TRUE(host.services().accounts.find(u"wang.fang"_s).value().active);
}

TEST_F(AccountsPageTest, OwnAccountCannotBeSwitchedOffAndTheReasonIsShown)
{
    select(u"admin"_s);
    QTest::mouseClick(child<QPushButton>(&page, "toggleActiveButton"), Qt::LeftButton);
    EXPECT_TRUE(host.services().accounts.find(u"admin"_s).value().active);
    EXPECT_FALSE(labelText(&page, "accountsMessage").isEmpty());
}

TEST_F(AccountsPageTest, ResetsAPasswordAndLiftsTheLockout)
{
    host.signedIn(Role::Clerk, u"wang.fang"_s);
    for (int i = 0; i < 5; ++i)
        (void)host.services().accounts.signIn(u"wang.fang"_s, u"wrong"_s);
    page.refresh();
    select(u"wang.fang"_s);
    QTest::mouseClick(child<QPushButton>(&page, "resetPasswordButton"), Qt::LeftButton);
    auto* dialog = page.findChild<ResetPasswordDialog*>(u"resetPasswordDialog"_s);
    ASSERT_NE(dialog, nullptr);
    auto* edit = child<QLineEdit>(dialog, "resetPasswordEdit");
    type(edit, u"short"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(labelText(dialog, "resetPasswordError").isEmpty());
    edit->clear();
    type(edit, u"brand-new-pass"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_TRUE(host.services().accounts.signIn(u"wang.fang"_s, u"brand-new-pass"_s).ok());
}

TEST_F(AccountsPageTest, NonAdministratorSessionShowsNothing)
{
    page.setSession(host.signedIn(Role::Supervisor, u"zhao.lei"_s));
    EXPECT_EQ(page.model()->rowCount(), 0);
}

TEST_F(AccountsPageTest, AccountModelPassesTheModelTester)
{
    AccountTableModel model(host.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    host.signedIn(Role::Clerk, u"wang.fang"_s);
    model.setUsers(host.services().accounts.users().value());
    EXPECT_EQ(model.rowCount(), 2);
    model.setUsers({});
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace fd::test

#include "GuiTestSupport.h"

#include "engine/AccountService.h"
#include "engine/SiteSetup.h"
#include "gui/FirstStartWizard.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

struct BadField
{
    const char* edit;  // the field that gets the bad value
    const char* value; // the bad value
    const char* error; // the label that must say what is wrong
};

const char* const kErrorLabels[] = {"siteNameError", "adminLoginError", "adminNameError", "passwordError",
                                    "passwordAgainError"};

class FirstStartWizardGood : public ::testing::Test
{
protected:
    TestHost host{u"sqlite"_s, /*setUpSite*/ false};
    FirstStartWizard wizard{host.services().site};

    void SetUp() override { wizard.show(); }

    void fill(const char* edit, const QString& value)
    {
        auto* line = child<QLineEdit>(&wizard, edit);
        line->clear();
        type(line, value);
    }
    void fillGood()
    {
        fill("siteNameEdit", u"翠湖花园"_s);
        fill("adminLoginEdit", u"li.ming"_s);
        fill("adminNameEdit", u"李明"_s);
        fill("passwordEdit", u"good-password"_s);
        fill("passwordAgainEdit", u"good-password"_s);
    }
    void create() { QTest::mouseClick(child<QPushButton>(&wizard, "createButton"), Qt::LeftButton); }
};

class FirstStartWizardTest : public FirstStartWizardGood, public ::testing::WithParamInterface<BadField>
{
};

TEST_P(FirstStartWizardTest, BadFieldGetsItsMessageNextToItAndNothingIsWritten)
{
    const BadField bad = GetParam();
    fillGood();
    fill(bad.edit, QString::fromUtf8(bad.value));
    create();

    EXPECT_TRUE(wizard.isVisible());
    EXPECT_NE(wizard.result(), QDialog::Accepted);
    for (const char* label : kErrorLabels) {
        const QString text = labelText(&wizard, label);
        if (qstrcmp(label, bad.error) == 0) {
            EXPECT_FALSE(text.isEmpty()) << label;
            EXPECT_TRUE(child<QLabel>(&wizard, label)->isVisible()) << label;
        } else {
            EXPECT_TRUE(text.isEmpty()) << label << ": " << text.toStdString();
        }
    }
    EXPECT_EQ(wizard.focusWidget(), child<QLineEdit>(&wizard, bad.edit));
    EXPECT_FALSE(host.services().site.isInitialized());
    EXPECT_FALSE(host.services().accounts.hasAccounts());
}

INSTANTIATE_TEST_SUITE_P(EachField, FirstStartWizardTest,
                         ::testing::Values(BadField{"siteNameEdit", "  ", "siteNameError"},
                                           BadField{"adminLoginEdit", "Li Ming!", "adminLoginError"},
                                           BadField{"adminNameEdit", "", "adminNameError"},
                                           BadField{"passwordEdit", "short", "passwordError"},
                                           BadField{"passwordAgainEdit", "other-password", "passwordAgainError"}),
                         [](const auto& info) { return std::string(info.param.edit); });

TEST_P(FirstStartWizardTest, FixingTheFieldClearsItsMessage)
{
    const BadField bad = GetParam();
    fillGood();
    fill(bad.edit, QString::fromUtf8(bad.value));
    create();
    fillGood();
    create();
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_TRUE(labelText(&wizard, bad.error).isEmpty());
}

TEST_F(FirstStartWizardGood, GoodInputCreatesSiteAndAdminAndSignsIn)
{
    fillGood();
    QTest::keyClick(child<QLineEdit>(&wizard, "passwordAgainEdit"), Qt::Key_Return);
    ASSERT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_TRUE(host.services().site.isInitialized());
    EXPECT_EQ(host.services().site.siteName(), u"翠湖花园"_s);
    EXPECT_EQ(wizard.session().user.login, u"li.ming"_s);
    EXPECT_EQ(wizard.session().user.displayName, u"李明"_s);
    EXPECT_EQ(wizard.session().user.role, Role::Admin);
    EXPECT_TRUE(host.services().accounts.signIn(u"li.ming"_s, u"good-password"_s).ok());
}

} // namespace
} // namespace fd::test

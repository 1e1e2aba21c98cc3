// Screenshots for docs/screenshots and the README, in Chinese (the primary language). A separate
// program because translations are global to the QApplication and the other GUI tests read English.
#include "GuiTestSupport.h"

#include "app/DemoSite.h"
#include "app/StandardPages.h"
#include "core/Translations.h"
#include "engine/AccountService.h"
#include "engine/SiteSetup.h"
#include "gui/FirstStartWizard.h"
#include "gui/MainWindow.h"
#include "gui/SignInDialog.h"
#include "modules/registry/ImportDialog.h"
#include "modules/registry/RegistryPage.h"
#include "modules/registry/UnitDetailWidget.h"
#include "modules/registry/UnitSearchModel.h"
#include "modules/search/GlobalSearch.h"
#include "modules/search/GlobalSearchModel.h"
#include "support/Screenshots.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class Chinese : public ::testing::Environment
{
public:
    void SetUp() override { Translations::install(u"zh_CN"_s); }
};
[[maybe_unused]] ::testing::Environment* const g_chinese = ::testing::AddGlobalTestEnvironment(new Chinese);

constexpr QSize kWindow(1280, 800);

TEST(Screenshots, SignIn)
{
    TestHost host;
    SignInDialog dialog(host.services().accounts, host.services().site.siteName());
    dialog.show();
    type(dialog.findChild<QLineEdit*>(u"loginEdit"_s), u"admin"_s);
    type(dialog.findChild<QLineEdit*>(u"passwordEdit"_s), u"wrong-password"_s);
    QTest::keyClick(dialog.findChild<QLineEdit*>(u"passwordEdit"_s), Qt::Key_Return);
    dialog.resize(480, dialog.sizeHint().height());
    EXPECT_FALSE(Screenshots::save(&dialog, u"signin"_s).isEmpty());
}

TEST(Screenshots, FirstStart)
{
    TestHost host(u"sqlite"_s, false);
    FirstStartWizard wizard(host.services().site);
    wizard.show();
    type(wizard.findChild<QLineEdit*>(u"siteNameEdit"_s), u"翠湖花园"_s);
    type(wizard.findChild<QLineEdit*>(u"adminLoginEdit"_s), u"li.ming"_s);
    type(wizard.findChild<QLineEdit*>(u"adminNameEdit"_s), u"李明"_s);
    type(wizard.findChild<QLineEdit*>(u"passwordEdit"_s), u"good-password"_s);
    type(wizard.findChild<QLineEdit*>(u"passwordAgainEdit"_s), u"good-passwort"_s);
    QTest::mouseClick(wizard.findChild<QPushButton*>(u"createButton"_s), Qt::LeftButton);
    wizard.resize(600, wizard.sizeHint().height());
    EXPECT_FALSE(Screenshots::save(&wizard, u"first-start"_s).isEmpty());
}

class DemoWindow : public ::testing::Test
{
protected:
    TestHost host;
    std::unique_ptr<MainWindow> window;

    void SetUp() override
    {
        auto demo = DemoSite(host.services()).fill(&host.admin());
        ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
        const Session clerk =
            host.services()
                .accounts.signIn(DemoSite::staff().first().login, QString::fromLatin1(DemoSite::Password))
                .value();
        window = std::make_unique<MainWindow>(host.services(), standardPages(), clerk,
                                              u"/var/lib/frontdesk/frontdesk.sqlite"_s);
        window->resize(kWindow);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
};

TEST_F(DemoWindow, Home)
{
    EXPECT_FALSE(Screenshots::save(window.get(), u"main-window"_s).isEmpty());
}

TEST_F(DemoWindow, RegistryWithAUnitSelected)
{
    window->showPage(u"registry"_s);
    RegistryPage* page = window->findChild<RegistryPage*>();
    type(page->findChild<QLineEdit*>(u"registrySearch"_s), u"1-1-18"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->searchModel()->rowCount() > 0; }));
    auto* table = page->findChild<QTableView*>(u"unitTable"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(page->searchModel()->index(2, 0)).center());
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->detail()->unitId() != 0; }));
    EXPECT_FALSE(Screenshots::save(window.get(), u"registry"_s).isEmpty());
}

TEST_F(DemoWindow, GlobalSearchResults)
{
    GlobalSearch* search = qobject_cast<GlobalSearch*>(window->globalSearch());
    search->focusSearch();
    type(search->lineEdit(), u"1-2-18"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->popup()->isVisible() && search->model()->rowCount() > 0; }));
    EXPECT_FALSE(Screenshots::save(window.get(), u"global-search"_s).isEmpty());
}

TEST(Screenshots, ImportDialogWithProblems)
{
    TestHost host;
    ImportDialog dialog(host.services().registry, host.admin());
    dialog.resize(820, 540);
    dialog.show();
    dialog.setCsv(badUnitsCsv(), u"住户清单.csv"_s);
    EXPECT_FALSE(Screenshots::save(&dialog, u"import-dialog"_s).isEmpty());
}

// The administrator's site settings (站点设置): every rule with its ID, unit and default.
TEST(Screenshots, SiteSettings)
{
    TestHost host;
    MainWindow window(host.services(), standardPages(), host.admin(), u"/var/lib/frontdesk/frontdesk.sqlite"_s);
    window.resize(kWindow);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.showPage(u"sitesettings"_s);
    EXPECT_FALSE(Screenshots::save(&window, u"site-settings"_s).isEmpty());
}

} // namespace
} // namespace fd::test

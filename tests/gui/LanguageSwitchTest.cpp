#include "GuiTestSupport.h"

#include "app/StandardPages.h"
#include "core/Translations.h"
#include "gui/ChangePasswordDialog.h"
#include "gui/MainWindow.h"
#include "gui/NavigationPanel.h"
#include "modules/intake/IntakePage.h"
#include "modules/queues/QueuePage.h"

#include <QAction>
#include <QDateEdit>
#include <QHeaderView>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// Issue 11, "English": a language chosen in the Language menu applies at once, without a restart,
// to the open window, its pages, menus, status bar, table headers and an open dialog.
class LanguageSwitchTest : public ::testing::Test
{
protected:
    TestHost host;
    std::unique_ptr<MainWindow> window;

    void SetUp() override { Translations::install(u"zh_CN"_s); }
    void TearDown() override
    {
        window.reset();
        Translations::install(u"en"_s);
    }

    void choose(const char* language)
    {
        auto* action = window->findChild<QAction*>(u"language_"_s + QString::fromLatin1(language));
        ASSERT_NE(action, nullptr);
        action->trigger();
        QCoreApplication::processEvents(); // Qt's own widgets answer the posted LanguageChange
    }
    QString navigationText(const QString& key)
    {
        auto* list = window->navigation()->findChild<QListWidget*>();
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toString() == key)
                return list->item(row)->text();
        return {};
    }
    QString headerText(QWidget* page)
    {
        auto* view = page->findChild<QTableView*>();
        return view ? view->horizontalHeader()->model()->headerData(0, Qt::Horizontal).toString() : QString();
    }
    void expectTexts(bool chinese, ChangePasswordDialog* dialog)
    {
        const auto pick = [chinese](const char16_t* zh, const char16_t* en) {
            return chinese ? QString::fromUtf16(zh) : QString::fromUtf16(en);
        };
        const QList<QAction*> menus = window->menuBar()->actions();
        EXPECT_EQ(menus.value(0)->text(), pick(u"文件(&F)", u"&File"));
        EXPECT_EQ(menus.value(1)->text(), pick(u"转到(&G)", u"&Go"));
        EXPECT_EQ(window->findChild<QAction*>(u"lockAction"_s)->text(), pick(u"锁屏(&L)", u"&Lock screen"));
        EXPECT_EQ(window->findChild<QAction*>(u"intakeAction"_s)->text(), pick(u"受理", u"Intake"));
        EXPECT_EQ(navigationText(u"intake"_s), pick(u"受理", u"Intake"));
        EXPECT_EQ(navigationText(u"registry"_s), pick(u"住户登记", u"Registry"));
        EXPECT_EQ(labelText(window.get(), "statusRole"), pick(u"系统管理员", u"Administrator"));
        EXPECT_EQ(labelText(window->findChild<IntakePage*>(), "answerCaption"), pick(u"答复内容", u"Answer"));
        EXPECT_EQ(headerText(window->findChild<QueuePage*>()), pick(u"工单号", u"Number"));
        EXPECT_EQ(dialog->windowTitle(), pick(u"修改我的密码", u"Change my password"));
        // One date form per language, in a date edit too (DateTimeText).
        EXPECT_EQ(window->findChild<QDateEdit*>(u"reportDate"_s)->displayFormat(),
                  pick(u"yyyy/M/d ddd", u"M/d/yyyy ddd"));
    }
};

TEST_F(LanguageSwitchTest, ChineseToEnglishAndBackWithoutARestart)
{
    window =
        std::make_unique<MainWindow>(host.services(), standardPages(), host.admin(), u"/srv/frontdesk/desk.sqlite"_s);
    window->resize(1280, 800);
    window->show();
    window->showPage(u"intake"_s);
    window->findChild<QAction*>(u"changePasswordAction"_s)->trigger();
    auto* dialog = window->findChild<ChangePasswordDialog*>();
    ASSERT_NE(dialog, nullptr);

    expectTexts(true, dialog);
    choose("en");
    expectTexts(false, dialog);
    choose("zh_CN");
    expectTexts(true, dialog);
}

} // namespace
} // namespace fd::test

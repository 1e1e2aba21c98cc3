// The shift pages inside the window: who sees which, and the supervisor's start page (R-SH-3, R-SH-4).
#include "NightShiftSetup.h"

#include "app/StandardPages.h"
#include "gui/MainWindow.h"
#include "gui/NavigationPanel.h"
#include "modules/home/HomePage.h"
#include "modules/review/MorningReviewPage.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class MainWindowShiftsTest : public ::testing::Test
{
protected:
    TestHost host;
    std::unique_ptr<NightShiftSetup> night;
    std::unique_ptr<MainWindow> window;

    void SetUp() override { night = std::make_unique<NightShiftSetup>(host); }

    void open(const Session& who)
    {
        window = std::make_unique<MainWindow>(host.services(), standardPages(), who, u"desk.sqlite"_s);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
};

TEST_F(MainWindowShiftsTest, TheSupervisorsStartPageLeadsToTheMorningReviewUntilItIsDone)
{
    // R-SH-4: the review shows on the supervisor's start page until done.
    night->setTime(9, 0);
    open(night->supervisor);
    ASSERT_EQ(window->currentPage(), u"home"_s);
    EXPECT_TRUE(window->navigation()->isPageVisible(u"review"_s));
    EXPECT_TRUE(window->navigation()->isPageVisible(u"reports"_s));
    auto* banner = child<QWidget>(window->findChild<HomePage*>(), "homeReviewBanner");
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    QTest::mouseClick(child<QPushButton>(window->findChild<HomePage*>(), "homeReviewButton"), Qt::LeftButton);
    EXPECT_EQ(window->currentPage(), u"review"_s);

    // Nothing happened that night: starting and completing the review clears the banner.
    window->findChild<MorningReviewPage*>()->startReview();
    window->findChild<MorningReviewPage*>()->completeReview();
    window->showPage(u"home"_s);
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(MainWindowShiftsTest, EachRoleSeesTheShiftPagesItWorksOn)
{
    // R-SH-3: the control room takes the night's calls; the desk enters them; R-SH-4 is the supervisor's.
    open(night->day);
    EXPECT_TRUE(window->navigation()->isPageVisible(u"nightcalls"_s)) << "the desk enters the night's calls";
    EXPECT_FALSE(window->navigation()->isPageVisible(u"review"_s));
    EXPECT_FALSE(window->navigation()->isPageVisible(u"reports"_s)) << "R-IN-6: the weekly report is the supervisor's";
    EXPECT_FALSE(child<QWidget>(window->findChild<HomePage*>(), "homeReviewBanner")->isVisible());
    window->showPage(u"review"_s);
    EXPECT_EQ(window->currentPage(), u"home"_s) << "a clerk cannot open the review by its shortcut";

    window.reset();
    open(night->control);
    EXPECT_TRUE(window->navigation()->isPageVisible(u"nightcalls"_s));
    QTest::keySequence(window.get(), standardPages().find(u"nightcalls"_s)->shortcut);
    EXPECT_EQ(window->currentPage(), u"nightcalls"_s);

    window.reset();
    open(host.signedIn(Role::Cashier, u"qian.na"_s));
    EXPECT_FALSE(window->navigation()->isPageVisible(u"nightcalls"_s));
    EXPECT_FALSE(window->navigation()->isPageVisible(u"review"_s));
}

} // namespace
} // namespace fd::test

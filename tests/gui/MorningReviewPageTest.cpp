#include "GuiTestSupport.h"
#include "NightShiftSetup.h"

#include "engine/ChangeFeed.h"
#include "modules/home/HomePage.h"
#include "modules/review/MorningReviewPage.h"
#include "support/Screenshots.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// From the night of 21–22 November to the morning of 23 November (the FakeClock's day):
//   21st 20:30  zhao.min's desk C                      (before the stretch to review)
//   22nd 06:00  control-room call K0                   (before)
//   22nd 07:30  sheet S0 → li.na's desk A; 10:00 a repair T1 that stays open
//   22nd 14:50  sheet S1 → zhao.min's desk B
//   22nd 20:30  wang.kong starts the control room's C
//   22nd 20:40  sheet S2 → the control room covers the desk (the radio disputed)
//   23rd 02:10  call K1, plumber sent 02:15, back 03:05, not yet entered by the desk
//   23rd 07:30  sheet S3 → liu.kong's control room; sun.li starts the desk's A
//   23rd 07:40  call K2                                (after: today's)
class MorningReviewPageTest : public ::testing::Test
{
protected:
    TestHost host;
    NightShiftSetup night{host};
    MorningReviewPage page{host.services().reviews};

    void SetUp() override
    {
        night.setTime(20, 30, -2);
        night.start(night.evening, night.desk);
        night.setTime(6, 0, -1);
        k0 = night.call(night.control2, {}, night.unit502, {}, u"车库门打不开"_s);
        night.setTime(7, 30, -1);
        s0 = night.handOver(night.evening, night.day);
        night.setTime(10, 0, -1);
        t1 = night.openRepair(night.day, u"厨房水管漏水"_s);
        night.setTime(14, 50, -1);
        s1 = night.handOver(night.day, night.evening);
        night.setTime(20, 30, -1);
        night.start(night.control, night.controlPost);
        night.setTime(20, 40, -1);
        s2 = night.handOver(night.evening, night.control, {{u"对讲机"_s, u"只有一台，电池不足"_s}});
        night.setTime(2, 10);
        k1 = night.call(night.control, u"13812345678"_s, night.unit502, u"张先生"_s, u"卫生间水管爆裂"_s);
        night.setTime(2, 15);
        EXPECT_TRUE(night.calls().recordDirectDispatch(night.control, k1, u"工程部"_s, u"刘师傅"_s).ok());
        night.setTime(3, 5);
        EXPECT_TRUE(night.calls().recordReturn(night.control, k1, u"关闭总阀，更换水管"_s).ok());
        night.setTime(7, 30);
        s3 = night.handOver(night.control, night.control2);
        night.start(night.morning, night.desk);
        night.setTime(7, 40);
        k2 = night.call(night.control2, {}, night.unit502, {}, u"电梯异响"_s);
        night.setTime(8, 0);
        page.resize(1000, 640);
        page.show();
        QApplication::setActiveWindow(&page);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    }

    QTreeWidget* marks() { return page.marksList(); }
    void click(const char* button) { QTest::mouseClick(child<QPushButton>(&page, button), Qt::LeftButton); }

    QSet<QPair<int, qint64>> listedRecords()
    {
        QSet<QPair<int, qint64>> out;
        for (int i = 0; i < marks()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* row = marks()->topLevelItem(i);
            out.insert({row->data(0, MorningReviewPage::KindRole).toInt(),
                        row->data(0, MorningReviewPage::RefIdRole).toLongLong()});
        }
        return out;
    }
    static QPair<int, qint64> sheet(qint64 id) { return {static_cast<int>(ReviewMark::Kind::Sheet), id}; }
    static QPair<int, qint64> call(qint64 id) { return {static_cast<int>(ReviewMark::Kind::Call), id}; }

    void selectRow(int row)
    {
        marks()->setFocus();
        marks()->setCurrentItem(marks()->topLevelItem(row));
    }

    qint64 k0 = 0, k1 = 0, k2 = 0, t1 = 0, s0 = 0, s1 = 0, s2 = 0, s3 = 0;
};

TEST_F(MorningReviewPageTest, ListsExactlyThePreviousShiftsSheetsAndNightCalls)
{
    // R-SH-4: from yesterday's 07:30 to today's 07:30, by the start of each sheet's shift.
    page.setSession(night.supervisor);
    EXPECT_TRUE(child<QPushButton>(&page, "startReviewButton")->isVisible());
    EXPECT_TRUE(marks()->isHidden() || !marks()->isVisible());
    click("startReviewButton");
    ASSERT_TRUE(page.review().has_value());
    EXPECT_EQ(labelText(&page, "reviewCover"), u"From 11/22 7:30 AM to 11/23 7:30 AM"_s);
    EXPECT_EQ(listedRecords(), (QSet<QPair<int, qint64>>{sheet(s1), sheet(s2), sheet(s3), call(k1)}));
    EXPECT_FALSE(listedRecords().contains(sheet(s0)));
    EXPECT_FALSE(listedRecords().contains(call(k0)));
    EXPECT_FALSE(listedRecords().contains(call(k2)));
    EXPECT_EQ(labelText(&page, "reviewProgress"), u"0 of 4 read"_s);
    for (int i = 0; i < marks()->topLevelItemCount(); ++i)
        EXPECT_EQ(marks()->topLevelItem(i)->text(0), u"Unread"_s);

    // Below: the repair still open, the disputed radio and the call the desk has not entered.
    QStringList chase;
    for (int i = 0; i < page.chaseList()->topLevelItemCount(); ++i)
        chase << page.chaseList()->topLevelItem(i)->text(0) + u": "_s + page.chaseList()->topLevelItem(i)->text(1);
    ASSERT_EQ(chase.size(), 3) << chase.join(u'\n').toStdString();
    EXPECT_TRUE(chase.filter(u"Open ticket"_s).join(QString()).contains(u"厨房水管漏水"_s));
    EXPECT_TRUE(chase.filter(u"Disputed"_s).join(QString()).contains(u"电池不足"_s));
    EXPECT_TRUE(chase.filter(u"Night call not entered"_s).join(QString()).contains(u"卫生间水管爆裂"_s));
    EXPECT_EQ(labelText(&page, "reviewChaseTitle"), u"To chase (3)"_s);
}

TEST_F(MorningReviewPageTest, CompleteIsEnabledOnlyOnceEveryRecordIsRead)
{
    // R-SH-4
    page.setSession(night.supervisor);
    click("startReviewButton");
    auto* complete = child<QPushButton>(&page, "completeReviewButton");
    EXPECT_FALSE(complete->isEnabled());

    // Enter on a record opens its comment; Enter there marks it read and moves to the next one.
    night.setTime(8, 20);
    selectRow(0);
    QTest::keyClick(marks(), Qt::Key_Return);
    auto* comment = child<QLineEdit>(&page, "reviewCommentEdit");
    ASSERT_TRUE(comment->hasFocus());
    type(comment, u"交接清楚"_s);
    QTest::keyClick(comment, Qt::Key_Return);
    const ShiftReview afterFirst = host.services().reviews.review(page.review()->id).value();
    EXPECT_EQ(afterFirst.marks[0].readMs, NightShiftSetup::at(8, 20).toMSecsSinceEpoch());
    EXPECT_EQ(afterFirst.marks[0].comment, u"交接清楚"_s);
    EXPECT_EQ(marks()->topLevelItem(0)->text(2), u"交接清楚"_s);
    EXPECT_EQ(marks()->currentItem(), marks()->topLevelItem(1));
    EXPECT_EQ(labelText(&page, "reviewProgress"), u"1 of 4 read"_s);
    EXPECT_FALSE(complete->isEnabled());

    for (int row = 1; row < marks()->topLevelItemCount() - 1; ++row) {
        selectRow(row);
        click("markReadButton");
    }
    EXPECT_EQ(labelText(&page, "reviewProgress"), u"3 of 4 read"_s);
    EXPECT_FALSE(complete->isEnabled()); // one still unread
    EXPECT_TRUE(host.services().reviews.pendingReview(night.supervisor).value().has_value());
    selectRow(marks()->topLevelItemCount() - 1);
    click("markReadButton");
    EXPECT_TRUE(complete->isEnabled());
    night.setTime(8, 40);
    click("completeReviewButton");
    EXPECT_FALSE(host.services().reviews.pendingReview(night.supervisor).value().has_value());
    EXPECT_EQ(page.review()->doneMs, NightShiftSetup::at(8, 40).toMSecsSinceEpoch());
    EXPECT_FALSE(complete->isEnabled());
    EXPECT_FALSE(child<QPushButton>(&page, "markReadButton")->isEnabled());
    EXPECT_TRUE(labelText(&page, "reviewMessage").contains(u"completed"_s));
    EXPECT_EQ(page.chaseList()->topLevelItemCount(), 3); // still there to chase
}

TEST_F(MorningReviewPageTest, ACommentTypedHereOutlivesAnotherSupervisorsSaveAndIsNotWrittenOverTheirs)
{
    // R-SH-4 with two supervisors (issue 16): li.zg reads two records at her desk while chen.zhu types a
    // comment on the first here. The page follows her (the second record shows read) and keeps what is
    // typed; marking it read is refused with who and when, her comment stays; Mark read again saves this
    // one knowingly.
    page.setSession(night.supervisor);
    click("startReviewButton");
    const ShiftReview started = *page.review();
    selectRow(0);
    auto* comment = child<QLineEdit>(&page, "reviewCommentEdit");
    comment->setFocus();
    type(comment, u"钥匙未交"_s);

    const Session other = host.signedIn(Role::Supervisor, u"li.zg"_s);
    night.setTime(8, 20);
    ASSERT_TRUE(host.services().reviews.markRead(other, started.id, started.marks[0].id, u"交接清楚"_s, u""_s).ok());
    ASSERT_TRUE(host.services().reviews.markRead(other, started.id, started.marks[1].id, {}, u""_s).ok());
    night.setTime(8, 22);
    page.followChanges({Change{u"review_mark"_s, started.marks[0].id, u"read"_s}});
    EXPECT_EQ(marks()->topLevelItem(0)->text(2), u"交接清楚"_s) << "hers, in the list";
    EXPECT_EQ(labelText(&page, "reviewProgress"), u"2 of 4 read"_s);
    EXPECT_EQ(comment->text(), u"钥匙未交"_s) << "what was typed here stays";

    QTest::keyClick(comment, Qt::Key_Return);
    EXPECT_TRUE(labelText(&page, "reviewMessage").contains(u"li.zg"_s))
        << labelText(&page, "reviewMessage").toStdString();
    EXPECT_EQ(host.services().reviews.review(started.id).value().marks[0].comment, u"交接清楚"_s) << "not written over";
    EXPECT_EQ(comment->text(), u"钥匙未交"_s);

    click("markReadButton");
    EXPECT_EQ(host.services().reviews.review(started.id).value().marks[0].comment, u"钥匙未交"_s);
}

TEST_F(MorningReviewPageTest, TheStartPageShowsTheReviewUntilItIsComplete)
{
    // R-SH-4: on the supervisor's start page until done.
    HomePage home;
    home.setServices(host.services().reviews, host.services().intake, host.services().minuteTick,
                     host.services().changes);
    home.setSiteName(u"翠湖花园"_s);
    home.setSession(night.supervisor);
    home.resize(1000, 640);
    home.show();
    auto* banner = child<QWidget>(&home, "homeReviewBanner");
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(labelText(&home, "homeReviewText").contains(u"not started"_s));
    QSignalSpy asked(&home, &HomePage::openReviewRequested);
    QTest::mouseClick(child<QPushButton>(&home, "homeReviewButton"), Qt::LeftButton);
    EXPECT_EQ(asked.count(), 1);

    page.setSession(night.supervisor);
    click("startReviewButton");
    for (int row = 0; row < 3; ++row) {
        selectRow(row);
        click("markReadButton");
    }
    home.refresh();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(labelText(&home, "homeReviewText").contains(u"in progress: 3 of 4 read"_s))
        << labelText(&home, "homeReviewText").toStdString();
    Screenshots::save(&home, u"home-review-banner-en"_s);

    selectRow(3);
    click("markReadButton");
    click("completeReviewButton");
    home.hide();
    home.show(); // coming back to the start page reads it again
    EXPECT_FALSE(banner->isVisible());

    // Not for the desk, and back the next morning once shift A has started.
    home.setSession(night.morning);
    EXPECT_FALSE(banner->isVisible());
    home.setSession(night.supervisor);
    night.setTime(7, 0, 1);
    home.refresh();
    EXPECT_FALSE(banner->isVisible());
    night.setTime(7, 35, 1);
    home.refresh();
    EXPECT_TRUE(banner->isVisible());
}

TEST_F(MorningReviewPageTest, ADeskClerkReadsThatTheReviewIsNotTheirs)
{
    // R-SH-4: Permission::ReviewShifts (supervisor, manager) only.
    page.setSession(night.morning);
    EXPECT_TRUE(child<QLabel>(&page, "reviewDenied")->isVisible());
    EXPECT_FALSE(child<QPushButton>(&page, "startReviewButton")->isVisible());
    EXPECT_FALSE(marks()->isVisible());
    EXPECT_EQ(host.db().scalar(u"SELECT COUNT(*) FROM shift_reviews"_s).value().toInt(), 0);
}

TEST_F(MorningReviewPageTest, Screenshot)
{
    // R-SH-4: a review half read, with the supervisor's comments.
    page.setSession(night.supervisor);
    click("startReviewButton");
    auto* comment = child<QLineEdit>(&page, "reviewCommentEdit");
    selectRow(0);
    QTest::keyClick(marks(), Qt::Key_Return);
    type(comment, u"交接清楚，工单已跟进"_s);
    QTest::keyClick(comment, Qt::Key_Return);
    QTest::keyClick(marks(), Qt::Key_Return);
    type(comment, u"对讲机电池今天补领"_s);
    QTest::keyClick(comment, Qt::Key_Return);
    EXPECT_EQ(labelText(&page, "reviewProgress"), u"2 of 4 read"_s);
    Screenshots::save(&page, u"morning-review-page-en"_s);
}

} // namespace
} // namespace fd::test

#include "HandoverFixture.h"

#include "engine/tickets/SiteRules.h"
#include "modules/shifts/HandoverSheetModel.h"
#include "support/Screenshots.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ShiftPageTest : public HandoverFixture
{
protected:
    void startOnPage(const QString& postName)
    {
        auto* posts = child<QComboBox>(page.get(), "postCombo");
        posts->setCurrentIndex(posts->findText(postName));
        click(page.get(), "startShiftButton");
    }

    // Two days at the desk: A 李娜 → B 赵敏 → C 孙丽 → A 李娜 → B 赵敏 (five sealed sheets).
    void twoDaysOfHandovers()
    {
        host.clock().set(at(7, 30));
        startShift(liNa, desk);
        host.clock().set(at(14, 50));
        handOver(liNa, zhaoMin, {{u"对讲机"_s, u"只交来一台"_s}});
        host.clock().set(at(20, 40));
        handOver(zhaoMin, sunLi, {}, u"5-2-101 商铺明早送货，需开卸货区"_s);
        host.clock().set(at(7, 35, 1));
        handOver(sunLi, liNa);
        host.clock().set(at(14, 52, 1));
        handOver(liNa, zhaoMin, {{u"门禁卡"_s, u"少一张，说在保洁处"_s}});
        host.clock().set(at(20, 45, 1));
        handOver(zhaoMin, sunLi);
    }
};

TEST_F(ShiftPageTest, ThePageShowsTheStartedShiftWithItsCodeFromTheRules)
{
    // R-SH-1: started at 20:45 is the night shift C (20:30–07:30) at the chosen post.
    host.clock().set(at(20, 45));
    EXPECT_TRUE(child<QComboBox>(page.get(), "postCombo")->isVisible());
    startOnPage(u"大堂岗"_s);
    const QString status = labelText(page.get(), "shiftStatus");
    EXPECT_TRUE(status.contains(u"大堂岗"_s)) << status.toStdString();
    EXPECT_TRUE(status.contains(u"C 8:30 PM–7:30 AM"_s)) << status.toStdString();
    EXPECT_TRUE(status.contains(u"11/23/2026 8:45 PM"_s)) << status.toStdString();
    EXPECT_TRUE(child<QPushButton>(page.get(), "endShiftButton")->isVisible());
    EXPECT_FALSE(child<QComboBox>(page.get(), "postCombo")->isVisible());
    EXPECT_EQ(s.shifts.currentShift(liNa.user.id).value()->code, u'C');

    // A site that moves C to 21:00 makes 20:50 still B: the code comes from the rules, not a literal.
    ASSERT_TRUE(s.rules.set(host.admin(), QString::fromLatin1(SiteRules::ShiftC), u"21:00-08:00"_s).ok());
    host.clock().set(at(20, 50));
    page->setSession(zhaoMin);
    startOnPage(u"中控室"_s);
    EXPECT_TRUE(labelText(page.get(), "shiftStatus").contains(u"B 2:30 PM–9:00 PM"_s))
        << labelText(page.get(), "shiftStatus").toStdString();
    EXPECT_TRUE(labelText(page.get(), "shiftStatus").contains(u"中控室"_s));
}

TEST_F(ShiftPageTest, WhoHoldsEachPostIsShownAndTheNextPersonTakesOverAShiftLeftPastItsEnd)
{
    // R-SH-1: 李娜's A shift from yesterday was never handed over; 赵敏 sees it and starts at the post.
    host.clock().set(at(7, 35));
    startShift(liNa, desk);
    const Shift left = *s.shifts.currentShift(liNa.user.id).value();
    host.clock().set(at(8, 50, 1));
    page->setSession(zhaoMin);
    const QString before = labelText(page.get(), "postHolders");
    EXPECT_TRUE(before.contains(u"李娜"_s) && before.contains(u"past its end"_s)) << before.toStdString();
    EXPECT_TRUE(child<QComboBox>(page.get(), "postCombo")->isVisible());

    startOnPage(u"大堂岗"_s);
    const Shift ended = s.shifts.shift(left.id).value();
    EXPECT_EQ(ended.endedHow, u"taken_over"_s);
    EXPECT_EQ(ended.endedBy, zhaoMin.user.id);
    const QString after = labelText(page.get(), "postHolders");
    EXPECT_TRUE(after.contains(u"赵敏"_s) && !after.contains(u"李娜"_s)) << after.toStdString();
}

TEST_F(ShiftPageTest, APostsSheetsAreListedNewestFirstAPageAtATime)
{
    // R-SH-2
    twoDaysOfHandovers();
    HandoverSheetModel model(s.shifts, s.accounts, s.rules);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(2);
    model.setPost(desk);
    EXPECT_EQ(model.rowCount(), 2);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.index(0, HandoverSheetModel::People).data().toString(), u"赵敏 → 孙丽"_s);
    EXPECT_EQ(model.index(0, HandoverSheetModel::Shift).data().toString(), u"B 2:30 PM–9:00 PM"_s);
    EXPECT_EQ(model.index(2, HandoverSheetModel::Shift).data().toString(), u"C 8:30 PM–7:30 AM"_s);
    EXPECT_EQ(model.index(4, HandoverSheetModel::People).data().toString(), u"李娜 → 赵敏"_s);
    EXPECT_TRUE(model.index(1, HandoverSheetModel::Lines).data().toString().contains(u"1 disputed"_s));
    model.setPost(controlRoom);
    EXPECT_EQ(model.rowCount(), 0);

    // The page lists the post of the person's shift (孙丽 is on C at the desk).
    page->setSession(sunLi);
    EXPECT_EQ(page->shownPostId(), desk);
    EXPECT_EQ(child<QTableView>(page.get(), "sheetTable")->model()->rowCount(), 5);
}

TEST_F(ShiftPageTest, ASealedSheetOpensToReadWithItsDisputeAndToPrint)
{
    // R-SH-2: 孙丽, on C at the desk, reads yesterday's A sheet with the missing access card.
    twoDaysOfHandovers();
    page->setSession(sunLi);
    auto* table = child<QTableView>(page.get(), "sheetTable");
    table->selectRow(1);
    EXPECT_EQ(page->sheetModel()->index(1, HandoverSheetModel::People).data().toString(), u"李娜 → 赵敏"_s);
    EXPECT_TRUE(child<QPushButton>(page.get(), "printSheetButton")->isEnabled());
    click(page.get(), "openSheetButton");
    HandoverDialog* d = dialog();
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->step(), HandoverDialog::Step::Sealed);
    const QString summary = labelText(d, "sealedSummary");
    EXPECT_TRUE(summary.contains(u"李娜"_s) && summary.contains(u"赵敏"_s) && summary.contains(u"2:52 PM"_s))
        << summary.toStdString();
    QStringList disputes;
    for (const HandoverItem& i : stored(d).items)
        if (!i.dispute.isEmpty())
            disputes << lineLabel(d, u"itemDispute_"_s, i.id);
    ASSERT_EQ(disputes.size(), 1);
    EXPECT_TRUE(disputes.first().contains(u"少一张，说在保洁处"_s));
    EXPECT_TRUE(child<QPushButton>(d, "printSheetButton")->isEnabled());
    EXPECT_EQ(d->findChild<QLineEdit*>(u"arrivingPasswordEdit"_s)->isVisible(), false); // nothing to sign
}

TEST_F(ShiftPageTest, ScreenshotOfThePage)
{
    // R-SH-1, R-SH-2: 李娜 on her A shift of the third day has signed and waits for 赵敏.
    twoDaysOfHandovers();
    host.clock().set(at(7, 32, 2));
    handOver(sunLi, liNa, {}, u"夜间 3-1-701 报漏水，中控室已派人关阀"_s);
    host.clock().set(at(9, 20, 2));
    ticket(liNa, u"3-1-502"_s, u"张三"_s, u"厨房水管漏水"_s);
    host.clock().set(at(14, 48, 2));
    const qint64 shift = s.shifts.currentShift(liNa.user.id).value()->id;
    const HandoverSheet draft = s.shifts.endShift(liNa, shift, u"3-1-502 师傅下午 4 点上门"_s).value();
    ASSERT_TRUE(s.shifts.signLeaving(liNa, draft.id, pw()).ok());
    page->refresh();
    child<QTableView>(page.get(), "sheetTable")->selectRow(1);
    EXPECT_TRUE(child<QLabel>(page.get(), "waitingLabel")->isVisible());
    EXPECT_EQ(page->sheetModel()->rowCount(), 7);
    EXPECT_FALSE(Screenshots::save(page.get(), u"shift-page-en"_s).isEmpty());
}

} // namespace
} // namespace fd::test

#include "HandoverFixture.h"

#include "engine/tickets/SiteRules.h"
#include "modules/shifts/HandoverPrintButton.h"
#include "modules/shifts/HandoverPrinter.h"
#include "modules/shifts/HandoverSheetModel.h"
#include "support/Screenshots.h"
#include "widgets/Ask.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class HandoverDialogTest : public HandoverFixture
{
protected:
    // 李娜's A shift at the desk with one open repair; at 14:50 she hands over.
    void SetUp() override
    {
        HandoverFixture::SetUp();
        host.clock().set(at(7, 30));
        startShift(liNa, desk);
        host.clock().set(at(9, 10));
        m_repair = ticket(liNa, u"3-1-502"_s, u"张三"_s, u"厨房水管漏水，已约师傅下午上门"_s);
        host.clock().set(at(14, 50));
    }

    Ticket m_repair;
};

TEST_F(HandoverDialogTest, NothingIsSealedWithoutTheArrivingPasswordAndEveryLineAnswered)
{
    // R-SH-2
    HandoverDialog* d = signedByLiNa(u"3-1-502 业主下午来取钥匙"_s);
    ASSERT_NE(d, nullptr);
    HandoverSheet sheet = stored(d);
    EXPECT_TRUE(sheet.leavingSignedMs.has_value());
    EXPECT_EQ(sheet.notes, u"3-1-502 业主下午来取钥匙"_s);
    ASSERT_GE(sheet.items.size(), 2);
    const HandoverItem& repairLine = sheet.items.first();
    EXPECT_TRUE(repairLine.text.contains(m_repair.number));

    // Every line but the repair acknowledged: the repair's line says so, and nothing is sealed.
    for (const HandoverItem& i : sheet.items.mid(1))
        QTest::mouseClick(ack(d, i.id), Qt::LeftButton);
    fill(d, "arrivingLoginEdit", u"zhao.min"_s);
    fill(d, "arrivingPasswordEdit", pw());
    click(d, "acceptButton");
    EXPECT_FALSE(lineLabel(d, u"itemError_"_s, repairLine.id).isEmpty());
    EXPECT_EQ(stored(d).status, HandoverStatus::Draft);
    EXPECT_FALSE(s.shifts.currentShift(zhaoMin.user.id).value().has_value());

    // All answered, but not her password: refused next to the password, counted towards her lockout.
    QTest::mouseClick(ack(d, repairLine.id), Qt::LeftButton);
    fill(d, "arrivingPasswordEdit", u"li-na-password"_s);
    click(d, "acceptButton");
    EXPECT_FALSE(labelText(d, "arrivingPasswordError").isEmpty());
    EXPECT_EQ(stored(d).status, HandoverStatus::Draft);
    EXPECT_EQ(s.accounts.find(u"zhao.min"_s).value().failedAttempts, 1);
    EXPECT_EQ(d->step(), HandoverDialog::Step::Arriving);

    fill(d, "arrivingPasswordEdit", pw());
    click(d, "acceptButton");
    ASSERT_EQ(d->step(), HandoverDialog::Step::Sealed) << labelText(d, "handoverProblem").toStdString();
    sheet = stored(d);
    EXPECT_EQ(sheet.status, HandoverStatus::Sealed);
    EXPECT_EQ(sheet.arrivingUserId, zhaoMin.user.id);
    const QString summary = labelText(d, "sealedSummary");
    EXPECT_TRUE(summary.contains(u"李娜"_s) && summary.contains(u"赵敏"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"2:50 PM"_s)) << summary.toStdString();
    EXPECT_TRUE(child<QPushButton>(d, "printSheetButton")->isEnabled());
    // The page follows: 李娜 is off duty, 赵敏's B shift runs at the desk.
    EXPECT_FALSE(page->currentShift().has_value());
    EXPECT_EQ(s.shifts.currentShift(zhaoMin.user.id).value()->code, u'B');
}

TEST_F(HandoverDialogTest, HandingOverToOneselfIsRefusedNextToTheName)
{
    // R-SH-2
    HandoverDialog* d = signedByLiNa();
    ASSERT_NE(d, nullptr);
    for (const HandoverItem& i : stored(d).items)
        QTest::mouseClick(ack(d, i.id), Qt::LeftButton);
    fill(d, "arrivingLoginEdit", u"li.na"_s);
    fill(d, "arrivingPasswordEdit", pw());
    click(d, "acceptButton");
    EXPECT_TRUE(labelText(d, "arrivingLoginError").contains(u"oneself"_s))
        << labelText(d, "arrivingLoginError").toStdString();
    EXPECT_EQ(stored(d).status, HandoverStatus::Draft);
    EXPECT_EQ(s.shifts.currentShift(liNa.user.id).value()->id, stored(d).shiftId);
}

TEST_F(HandoverDialogTest, TheArrivingPostIsChosenThereAndRememberedForTheWorkstation)
{
    // R-SH-1: a workstation with no post chosen yet offers none; sealing without one is refused next
    // to the field, and the post chosen is where the arriving person's shift starts.
    WorkstationPresence::rememberPost(0);
    HandoverDialog* d = signedByLiNa();
    ASSERT_NE(d, nullptr);
    auto* post = child<QComboBox>(d, "arrivingPostCombo");
    EXPECT_EQ(post->currentData().toLongLong(), 0);
    for (const HandoverItem& i : stored(d).items)
        QTest::mouseClick(ack(d, i.id), Qt::LeftButton);
    fill(d, "arrivingLoginEdit", u"zhao.min"_s);
    fill(d, "arrivingPasswordEdit", pw());
    click(d, "acceptButton");
    EXPECT_FALSE(labelText(d, "arrivingPostError").isEmpty());
    EXPECT_EQ(stored(d).status, HandoverStatus::Draft);

    post->setCurrentIndex(post->findData(desk));
    fill(d, "arrivingPasswordEdit", pw());
    click(d, "acceptButton");
    ASSERT_EQ(d->step(), HandoverDialog::Step::Sealed) << labelText(d, "handoverProblem").toStdString();
    EXPECT_EQ(s.shifts.currentShift(zhaoMin.user.id).value()->postId, desk);
    EXPECT_EQ(WorkstationPresence::rememberedPost(), desk);
}

TEST_F(HandoverDialogTest, ADisputeIsSavedOnItsLineAndShownWithTheSeal)
{
    // R-SH-2
    HandoverDialog* d = signedByLiNa();
    ASSERT_NE(d, nullptr);
    qint64 radio = 0;
    for (const HandoverItem& i : stored(d).items) {
        if (i.text == u"对讲机"_s) {
            radio = i.id;
            type(dispute(d, i.id), u"只交来一台，另一台不在充电座上"_s);
        } else {
            QTest::mouseClick(ack(d, i.id), Qt::LeftButton);
        }
    }
    ASSERT_NE(radio, 0);
    const QString all = QString::number(stored(d).items.size());
    EXPECT_TRUE(labelText(d, "answerProgress").startsWith(all + u" of "_s + all))
        << labelText(d, "answerProgress").toStdString();
    fill(d, "arrivingLoginEdit", u"zhao.min"_s);
    fill(d, "arrivingPasswordEdit", pw());
    click(d, "acceptButton");
    ASSERT_EQ(d->step(), HandoverDialog::Step::Sealed) << labelText(d, "handoverProblem").toStdString();
    for (const HandoverItem& i : stored(d).items) {
        EXPECT_TRUE(i.acknowledgedMs.has_value());
        EXPECT_EQ(i.dispute, i.id == radio ? u"只交来一台，另一台不在充电座上"_s : QString()) << i.text.toStdString();
    }
    EXPECT_TRUE(lineLabel(d, u"itemDispute_"_s, radio).contains(u"另一台不在"_s));
    // A disputed line is answered, not acknowledged: no tick beside it; the others keep theirs.
    for (const HandoverItem& i : stored(d).items) {
        const QString answer = lineLabel(d, u"itemAnswer_"_s, i.id);
        EXPECT_EQ(answer.contains(u"√"_s), i.id != radio) << answer.toStdString();
    }
    // The page's list says the sheet has a disputed line.
    const QModelIndex lines = page->sheetModel()->index(0, HandoverSheetModel::Lines);
    EXPECT_TRUE(lines.data().toString().contains(u"1 disputed"_s)) << lines.data().toString().toStdString();
}

TEST_F(HandoverDialogTest, AWrongLeavingPasswordDraftsNothing)
{
    // R-SH-2: the leaving person signs with their own password; a wrong one writes no sheet.
    page->refresh();
    click(page.get(), "endShiftButton");
    HandoverDialog* d = dialog();
    ASSERT_NE(d, nullptr);
    QStringList shown; // the lines she is about to sign for
    for (const QLabel* line : child<QWidget>(d, "leavingItems")->findChildren<QLabel*>())
        shown << line->text();
    EXPECT_TRUE(shown.join(u'\n').contains(m_repair.number)) << shown.join(u'\n').toStdString();
    fill(d, "leavingPasswordEdit", u"not-my-password"_s);
    QTest::keyClick(child<QLineEdit>(d, "leavingPasswordEdit"), Qt::Key_Return); // Enter signs
    EXPECT_FALSE(labelText(d, "leavingPasswordError").isEmpty());
    EXPECT_EQ(s.accounts.find(u"li.na"_s).value().failedAttempts, 1); // tried once, counted once
    EXPECT_TRUE(d->isVisible());
    EXPECT_EQ(d->step(), HandoverDialog::Step::Leaving);
    const qint64 shift = s.shifts.currentShift(liNa.user.id).value()->id;
    EXPECT_FALSE(s.shifts.sheetOfShift(shift).value().has_value());
}

TEST_F(HandoverDialogTest, ALockedOutArrivingAccountIsExplained)
{
    // R-SH-2: the arriving signature is a sign-in; a locked account cannot give it.
    HandoverDialog* d = signedByLiNa();
    ASSERT_NE(d, nullptr);
    for (int n = 0; n < 5; ++n)
        (void)s.accounts.signIn(u"zhao.min"_s, u"guess-%1"_s.arg(n));
    for (const HandoverItem& i : stored(d).items)
        QTest::mouseClick(ack(d, i.id), Qt::LeftButton);
    fill(d, "arrivingLoginEdit", u"zhao.min"_s);
    fill(d, "arrivingPasswordEdit", pw());
    click(d, "acceptButton");
    EXPECT_TRUE(labelText(d, "arrivingPasswordError").contains(u"locked"_s))
        << labelText(d, "arrivingPasswordError").toStdString();
    EXPECT_EQ(stored(d).status, HandoverStatus::Draft);
}

TEST_F(HandoverDialogTest, ASignedSheetWaitsAndTheNextPersonSignsItLater)
{
    // R-SH-2: 李娜 signs and leaves the dialog; 赵敏 signs a minute later on the same page.
    HandoverDialog* d = signedByLiNa();
    ASSERT_NE(d, nullptr);
    const qint64 sheetId = d->sheetId();
    d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click(); // "Sign later"
    EXPECT_TRUE(child<QLabel>(page.get(), "waitingLabel")->isVisible());
    EXPECT_TRUE(labelText(page.get(), "waitingLabel").contains(u"李娜"_s));
    EXPECT_TRUE(page->currentShift().has_value()); // on duty until the sheet is sealed
    EXPECT_TRUE(labelText(page.get(), "shiftStatus").contains(u"arriving person signs"_s));

    host.clock().advanceMinutes(1);
    page->setSession(zhaoMin);
    click(page.get(), "takeOverButton");
    HandoverDialog* later = dialog();
    ASSERT_NE(later, nullptr);
    EXPECT_EQ(later->sheetId(), sheetId);
    EXPECT_EQ(later->step(), HandoverDialog::Step::Arriving);
    EXPECT_EQ(child<QLineEdit>(later, "arrivingLoginEdit")->text(), u"zhao.min"_s);
    for (const HandoverItem& i : stored(later).items)
        QTest::mouseClick(ack(later, i.id), Qt::LeftButton);
    fill(later, "arrivingPasswordEdit", pw());
    click(later, "acceptButton");
    ASSERT_EQ(later->step(), HandoverDialog::Step::Sealed);
    EXPECT_EQ(stored(later).arrivingSignedMs, at(14, 51).toMSecsSinceEpoch());
    EXPECT_FALSE(child<QLabel>(page.get(), "waitingLabel")->isVisible());
    EXPECT_TRUE(labelText(page.get(), "shiftStatus").contains(u"B 2:30 PM–9:00 PM"_s));
}

TEST_F(HandoverDialogTest, ThePrintedSheetCarriesBothNamesTheLinesAndTheDispute)
{
    // R-SH-2: the 工作移交表 on paper.
    const HandoverSheet sheet = handOver(liNa, zhaoMin, {{u"门禁卡"_s, u"少一张，在保洁处"_s}}, u"电梯维保明早9点"_s);
    ASSERT_NE(sheet.id, 0);
    const HandoverPrinter printer(printerUses());
    auto doc = printer.document(sheet.id);
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    const QString text = doc.value()->toPlainText();
    // The disputed line carries no tick on paper either: one tick per line the arriving person accepted.
    EXPECT_EQ(text.count(u"√"_s), sheet.items.size() - 1) << text.toStdString();
    for (const QString& expected :
         {u"李娜"_s, u"赵敏"_s, m_repair.number, u"对讲机"_s, u"门禁卡"_s, u"少一张，在保洁处"_s, u"电梯维保明早9点"_s,
          u"翠湖花园"_s, u"大堂岗"_s, u"A 7:30 AM–3:00 PM"_s, u"11/23/2026 2:50 PM"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"sheet.pdf"_s);
    ASSERT_TRUE(printer.writePdf(sheet.id, path).ok());
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    EXPECT_GT(pdf.size(), 10'000); // a page with embedded Chinese glyphs, not an empty shell
    EXPECT_FALSE(printer.writePdf(sheet.id, dir.filePath(u"no-such-folder/sheet.pdf"_s)).ok());
}

TEST_F(HandoverDialogTest, SaveAsPdfAsksWhereThroughTheOneSeamAndSaysWhereItWent)
{
    // R-SH-2: the page's Print / Save as PDF… menu; the file chooser is answered through Ask.
    const HandoverSheet sheet = handOver(liNa, zhaoMin);
    ASSERT_NE(sheet.id, 0);
    page->refresh();
    auto* button = child<HandoverPrintButton>(page.get(), "printSheetButton");
    button->setSheet(sheet.id);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"交接.pdf"_s);
    Ask::reset();
    Ask::setNextFileName(path);
    QString told;
    QObject::connect(button, &HandoverPrintButton::saved, [&](const QString& where) { told = where; });
    button->menu()->findChild<QAction*>(u"savePdfAction"_s)->trigger();
    EXPECT_EQ(Ask::asked(), 1);
    EXPECT_EQ(told, path);
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    // Cancelled: nothing written, nothing said.
    Ask::setNextFileName({});
    told.clear();
    button->menu()->findChild<QAction*>(u"savePdfAction"_s)->trigger();
    EXPECT_TRUE(told.isEmpty());
}

TEST_F(HandoverDialogTest, ScreenshotOfTheArrivingStep)
{
    // R-SH-2: three open tickets and the equipment checklist; 赵敏 disputes the radios.
    host.clock().set(at(11, 5));
    ticket(liNa, u"3-1-601"_s, u"钱七"_s, u"卫生间天花板渗水，楼上 3-1-701 需配合查看"_s);
    host.clock().set(at(13, 40));
    ticket(liNa, u"5-2-101"_s, u"吴十"_s, u"商铺门口路灯不亮"_s);
    host.clock().set(at(14, 50));
    HandoverDialog* d = signedByLiNa(u"3-1-502 业主下午 4 点来取备用钥匙；快递柜 12 号格门锁坏了，已报工程部。"_s);
    ASSERT_NE(d, nullptr);
    d->resize(1000, 640);
    const HandoverSheet sheet = stored(d);
    for (const HandoverItem& i : sheet.items) {
        if (i.text == u"对讲机"_s)
            type(dispute(d, i.id), u"只交来一台，另一台不在充电座上"_s);
        else if (i.text != u"值班手机"_s)
            QTest::mouseClick(ack(d, i.id), Qt::LeftButton);
    }
    fill(d, "arrivingLoginEdit", u"zhao.min"_s);
    fill(d, "arrivingPasswordEdit", pw());
    QTest::qWait(10);
    EXPECT_FALSE(Screenshots::save(d, u"handover-dialog-en"_s).isEmpty());
    EXPECT_EQ(sheet.items.size(), 3 + 4);
}

} // namespace
} // namespace fd::test

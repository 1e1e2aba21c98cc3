// A month at the cashier's desk from start to end, in Chinese, with a screenshot at each step: the
// month's run previewed and confirmed, checked by finance, a unit's payment notice printed, a payment
// taken with its receipt, and a unit left unpaid taken through three dunning notices to the manager's
// legal referral.
#include "FeesPageFixture.h"

#include "support/Screenshots.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class FeesMonthWalk : public FeesPageFixture
{
protected:
    void at(const QDate& day) { host.clock().set(QDateTime(day, QTime(9, 0))); }
    void shot(const QString& name)
    {
        EXPECT_FALSE(Screenshots::save(page.get(), name).isEmpty()) << name.toStdString();
    }
};

// R-FE-1, R-FE-2, R-FE-3: the month's paper trail, each step through the page as the cashier and the
// manager use it.
TEST_F(FeesMonthWalk, BillCheckNoticePayAndDunToLegalReferral)
{
    // R-FE-1: half a month before the due day the cashier previews December and confirms it.
    page->setSession(cashier);
    page->tabs()->setCurrentWidget(billing);
    billing->setPeriod(u"2026-12"_s);
    QTest::mouseClick(child<QPushButton>(billing, "previewRun"), Qt::LeftButton);
    ASSERT_TRUE(billing->preview().has_value());
    const qint64 total = billing->preview()->totalFen;
    shot(u"fees-walk-1-preview"_s);
    Ask::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(billing, "confirmRun"), Qt::LeftButton);
    EXPECT_EQ(host.db().scalar(u"SELECT SUM(amount_fen) FROM bill_lines"_s).value().toLongLong(), total);

    // R-FE-1: the manager checks the run for finance; then its notices may print.
    page->setSession(manager);
    billing->setPeriod(u"2026-12"_s);
    Ask::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(billing, "checkRuns"), Qt::LeftButton);
    EXPECT_EQ(count(u"billing_run_checks"_s), 1);
    shot(u"fees-walk-2-checked"_s);

    page->setSession(cashier);
    billing->setPeriod(u"2026-12"_s);
    const qint64 payer = unitId(u"3-1-501"_s);
    const qint64 due =
        host.db().scalar(u"SELECT SUM(amount_fen) FROM bill_lines WHERE unit_id = ?"_s, {payer}).value().toLongLong();
    child<QLineEdit>(billing, "noticeUnit")->setText(u"3-1-501"_s);
    const QString notice = dir.filePath(u"notice.pdf"_s);
    Ask::setNextFileName(notice);
    QTest::mouseClick(child<QPushButton>(billing, "printNotices"), Qt::LeftButton);
    const PdfText notices = PdfText::read(notice);
    ASSERT_EQ(notices.pages().size(), 1);
    EXPECT_TRUE(notices.all().contains(Money::capitals(due))) << notices.all().toStdString();

    // R-FE-2: 3-1-501 pays at the counter by WeChat Pay; the receipt is numbered and printed.
    page->tabs()->setCurrentWidget(collect);
    collect->showUnit(payer);
    ASSERT_EQ(collect->account()->owedFen, due);
    collect->setMethod(PaymentMethod::WeChat, u"4200002612"_s);
    shot(u"fees-walk-3-counter"_s);
    const QString receipt = dir.filePath(u"receipt.pdf"_s);
    Ask::setNextFileName(receipt);
    QTest::mouseClick(child<QPushButton>(collect, "takePayment"), Qt::LeftButton);
    ASSERT_EQ(count(u"payments"_s), 1);
    EXPECT_EQ(collect->openLines()->rowCount(), 0);
    const QString receiptText = PdfText::read(receipt).all();
    EXPECT_TRUE(receiptText.contains(u"SJ2026000001"_s)) << receiptText.toStdString();
    EXPECT_TRUE(receiptText.contains(Money::capitals(due))) << receiptText.toStdString();

    // R-FE-3: 3-1-502 does not pay. Past the due day it is on the arrears list; three notices go at the
    // site's interval, and after the third deadline the manager refers it for legal handling.
    const qint64 debtor = unitId(u"3-1-502"_s);
    page->tabs()->setCurrentWidget(arrears);
    QStringList pdfs;
    for (const QDate& day : {QDate(2026, 12, 16), QDate(2026, 12, 31), QDate(2027, 1, 15)}) {
        at(day);
        arrears->refresh();
        arrears->selectUnit(debtor);
        pdfs << dir.filePath(u"dunning%1.pdf"_s.arg(pdfs.size() + 1));
        Ask::setNextFileName(pdfs.last());
        QTest::mouseClick(child<QPushButton>(arrears, "issueNotice"), Qt::LeftButton);
        ASSERT_TRUE(QFile::exists(pdfs.last())) << arrears->message().toStdString();
    }
    EXPECT_EQ(count(u"dunning_notices"_s), 3);
    EXPECT_TRUE(PdfText::read(pdfs.last()).all().contains(u"CK2027000001"_s));
    arrears->selectUnit(debtor);
    shot(u"fees-walk-4-third-notice"_s);

    at(QDate(2027, 1, 26));
    page->setSession(manager);
    arrears->refresh();
    arrears->selectUnit(debtor);
    Ask::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(arrears, "referLegal"), Qt::LeftButton);
    EXPECT_EQ(count(u"legal_referrals"_s), 1);
    arrears->selectUnit(debtor);
    shot(u"fees-walk-5-referred"_s);
    EXPECT_EQ(count(u"payments"_s), 1) << "the payer's receipt is the month's only payment";
}

} // namespace
} // namespace fd::test

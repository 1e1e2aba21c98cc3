// The cashier's page driven like a cashier: the month's billing run previewed and confirmed, a
// payment taken at the counter with its receipt, a payment taken back with a manager's sign-in.
#include "FeesPageFixture.h"

#include "engine/ChangeFeed.h"
#include "modules/fees/PaymentNoticeService.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class FeesPageTest : public FeesPageFixture
{
};

// R-FE-1: the run opens on next month, previews every unit's lines with the total, bills nothing until
// confirmed, and once confirmed lists the run under the month.
TEST_F(FeesPageTest, TheBillingRunIsPreviewedThenConfirmed)
{
    page->setSession(cashier);
    page->tabs()->setCurrentWidget(billing);
    EXPECT_EQ(child<QLineEdit>(billing, "period")->text(), u"2026-12"_s);
    EXPECT_FALSE(child<QPushButton>(billing, "confirmRun")->isEnabled()) << "nothing to confirm before a preview";
    QTest::mouseClick(child<QPushButton>(billing, "previewRun"), Qt::LeftButton);
    ASSERT_TRUE(billing->preview().has_value());
    const qint64 total = billing->preview()->totalFen;
    const qint64 rows = billing->model()->rowCount();
    EXPECT_EQ(billing->model()->rowCount(), billing->preview()->lines.size());
    EXPECT_TRUE(labelText(billing, "runSummary").contains(Money::text(total)))
        << labelText(billing, "runSummary").toStdString();
    EXPECT_EQ(count(u"bill_lines"_s), 0);

    Ask::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(billing, "confirmRun"), Qt::LeftButton);
    EXPECT_EQ(count(u"bill_lines"_s), 0) << "answered no: nothing billed";
    Ask::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(billing, "confirmRun"), Qt::LeftButton);
    EXPECT_EQ(count(u"bill_lines"_s), rows) << "exactly the lines previewed";
    EXPECT_TRUE(labelText(billing, "runsDone").contains(Money::text(total)))
        << labelText(billing, "runsDone").toStdString();

    // A second preview has nothing left, and the month's typo is answered next to the field.
    QTest::mouseClick(child<QPushButton>(billing, "previewRun"), Qt::LeftButton);
    EXPECT_EQ(billing->model()->rowCount(), 0);
    EXPECT_FALSE(child<QPushButton>(billing, "confirmRun")->isEnabled());
    billing->setPeriod(u"2026-13"_s);
    QTest::mouseClick(child<QPushButton>(billing, "previewRun"), Qt::LeftButton);
    EXPECT_FALSE(billing->errors().message(u"period"_s).isEmpty());
}

// R-FE-1: the cashier bills, the manager checks the run for finance, and only then do the month's
// payment notices print, a building's in one PDF: a page per billed unit, each in two copies.
TEST_F(FeesPageTest, TheManagerChecksTheRunThenABuildingsNoticesPrint)
{
    page->setSession(cashier);
    billDecember();
    auto* check = child<QPushButton>(billing, "checkRuns");
    EXPECT_FALSE(check->isEnabled());
    EXPECT_FALSE(check->toolTip().isEmpty()) << "the cashier is told why she cannot check";
    QTest::mouseClick(child<QPushButton>(billing, "printNotices"), Qt::LeftButton);
    EXPECT_FALSE(billing->errors().message(u"notices"_s).isEmpty()) << "not checked yet: no notices";

    page->setSession(manager);
    billing->setPeriod(u"2026-12"_s);
    ASSERT_TRUE(check->isEnabled());
    Ask::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(check, Qt::LeftButton);
    EXPECT_EQ(count(u"billing_run_checks"_s), 1);
    EXPECT_TRUE(labelText(billing, "runsDone").contains(manager.user.displayName))
        << labelText(billing, "runsDone").toStdString();
    EXPECT_FALSE(check->isEnabled()) << "nothing left to check";

    page->setSession(cashier);
    billing->setPeriod(u"2026-12"_s);
    auto* building = child<QComboBox>(billing, "noticeBuilding");
    ASSERT_GT(building->count(), 2);
    building->setCurrentIndex(1);
    const qint64 units = host.db()
                             .scalar(u"SELECT COUNT(DISTINCT l.unit_id) FROM bill_lines l JOIN units u ON u.id = "
                                     "l.unit_id WHERE u.building_id = ?"_s,
                                     {building->currentData()})
                             .value()
                             .toLongLong();
    ASSERT_GT(units, 1);
    Ask::setNextFileName({}); // the save dialog cancelled: nothing given out, no number taken
    QTest::mouseClick(child<QPushButton>(billing, "printNotices"), Qt::LeftButton);
    EXPECT_EQ(host.db().scalar(u"SELECT COUNT(*) FROM payment_notices"_s).value().toLongLong(), 0);
    const QString pdf = dir.filePath(u"notices.pdf"_s);
    Ask::setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(billing, "printNotices"), Qt::LeftButton);
    const PdfText text = PdfText::read(pdf);
    EXPECT_EQ(text.pages().size(), units);
    const QString first = text.pages().value(0);
    EXPECT_EQ(first.count(u"Payment Notice"_s), 2) << "two copies on the page: " << first.toStdString();
    const qint64 firstUnit = host.db()
                                 .scalar(u"SELECT l.unit_id FROM bill_lines l JOIN units u ON u.id = l.unit_id "
                                         "WHERE u.building_id = ? ORDER BY u.code LIMIT 1"_s,
                                         {building->currentData()})
                                 .value()
                                 .toLongLong();
    const qint64 due = host.db()
                           .scalar(u"SELECT SUM(amount_fen) FROM bill_lines WHERE unit_id = ?"_s, {firstUnit})
                           .value()
                           .toLongLong();
    EXPECT_TRUE(first.contains(Money::capitals(due))) << first.toStdString();
    // The bill's number on both copies; the search hit on it opens the unit's account at the counter.
    auto notice = host.db().exec(
        u"SELECT id, notice_no FROM payment_notices WHERE unit_id = ? AND period = '2026-12'"_s, {firstUnit});
    ASSERT_TRUE(notice.ok());
    QSqlQuery& q = notice.value();
    ASSERT_TRUE(q.next()) << "the notice given out is numbered";
    const qint64 noticeId = q.value(0).toLongLong();
    const QString number = q.value(1).toString();
    q.finish();
    EXPECT_EQ(first.count(number), 2) << first.toStdString();
    page->collect()->showUnit(0);
    ASSERT_TRUE(page->showRecord(QString::fromLatin1(PaymentNoticeService::SearchKind), noticeId));
    EXPECT_EQ(page->tabs()->currentWidget(), page->collect());
    EXPECT_EQ(page->collect()->account()->unitId, firstUnit);
    page->tabs()->setCurrentWidget(billing);

    // One unit's notice, by its code.
    child<QLineEdit>(billing, "noticeUnit")->setText(u"no-such-unit"_s);
    QTest::mouseClick(child<QPushButton>(billing, "printNotices"), Qt::LeftButton);
    EXPECT_FALSE(billing->errors().message(u"noticeUnit"_s).isEmpty());
}

// R-FE-3: in the registry the unit's card tells the clerk that it owes and since when, without the
// amount; nothing shows before the due day has passed.
TEST_F(FeesPageTest, TheRegistrysUnitCardSaysTheUnitOwes)
{
    page->setSession(cashier);
    billDecember();
    UnitDetailWidget card(host.services().registry, host.clock());
    card.setFacts(&host.services().unitFacts);
    card.setSession(host.signedIn(Role::Clerk, u"sun.kz"_s));
    card.show();
    const qint64 unit = unitId(u"3-1-502"_s);
    card.showUnit(unit);
    EXPECT_FALSE(child<QLabel>(&card, "unitStandingLabel")->isVisible()) << "nothing is overdue yet";
    host.clock().set(QDateTime(QDate(2026, 12, 16), QTime(9, 0)));
    card.showUnit(unit);
    const QLabel* standing = child<QLabel>(&card, "unitStandingLabel");
    EXPECT_TRUE(standing->isVisible());
    EXPECT_TRUE(standing->text().contains(DateTimeText::date(QDate(2026, 12, 15)))) << standing->text().toStdString();
    EXPECT_FALSE(standing->text().contains(u"¥"_s)) << standing->text().toStdString();
}

// R-FE-2: at the end of her shift the cashier counts what she took: the form shows what the ledger
// says per method and the difference as she types; a shortfall needs its explanation; the count is
// kept and the handover sheet prints with it and the open dunning steps.
TEST_F(FeesPageTest, TheCashierClosesHerShiftWithACashCount)
{
    page->setSession(cashier);
    billDecember();
    const qint64 unit = unitId(u"3-1-502"_s);
    collect->showUnit(unit);
    const qint64 owed = collect->account()->owedFen;
    Ask::setNextFileName(QString()); // no receipt
    QTest::mouseClick(child<QPushButton>(collect, "takePayment"), Qt::LeftButton);
    ASSERT_EQ(count(u"payments"_s), 1);

    page->tabs()->setCurrentWidget(cashCount);
    ASSERT_TRUE(cashCount->expected().has_value());
    EXPECT_EQ(cashCount->expected()->expectedFen(), owed);
    EXPECT_EQ(labelText(cashCount, "cashExpected"), Money::text(owed));
    cashCount->setCounted(PaymentMethod::Cash, Money::plain(owed - 1000));
    EXPECT_EQ(labelText(cashCount, "cashDifference"), u"%1 short"_s.arg(Money::text(1000)));
    QTest::mouseClick(child<QPushButton>(cashCount, "closeCount"), Qt::LeftButton);
    EXPECT_FALSE(cashCount->errors().message(u"note"_s).isEmpty()) << "a shortfall is explained";
    EXPECT_EQ(count(u"cash_counts"_s), 0);

    child<QLineEdit>(cashCount, "note")->setText(u"找零多给 10 元，已报经理"_s);
    const QString pdf = dir.filePath(u"handover.pdf"_s);
    Ask::setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(cashCount, "closeCount"), Qt::LeftButton);
    ASSERT_EQ(count(u"cash_counts"_s), 1);
    EXPECT_EQ(cashCount->expected()->expectedFen(), 0) << "the next count starts after this one";
    const QString text = PdfText::read(pdf).all();
    EXPECT_TRUE(text.contains(Money::text(owed - 1000))) << text.toStdString();
    EXPECT_TRUE(text.contains(u"找零多给 10 元"_s)) << text.toStdString();
    EXPECT_TRUE(labelText(cashCount, "lastCounts").contains(cashier.user.displayName));
}

// R-FE-2: at the counter the unit's open bills are ticked and the amount follows them; a payment is
// taken with its method and reference and its receipt is written with the receipt number, the lines
// and the total in capital numerals.
TEST_F(FeesPageTest, APaymentAtTheCounterWritesItsReceipt)
{
    page->setSession(cashier);
    billDecember();
    const qint64 unit = unitId(u"3-1-502"_s);
    collect->showUnit(unit);
    ASSERT_TRUE(collect->account().has_value());
    ASSERT_EQ(collect->openLines()->rowCount(), 1);
    const qint64 owed = collect->account()->owedFen;
    EXPECT_EQ(child<QLineEdit>(collect, "amount")->text(), Money::plain(owed));

    // A third decimal is refused next to the amount, and nothing is written.
    collect->setAmount(u"1.234"_s);
    QTest::mouseClick(child<QPushButton>(collect, "takePayment"), Qt::LeftButton);
    EXPECT_FALSE(collect->errors().message(u"amount"_s).isEmpty());
    EXPECT_EQ(count(u"payments"_s), 0);
    // WeChat Pay without its reference: refused next to the reference.
    collect->setAmount(Money::plain(owed + 5000));
    EXPECT_TRUE(labelText(collect, "paymentOutcome").contains(Money::text(5000)))
        << labelText(collect, "paymentOutcome").toStdString();
    collect->setMethod(PaymentMethod::WeChat);
    QTest::mouseClick(child<QPushButton>(collect, "takePayment"), Qt::LeftButton);
    EXPECT_FALSE(collect->errors().message(u"reference"_s).isEmpty());
    EXPECT_EQ(count(u"payments"_s), 0);

    collect->setMethod(PaymentMethod::WeChat, u"4200002611"_s);
    const QString pdf = dir.filePath(u"receipt.pdf"_s);
    Ask::setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(collect, "takePayment"), Qt::LeftButton);
    ASSERT_EQ(count(u"payments"_s), 1);
    EXPECT_TRUE(collect->message().contains(u"SJ2026000001"_s)) << collect->message().toStdString();
    EXPECT_EQ(collect->openLines()->rowCount(), 0);
    EXPECT_EQ(collect->account()->prepaidFen, 5000);
    EXPECT_EQ(collect->paymentList()->rowCount(), 1);
    const QString text = PdfText::read(pdf).all();
    EXPECT_TRUE(text.contains(u"SJ2026000001"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"4200002611"_s));
    EXPECT_TRUE(text.contains(Money::capitals(owed + 5000))) << text.toStdString();
}

// R-FE-2 at two counters (issue 16): a unit paid at the other counter is shown paid here within the
// second when this counter left the form as filled; a form the cashier is working on stays, says the
// account changed, and its payment is refused rather than taken twice.
TEST_F(FeesPageTest, AnAccountPaidAtTheOtherCounterIsShownOrSaidAndNeverPaidTwice)
{
    QObject::connect(&host.services().changes, &ChangeFeed::changed, page.get(), &FeesPage::followChanges);
    page->setSession(cashier);
    billDecember();
    const Session other = host.signedIn(Role::Cashier, u"zhao.cn"_s);
    const auto payAtTheOtherCounter = [&](qint64 unit) {
        const UnitAccount a = host.services().payments.account(other, unit).value();
        PaymentRequest r{.unitId = unit, .amountFen = a.owedFen};
        for (const OpenLine& o : a.open)
            r.lineIds << o.line.id;
        ASSERT_TRUE(host.services().payments.pay(other, r).ok());
    };

    collect->showUnit(unitId(u"3-1-502"_s));
    ASSERT_EQ(collect->openLines()->rowCount(), 1);
    payAtTheOtherCounter(unitId(u"3-1-502"_s));
    EXPECT_TRUE(QTest::qWaitFor([&] { return collect->openLines()->rowCount() == 0; }, 1000))
        << "the payment at the other counter did not show within a second";
    EXPECT_TRUE(collect->message().contains(u"3-1-502"_s)) << collect->message().toStdString();

    collect->showUnit(unitId(u"3-1-501"_s));
    ASSERT_EQ(collect->openLines()->rowCount(), 1);
    collect->setAmount(u"500"_s); // the cashier is at work on it
    payAtTheOtherCounter(unitId(u"3-1-501"_s));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !collect->message().isEmpty(); }, 1000));
    EXPECT_EQ(child<QLineEdit>(collect, "amount")->text(), u"500"_s) << "what she typed stays";
    EXPECT_EQ(collect->openLines()->rowCount(), 1);
    const qint64 payments = count(u"payments"_s);
    QTest::mouseClick(child<QPushButton>(collect, "takePayment"), Qt::LeftButton);
    EXPECT_EQ(count(u"payments"_s), payments) << "the bill paid at the other counter is not paid twice";
}

// R-FE-5: a payment is taken back only with a reason and a manager's own sign-in; the bills are open
// again and the receipt reprints as void.
TEST_F(FeesPageTest, APaymentIsTakenBackWithAManagersSignIn)
{
    page->setSession(cashier);
    billDecember();
    const qint64 unit = unitId(u"3-1-502"_s);
    PaymentRequest r;
    r.unitId = unit;
    r.amountFen = host.services().payments.account(cashier, unit).value().owedFen;
    r.lineIds = {host.services().payments.account(cashier, unit).value().open.first().line.id};
    const Payment paid = host.services().payments.pay(cashier, r).value();

    ReversalDialog dialog(host.services().accounts, host.services().payments, cashier, paid);
    dialog.show();
    EXPECT_FALSE(dialog.submit());
    EXPECT_FALSE(dialog.errors().message(u"reason"_s).isEmpty());
    dialog.setReason(u"金额录错"_s);
    dialog.setManager(u"wang.jl"_s, u"wrong-password"_s);
    EXPECT_FALSE(dialog.submit());
    EXPECT_FALSE(dialog.errors().message(u"approver"_s).isEmpty());
    dialog.setManager(u"liu.cn"_s, QString::fromLatin1(TestHost::UserPassword));
    EXPECT_FALSE(dialog.submit()) << "a cashier cannot approve";
    EXPECT_FALSE(dialog.errors().message(u"approver"_s).isEmpty());
    EXPECT_EQ(count(u"payment_reversals"_s), 0);
    dialog.setManager(u"wang.jl"_s, QString::fromLatin1(TestHost::UserPassword));
    ASSERT_TRUE(dialog.submit());
    EXPECT_TRUE(dialog.result().reversed);

    collect->showUnit(unit);
    EXPECT_EQ(collect->openLines()->rowCount(), 1) << "the bill is open again";
    collect->selectPayment(0);
    EXPECT_FALSE(child<QPushButton>(collect, "reversePayment")->isEnabled()) << "taken back once only";
    // A search hit on the receipt opens the counter on its unit with the payment selected.
    collect->showUnit(0);
    ASSERT_TRUE(page->showRecord(QString::fromLatin1(PaymentService::SearchKind), paid.id));
    EXPECT_EQ(page->tabs()->currentWidget(), collect);
    EXPECT_EQ(collect->account()->unitId, unit);
    const QString pdf = dir.filePath(u"void.pdf"_s);
    Ask::setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(collect, "reprintReceipt"), Qt::LeftButton);
    const QString text = PdfText::read(pdf).all();
    EXPECT_TRUE(text.contains(u"VOID"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"金额录错"_s));
}

// R-FE-2: a supervisor sees a unit's account but may not take payments or bill: the controls are
// disabled with the reason, and the billing tab too.
TEST_F(FeesPageTest, ASupervisorSeesTheAccountButCannotCollectOrBill)
{
    page->setSession(cashier);
    billDecember();
    const Session supervisor = host.signedIn(Role::Supervisor, u"zhao.zg"_s);
    page->setSession(supervisor);
    collect->showUnit(unitId(u"3-1-502"_s));
    EXPECT_EQ(collect->openLines()->rowCount(), 1);
    auto* group = child<QWidget>(collect, "paymentGroup");
    EXPECT_FALSE(group->isEnabled());
    EXPECT_EQ(group->toolTip(), Roles::refusal(Role::Supervisor, Permission::CollectFees));
    EXPECT_FALSE(page->tabs()->isTabEnabled(page->tabs()->indexOf(billing)));
    EXPECT_EQ(page->tabs()->tabToolTip(page->tabs()->indexOf(billing)),
              Roles::refusal(Role::Supervisor, Permission::BillFees));
}

// R-FE-1, R-FE-5: the manager sets up an item and its rates in the program; a bad code or price is
// answered next to its field, and a rate that would start on or before the last one is refused.
TEST_F(FeesPageTest, TheManagerSetsUpAChargeItemAndItsRates)
{
    page->setSession(manager);
    page->tabs()->setCurrentWidget(items);
    ASSERT_EQ(items->items()->rowCount(), 1); // WY from the fixture
    const qint64 before = count(u"charge_items"_s);
    items->fillItem(u"垃圾 fee"_s, u"垃圾清运费"_s, ChargeBasis::Fixed, ChargePeriod::Monthly, 20);
    QTest::mouseClick(child<QPushButton>(items, "addItem"), Qt::LeftButton);
    EXPECT_FALSE(items->itemErrors().message(u"code"_s).isEmpty());
    EXPECT_EQ(count(u"charge_items"_s), before);

    items->fillItem(u"LJ"_s, u"垃圾清运费"_s, ChargeBasis::Fixed, ChargePeriod::Monthly, 20);
    QTest::mouseClick(child<QPushButton>(items, "addItem"), Qt::LeftButton);
    ASSERT_EQ(items->items()->rowCount(), 2);
    const qint64 lj = items->selectedItemId();
    ASSERT_NE(lj, 0) << "the new item is selected for its first rate";

    items->fillRate(u""_s, u"10.005"_s, QDate(2026, 12, 1));
    QTest::mouseClick(child<QPushButton>(items, "addRate"), Qt::LeftButton);
    EXPECT_FALSE(items->rateErrors().message(u"price"_s).isEmpty());
    EXPECT_EQ(count(u"charge_rates"_s), 1);
    items->fillRate(u""_s, u"10"_s, QDate(2026, 12, 1));
    QTest::mouseClick(child<QPushButton>(items, "addRate"), Qt::LeftButton);
    EXPECT_EQ(items->rates()->rowCount(), 1);
    EXPECT_EQ(items->rates()->item(0, 1)->text(), Money::text(1000));
    items->fillRate(u""_s, u"12"_s, QDate(2026, 11, 1));
    QTest::mouseClick(child<QPushButton>(items, "addRate"), Qt::LeftButton);
    EXPECT_FALSE(items->rateErrors().message(u"valid_from"_s).isEmpty()) << "rates never overlap";
    EXPECT_EQ(count(u"charge_rates"_s), 2);

    // The cashier sees the items but may not change them: the forms are disabled with the reason.
    page->setSession(cashier);
    EXPECT_TRUE(page->tabs()->isTabEnabled(page->tabs()->indexOf(items)));
    auto* group = child<QWidget>(items, "itemGroup");
    EXPECT_FALSE(group->isEnabled());
    EXPECT_EQ(group->toolTip(), Roles::refusal(Role::Cashier, Permission::EditChargeItems));
}

// R-FE-3: an unpaid unit through three written notices to the manager's legal referral, from the
// arrears tab: a contact recorded with why it is unpaid, each notice saved as its PDF.
TEST_F(FeesPageTest, AnUnpaidUnitGoesThroughThreeNoticesToLegalReferral)
{
    page->setSession(cashier);
    billDecember();
    const qint64 unit = unitId(u"3-1-502"_s);
    const auto at = [this](const QDate& day) { host.clock().set(QDateTime(day, QTime(9, 0))); };
    at(QDate(2026, 12, 16));
    page->tabs()->setCurrentWidget(arrears);
    arrears->refresh();
    ASSERT_FALSE(arrears->rows().isEmpty());
    arrears->selectUnit(unit);
    arrears->fillContact(ContactKind::Phone, {}, {});
    QTest::mouseClick(child<QPushButton>(arrears, "recordContact"), Qt::LeftButton);
    EXPECT_FALSE(arrears->errors().message(u"note"_s).isEmpty());
    arrears->fillContact(ContactKind::Phone, u"出差，月底交"_s, {});
    QTest::mouseClick(child<QPushButton>(arrears, "recordContact"), Qt::LeftButton);
    EXPECT_EQ(count(u"arrears_contacts"_s), 1);

    QStringList pdfs;
    for (const QDate& day : {QDate(2026, 12, 16), QDate(2026, 12, 31), QDate(2027, 1, 15)}) {
        at(day);
        arrears->refresh();
        arrears->selectUnit(unit);
        pdfs << dir.filePath(u"notice%1.pdf"_s.arg(pdfs.size() + 1));
        Ask::setNextFileName(pdfs.last());
        QTest::mouseClick(child<QPushButton>(arrears, "issueNotice"), Qt::LeftButton);
        EXPECT_TRUE(arrears->message().contains(pdfs.last())) << arrears->message().toStdString();
    }
    EXPECT_EQ(count(u"dunning_notices"_s), 3);
    EXPECT_FALSE(child<QPushButton>(arrears, "issueNotice")->isEnabled()) << "no fourth notice";
    const QString third = PdfText::read(pdfs.last()).all();
    EXPECT_TRUE(third.contains(u"CK2027000001"_s)) << "numbered by the year it went: " << third.toStdString();
    EXPECT_TRUE(third.contains(u"legal"_s)) << third.toStdString();
    EXPECT_TRUE(arrears->history().contains(u"出差，月底交"_s));

    // The cashier may not refer; the manager may once the third deadline (the 25th) has passed.
    EXPECT_FALSE(child<QPushButton>(arrears, "referLegal")->isEnabled());
    at(QDate(2027, 1, 26));
    page->setSession(manager);
    arrears->selectUnit(unit);
    ASSERT_TRUE(child<QPushButton>(arrears, "referLegal")->isEnabled());
    Ask::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(arrears, "referLegal"), Qt::LeftButton);
    EXPECT_EQ(count(u"legal_referrals"_s), 1);
    arrears->selectUnit(unit);
    EXPECT_FALSE(child<QPushButton>(arrears, "referLegal")->isEnabled()) << "referred once";
}

// R-FE-1: the monthly summary shows the same numbers in the window, the PDF and the workbook.
TEST_F(FeesPageTest, TheMonthlySummaryIsTheSameInTheWindowThePdfAndTheWorkbook)
{
    page->setSession(cashier);
    billDecember();
    page->tabs()->setCurrentWidget(summary);
    summary->setPeriod(u"2026-12"_s);
    QTest::mouseClick(child<QPushButton>(summary, "showSummary"), Qt::LeftButton);
    ASSERT_TRUE(summary->summary().has_value());
    const FeeSummary& s = *summary->summary();
    ASSERT_FALSE(s.rows.isEmpty());
    const int totalRow = summary->model()->rowCount() - 1;
    EXPECT_EQ(totalRow, s.rows.size());
    EXPECT_EQ(summary->model()->item(totalRow, 2)->text(), Money::text(s.total.billedFen));
    EXPECT_EQ(summary->model()->item(totalRow, 4)->text(), Money::text(s.total.outstandingFen()));

    const QString pdf = dir.filePath(u"summary.pdf"_s);
    Ask::setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(summary, "summaryPdf"), Qt::LeftButton);
    const QString text = PdfText::read(pdf).all();
    EXPECT_TRUE(text.contains(Money::text(s.total.billedFen))) << text.toStdString();

    const QString xlsx = dir.filePath(u"summary.xlsx"_s);
    Ask::setNextFileName(xlsx);
    QTest::mouseClick(child<QPushButton>(summary, "summaryXlsx"), Qt::LeftButton);
    ASSERT_TRUE(QFile::exists(xlsx));
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        GTEST_SKIP() << "unzip is not installed: only the file was checked";
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, xlsx, u"xl/worksheets/sheet1.xml"_s});
    unzip.waitForFinished(10'000);
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    EXPECT_TRUE(sheet.contains(u"<v>%1</v>"_s.arg(Money::plain(s.total.billedFen)))) << sheet.left(600).toStdString();
}

// The cashier comes to the page to take a payment: the cursor is in the counter's unit field.
TEST_F(FeesPageTest, OpeningThePageOnTheCounterPutsTheCursorInTheUnitField)
{
    page->setSession(cashier);
    QApplication::setActiveWindow(page.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    page->focusCounter();
    EXPECT_TRUE(collect->unitPicker()->edit()->hasFocus());
    page->tabs()->setCurrentWidget(billing);
    child<QLineEdit>(billing, "period")->setFocus();
    page->focusCounter();
    EXPECT_FALSE(collect->unitPicker()->edit()->hasFocus()) << "another tab keeps its own field";
}

} // namespace
} // namespace fd::test

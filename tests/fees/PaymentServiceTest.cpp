#include "FeeFixture.h"

#include "core/Money.h"
#include "engine/search/SearchService.h"
#include "modules/fees/FeeLedger.h"
#include "modules/fees/PaymentService.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// December is billed: 1-1-101 (89.37 ㎡, a home) owes ¥210.02 management (due the 15th) and ¥10.00
// garbage (due the 20th).
class PaymentServiceTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        setUpCharges();
        run(u"2026-12"_s);
        home = unitId(u"1-1-101"_s);
    }

    PaymentService& payments() { return host.services().payments; }

    UnitAccount account(qint64 unit)
    {
        auto a = payments().account(cashier, unit);
        EXPECT_TRUE(a.ok()) << (a.ok() ? std::string() : a.error().message.toStdString());
        return a.ok() ? a.value() : UnitAccount{};
    }

    QList<qint64> openIds(qint64 unit)
    {
        QList<qint64> ids;
        for (const OpenLine& o : account(unit).open)
            ids << o.line.id;
        return ids;
    }

    Payment pay(qint64 unit, const QList<qint64>& lines, qint64 fen, PaymentMethod method = PaymentMethod::Cash,
                const QString& reference = {})
    {
        PaymentRequest r;
        r.unitId = unit;
        r.lineIds = lines;
        r.amountFen = fen;
        r.method = method;
        r.reference = reference;
        r.payer = u"张三"_s;
        auto paid = payments().pay(cashier, r);
        EXPECT_TRUE(paid.ok()) << (paid.ok() ? std::string() : paid.error().message.toStdString());
        return paid.ok() ? paid.value() : Payment{};
    }

    QStringList ledgerProblems()
    {
        auto problems = FeeLedger(host.db()).check();
        EXPECT_TRUE(problems.ok());
        return problems.ok() ? problems.value() : QStringList{u"unreadable"_s};
    }

    qint64 rows()
    {
        return scalar(u"SELECT COUNT(*) FROM payments"_s) + scalar(u"SELECT COUNT(*) FROM payment_allocations"_s);
    }
    qint64 audited() { return scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'payment'"_s); }

    qint64 home = 0;
};

// R-FE-2: a payment settles the picked lines and is recorded with its time, method, reference, who
// took it and a numbered receipt; the next one gets the next number.
TEST_P(PaymentServiceTest, APaymentSettlesThePickedLinesAndNumbersItsReceipt)
{
    const UnitAccount before = account(home);
    ASSERT_EQ(before.open.size(), 2);
    EXPECT_EQ(before.owedFen, 21002 + 1000);
    EXPECT_EQ(before.oldestDue, QDate(2026, 12, 15));
    EXPECT_EQ(before.owner, u"张三"_s);

    host.clock().set(QDateTime(QDate(2026, 12, 3), QTime(10, 30)));
    const Payment p = pay(home, openIds(home), 22002, PaymentMethod::WeChat, u" 4200002611 "_s);
    EXPECT_EQ(p.receiptNo, u"SJ2026000001"_s);
    EXPECT_EQ(p.method, PaymentMethod::WeChat);
    EXPECT_EQ(p.reference, u"4200002611"_s);
    EXPECT_EQ(p.takenBy, cashier.user.displayName);
    EXPECT_EQ(p.takenMs, QDateTime(QDate(2026, 12, 3), QTime(10, 30)).toMSecsSinceEpoch());
    EXPECT_EQ(p.creditFen, 0);
    ASSERT_EQ(p.parts.size(), 2);
    EXPECT_EQ(p.parts.at(0).itemName, u"物业管理费"_s); // due first
    EXPECT_EQ(p.parts.at(0).amountFen, 21002);
    EXPECT_EQ(p.parts.at(1).amountFen, 1000);
    EXPECT_EQ(audited(), 1);

    const UnitAccount after = account(home);
    EXPECT_TRUE(after.open.isEmpty());
    EXPECT_EQ(after.owedFen, 0);
    EXPECT_FALSE(after.oldestDue.isValid());
    EXPECT_EQ(pay(unitId(u"1-1-102"_s), {}, 5000).receiptNo, u"SJ2026000002"_s);
    EXPECT_TRUE(ledgerProblems().isEmpty()) << ledgerProblems().join(u"; "_s).toStdString();
}

// R-FE-2: a part payment settles the oldest line first as far as it goes; the rest stays open.
TEST_P(PaymentServiceTest, APartPaymentLeavesTheRestOpen)
{
    const Payment p = pay(home, openIds(home), 15000);
    ASSERT_EQ(p.parts.size(), 1);
    EXPECT_EQ(p.parts.first().amountFen, 15000);
    const UnitAccount a = account(home);
    ASSERT_EQ(a.open.size(), 2);
    EXPECT_EQ(a.open.first().paidFen, 15000);
    EXPECT_EQ(a.open.first().outstandingFen(), 6002);
    EXPECT_EQ(a.owedFen, 6002 + 1000);
    EXPECT_EQ(a.prepaidFen, 0);
}

// R-FE-2: an overpayment stays as the unit's prepaid balance and settles its next bills when they are
// confirmed, as far as it goes.
TEST_P(PaymentServiceTest, AnOverpaymentIsPrepaidAndSettlesTheNextBills)
{
    const Payment p = pay(home, openIds(home), 50000);
    EXPECT_EQ(p.creditFen, 50000 - 22002);
    EXPECT_EQ(account(home).prepaidFen, 27998);

    run(u"2027-01"_s);
    UnitAccount jan = account(home);
    EXPECT_TRUE(jan.open.isEmpty()) << "January is settled from the prepaid balance";
    EXPECT_EQ(jan.prepaidFen, 27998 - 22002);

    run(u"2027-02"_s);
    UnitAccount feb = account(home);
    EXPECT_EQ(feb.prepaidFen, 0);
    EXPECT_EQ(feb.owedFen, 22002 - 5996);
    ASSERT_EQ(feb.open.size(), 2);
    EXPECT_EQ(feb.open.first().paidFen, 5996);
    EXPECT_EQ(account(unitId(u"1-1-102"_s)).owedFen, 3 * (28200 + 1000)) << "other units are not touched";
    EXPECT_TRUE(ledgerProblems().isEmpty()) << ledgerProblems().join(u"; "_s).toStdString();
}

// R-FE-2: bad input is answered naming the field, and nothing is written.
TEST_P(PaymentServiceTest, BadPaymentsAreRefusedNamingTheFieldAndWriteNothing)
{
    const qint64 rowsBefore = rows();
    PaymentRequest r;
    r.unitId = home;
    r.lineIds = openIds(home);
    for (qint64 fen : {qint64(0), qint64(-100)}) {
        r.amountFen = fen;
        auto refused = payments().pay(cashier, r);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().field, u"amount"_s);
    }
    r.amountFen = 1000;
    r.method = PaymentMethod::Alipay;
    r.reference = u"  "_s;
    auto noReference = payments().pay(cashier, r);
    ASSERT_FALSE(noReference.ok());
    EXPECT_EQ(noReference.error().field, u"reference"_s);

    r.method = PaymentMethod::Cash;
    r.lineIds = {scalar(u"SELECT MIN(id) FROM bill_lines WHERE unit_id = ?"_s, {unitId(u"1-1-102"_s)})};
    auto notItsLine = payments().pay(cashier, r);
    ASSERT_FALSE(notItsLine.ok());
    EXPECT_EQ(notItsLine.error().field, u"lines"_s);

    r.unitId = 999999;
    r.lineIds = {};
    auto noUnit = payments().pay(cashier, r);
    ASSERT_FALSE(noUnit.ok());
    EXPECT_EQ(noUnit.error().field, u"unit"_s);
    EXPECT_EQ(rows(), rowsBefore);
    EXPECT_EQ(audited(), 0);

    // A settled bill cannot be paid again.
    const QList<qint64> lines = openIds(home);
    pay(home, lines, 22002);
    const qint64 rowsPaid = rows();
    r.unitId = home;
    r.lineIds = lines;
    r.amountFen = 22002;
    auto again = payments().pay(cashier, r);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().field, u"lines"_s);
    EXPECT_EQ(rows(), rowsPaid);
}

// R-FE-5: a payment, its parts and a reversal are never changed or deleted, whatever writes to the file.
TEST_P(PaymentServiceTest, APaymentIsNeverChangedOrDeleted)
{
    const Payment p = pay(home, openIds(home), 22002);
    EXPECT_FALSE(host.db().exec(u"UPDATE payments SET amount_fen = 1 WHERE id = ?"_s, {p.id}).ok());
    EXPECT_FALSE(host.db().exec(u"DELETE FROM payments WHERE id = ?"_s, {p.id}).ok());
    EXPECT_FALSE(host.db().exec(u"UPDATE payment_allocations SET amount_fen = 1"_s).ok());
    EXPECT_FALSE(host.db().exec(u"DELETE FROM payment_allocations"_s).ok());
    EXPECT_EQ(payments().payment(cashier, p.id).value().amountFen, 22002);
}

// R-FE-5: a mistake is a reversal with a reason and a manager's approval; the lines are open again
// and the receipt is marked taken back. It happens once.
TEST_P(PaymentServiceTest, AReversalNeedsAReasonAndAManagerAndReopensTheLines)
{
    const Payment p = pay(home, openIds(home), 22002);
    auto noReason = payments().reverse(cashier, manager, p.id, u"  "_s);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, u"reason"_s);
    auto notAManager = payments().reverse(cashier, cashier, p.id, u"金额录错"_s);
    ASSERT_FALSE(notAManager.ok());
    EXPECT_EQ(notAManager.error().field, u"approver"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payment_reversals"_s), 0);

    auto reversed = payments().reverse(cashier, manager, p.id, u"金额录错"_s);
    ASSERT_TRUE(reversed.ok()) << reversed.error().message.toStdString();
    EXPECT_TRUE(reversed.value().reversed);
    EXPECT_EQ(reversed.value().reversalReason, u"金额录错"_s);
    EXPECT_EQ(reversed.value().reversalApprovedBy, manager.user.displayName);
    EXPECT_EQ(account(home).owedFen, 22002);
    EXPECT_EQ(audited(), 2);

    auto twice = payments().reverse(cashier, manager, p.id, u"再次"_s);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, u"payment"_s);
    EXPECT_TRUE(ledgerProblems().isEmpty()) << ledgerProblems().join(u"; "_s).toStdString();
}

// R-FE-5: a payment whose prepaid part has settled later bills cannot be taken back, or the prepaid
// balance would fall below zero.
TEST_P(PaymentServiceTest, APaymentWhosePrepaidPartIsSpentCannotBeTakenBack)
{
    const Payment p = pay(home, openIds(home), 30000);
    run(u"2027-01"_s);
    auto refused = payments().reverse(cashier, manager, p.id, u"退款"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"payment"_s);
    EXPECT_EQ(account(home).prepaidFen, 30000 - 22002 - 7998);
    EXPECT_TRUE(ledgerProblems().isEmpty());
}

// R-FE-5: the ledger's check finds sums that do not add up (rows written past the program), and the
// database itself refuses to settle a line with more than it still owes.
TEST_P(PaymentServiceTest, TheLedgerCheckFindsASumThatDoesNotAddUp)
{
    const Payment p = pay(home, openIds(home), 15000); // ¥60.02 of the management fee left
    EXPECT_TRUE(ledgerProblems().isEmpty());
    const qint64 line = p.parts.first().lineId;
    const auto settle = [&](qint64 fen) {
        return host.db()
            .exec(u"INSERT INTO payment_allocations (payment_id, line_id, unit_id, amount_fen, from_credit, "
                  "created_ms) VALUES (?, ?, ?, ?, FALSE, 0)"_s,
                  {p.id, line, home, fen})
            .ok();
    };
    EXPECT_FALSE(settle(7000)) << "more than the line still owes";
    ASSERT_TRUE(settle(500));
    ASSERT_TRUE(host.db().exec(u"UPDATE bill_line_open SET open_fen = 0 WHERE line_id = ?"_s, {line}).ok());
    const QStringList problems = ledgerProblems();
    ASSERT_EQ(problems.size(), 2) << problems.join(u"; "_s).toStdString();
    EXPECT_TRUE(problems.at(0).contains(Money::text(5502))) << problems.at(0).toStdString();
    EXPECT_TRUE(problems.at(1).contains(p.receiptNo)) << problems.at(1).toStdString();
    EXPECT_TRUE(problems.at(1).contains(Money::text(15500))) << problems.at(1).toStdString();
}

// R-FE-2: a receipt is found by its number as printed, in any case and with spaces.
TEST_P(PaymentServiceTest, AReceiptIsFoundByItsNumber)
{
    const Payment p = pay(home, openIds(home), 22002);
    auto found = payments().byReceipt(cashier, u"sj 2026 000001"_s);
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    EXPECT_EQ(found.value().id, p.id);
    EXPECT_EQ(found.value().parts.size(), 2);
    EXPECT_FALSE(payments().byReceipt(cashier, u"SJ2026000099"_s).ok());
    ASSERT_EQ(payments().payments(cashier, home).value().size(), 1);
}

// R-FE-2: the global search finds a receipt by its number and says which unit; the hit shows no amount.
TEST_P(PaymentServiceTest, TheSearchFindsAReceiptByItsNumber)
{
    const Payment p = pay(home, openIds(home), 22002);
    auto hits = host.services().search.find(cashier, p.receiptNo);
    ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
    ASSERT_FALSE(hits.value().isEmpty());
    const SearchHit& hit = hits.value().first();
    EXPECT_EQ(hit.kind, QString::fromLatin1(PaymentService::SearchKind));
    EXPECT_EQ(hit.refId, p.id);
    EXPECT_EQ(hit.unitId, home);
    EXPECT_TRUE(hit.detail.contains(u"1-1-101"_s));
    EXPECT_FALSE(hit.detail.contains(u"220"_s)) << hit.detail.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, PaymentServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test

// The cashier's cash count (R-FE-2): what the ledger says each cashier took per method since their
// own last count, against what they counted, every difference explained and kept.
#include "FeeFixture.h"

#include "modules/fees/CashCountService.h"
#include "modules/fees/PaymentService.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class CashCountServiceTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        setUpCharges();
        run(u"2026-12"_s);
    }

    CashCountService& counts() { return host.services().cashCounts; }

    Payment pay(const Session& who, qint64 fen, PaymentMethod method)
    {
        PaymentRequest r;
        r.unitId = unitId(u"1-1-101"_s);
        r.amountFen = fen;
        r.method = method;
        r.reference = method == PaymentMethod::Cash ? QString() : u"4200001111"_s;
        auto paid = host.services().payments.pay(who, r);
        EXPECT_TRUE(paid.ok()) << (paid.ok() ? std::string() : paid.error().message.toStdString());
        host.clock().advanceMinutes(5);
        return paid.ok() ? paid.value() : Payment{};
    }

    static qint64 expectedOf(const CashCount& c, PaymentMethod m)
    {
        for (const CashCountLine& l : c.lines)
            if (l.method == m)
                return l.expectedFen;
        return -1;
    }

    qint64 rows()
    {
        return scalar(u"SELECT COUNT(*) FROM cash_counts"_s) + scalar(u"SELECT COUNT(*) FROM cash_count_lines"_s);
    }
};

// R-FE-2: the expected takings are the cashier's own payments since their last count, per method,
// those taken back left out; a closed count starts the next one.
TEST_P(CashCountServiceTest, TheLedgerSaysWhatEachCashierTookSinceTheirLastCount)
{
    const Session other = host.signedIn(Role::Cashier, u"zhao.cn"_s);
    pay(cashier, 10000, PaymentMethod::Cash);
    pay(cashier, 2550, PaymentMethod::WeChat);
    const Payment wrong = pay(cashier, 777, PaymentMethod::Cash);
    pay(other, 5000, PaymentMethod::Cash);
    ASSERT_TRUE(host.services().payments.reverse(cashier, manager, wrong.id, u"收错户"_s).ok());

    const CashCount mine = counts().expected(cashier).value();
    EXPECT_EQ(expectedOf(mine, PaymentMethod::Cash), 10000);
    EXPECT_EQ(expectedOf(mine, PaymentMethod::WeChat), 2550);
    EXPECT_EQ(expectedOf(mine, PaymentMethod::Card), 0);
    EXPECT_EQ(mine.payments, 2);
    EXPECT_EQ(counts().expected(other).value().expectedFen(), 5000);

    auto closed = counts().close(cashier, {{PaymentMethod::Cash, u"100"_s}, {PaymentMethod::WeChat, u"25.50"_s}}, {});
    ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
    EXPECT_EQ(closed.value().countedFen(), 12550);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'cash_count'"_s), 1);
    EXPECT_EQ(counts().expected(cashier).value().expectedFen(), 0) << "counted: the next count starts empty";
    pay(cashier, 300, PaymentMethod::Cash);
    EXPECT_EQ(counts().expected(cashier).value().expectedFen(), 300);
    const QList<CashCount> kept = counts().counts(manager).value();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().cashier, cashier.user.displayName);
    EXPECT_EQ(kept.first().countedFen(), 12550);
    EXPECT_EQ(kept.first().expectedFen(), 12550);
}

// R-FE-2: a difference is kept with its explanation; without one, a method with takings left
// uncounted, or an amount that is not one, nothing is written and the field is named.
TEST_P(CashCountServiceTest, ADifferenceIsExplainedAndBadCountsWriteNothing)
{
    pay(cashier, 10000, PaymentMethod::Cash);
    pay(cashier, 2000, PaymentMethod::Card);
    const auto refused = [this](const QMap<PaymentMethod, QString>& counted, const QString& note,
                                const QString& field) {
        auto r = counts().close(cashier, counted, note);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, field) << r.error().message.toStdString();
        EXPECT_EQ(rows(), 0);
    };
    refused({{PaymentMethod::Cash, u"100"_s}}, {}, u"counted.card"_s);
    refused({{PaymentMethod::Cash, u"99.999"_s}, {PaymentMethod::Card, u"20"_s}}, {}, u"counted.cash"_s);
    refused({{PaymentMethod::Cash, u"-1"_s}, {PaymentMethod::Card, u"20"_s}}, {}, u"counted.cash"_s);
    refused({{PaymentMethod::Cash, u"90"_s}, {PaymentMethod::Card, u"20"_s}}, u"  "_s, u"note"_s);

    auto kept = counts().close(cashier, {{PaymentMethod::Cash, u"90"_s}, {PaymentMethod::Card, u"20"_s}},
                               u"短款 10 元，已报经理"_s);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_EQ(kept.value().lines.first().differenceFen(), -1000);
    EXPECT_EQ(scalar(u"SELECT counted_fen - expected_fen FROM cash_count_lines WHERE method = 'cash'"_s), -1000);
    EXPECT_FALSE(host.db().exec(u"UPDATE cash_count_lines SET counted_fen = 10000"_s).ok()) << "never changed";
    EXPECT_FALSE(host.db().exec(u"DELETE FROM cash_counts"_s).ok()) << "never deleted";
}

// R-FE-2: a cashier's first count takes in the day's payments, not all they ever took.
TEST_P(CashCountServiceTest, TheFirstCountTakesInTheDaysPayments)
{
    pay(cashier, 10000, PaymentMethod::Cash); // 16 November
    host.clock().set(QDateTime(QDate(2026, 11, 17), QTime(9, 0)));
    pay(cashier, 2500, PaymentMethod::Cash);
    const CashCount first = counts().expected(cashier).value();
    EXPECT_EQ(first.expectedFen(), 2500);
    EXPECT_EQ(first.payments, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, CashCountServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test

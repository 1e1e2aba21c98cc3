#include "FeeFixture.h"

#include "modules/fees/FeeSummaryService.h"
#include "modules/fees/PaymentService.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// December billed; in December 1-1-101 pays in full (cash), 1-1-102 pays ¥100.00 of its management
// fee (WeChat Pay), 1-1-103 pays and the payment is taken back.
class FeeSummaryServiceTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        setUpCharges();
        run(u"2026-12"_s);
        host.clock().set(QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
        pay(u"1-1-101"_s, -1, PaymentMethod::Cash);
        pay(u"1-1-102"_s, 10000, PaymentMethod::WeChat);
        const qint64 taken = pay(u"1-1-103"_s, -1, PaymentMethod::Cash);
        ASSERT_TRUE(host.services().payments.reverse(cashier, manager, taken, u"收错户"_s).ok());
    }

    // Pays the unit's open lines (fen < 0: all of it); the payment's id.
    qint64 pay(const QString& unit, qint64 fen, PaymentMethod method)
    {
        const UnitAccount a = host.services().payments.account(cashier, unitId(unit)).value();
        PaymentRequest r;
        r.unitId = a.unitId;
        r.amountFen = fen < 0 ? a.owedFen : fen;
        r.method = method;
        r.reference = method == PaymentMethod::Cash ? QString() : u"4200002612"_s;
        for (const OpenLine& o : a.open)
            r.lineIds << o.line.id;
        auto paid = host.services().payments.pay(cashier, r);
        EXPECT_TRUE(paid.ok());
        return paid.ok() ? paid.value().id : 0;
    }

    FeeSummaryService summaries{host.db()};
};

// R-FE-1: the monthly summary gives billed, collected and outstanding per building and item; a reversed
// payment does not count; every total is the sum of its rows; the money taken in the month by method.
TEST_P(FeeSummaryServiceTest, BilledCollectedAndOutstandingPerBuildingAndItem)
{
    auto s = summaries.monthly(cashier, u"2026-12"_s);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    QStringList got;
    for (const FeeSummaryRow& r : s.value().rows)
        got << u"%1 %2 %3/%4"_s.arg(r.building, r.itemName).arg(r.billedFen).arg(r.collectedFen);
    const QStringList expected{u"1 垃圾清运费 3000/1000"_s, u"1 物业管理费 71952/31002"_s, u"2 垃圾清运费 1000/0"_s};
    EXPECT_EQ(got, expected) << got.join(u" | "_s).toStdString();
    EXPECT_EQ(s.value().total.billedFen, 3000 + 71952 + 1000);
    EXPECT_EQ(s.value().total.collectedFen, 1000 + 31002);
    EXPECT_EQ(s.value().total.outstandingFen(), 75952 - 32002);
    ASSERT_EQ(s.value().takenByMethod.size(), 2);
    EXPECT_EQ(s.value().takenByMethod.at(0), std::make_pair(PaymentMethod::Cash, qint64(22002)));
    EXPECT_EQ(s.value().takenByMethod.at(1), std::make_pair(PaymentMethod::WeChat, qint64(10000)));
    EXPECT_EQ(s.value().takenFen, 32002);

    auto november = summaries.monthly(cashier, u"2026-11"_s);
    ASSERT_TRUE(november.ok());
    EXPECT_TRUE(november.value().rows.isEmpty());
    EXPECT_EQ(november.value().takenFen, 0);
    auto bad = summaries.monthly(cashier, u"12/2026"_s);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, u"period"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, FeeSummaryServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test

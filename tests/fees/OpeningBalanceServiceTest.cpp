// Opening balances from the site's old system: a CSV of unit, item, month and amount owed, Chinese or
// English headers, UTF-8 or GB18030, imported all or nothing with every bad row named; what it owes is
// on the arrears list at once (R-FE-3), and nothing already billed is billed again (R-FE-5).
#include "FeeFixture.h"

#include "modules/fees/OpeningBalanceService.h"

#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class OpeningBalanceServiceTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        setUpCharges();
    }

    OpeningBalanceReport import(const QString& csv, bool preview = false, const Session* who = nullptr)
    {
        return host.services().openingBalances.importCsv(who ? *who : cashier, csv.toUtf8(), preview);
    }

    qint64 written()
    {
        return scalar(u"SELECT COUNT(*) FROM bill_lines"_s) + scalar(u"SELECT COUNT(*) FROM billing_runs"_s) +
               scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    }

    static QString problems(const OpeningBalanceReport& r)
    {
        QStringList out;
        for (const ImportProblem& p : r.problems)
            out << u"row %1 [%2] %3"_s.arg(p.sheetRow()).arg(p.column, p.message);
        return out.join(u'\n');
    }
};

// R-FE-3: a previewed file writes nothing; imported, each row is a line owed at its own amount, due on
// the item's day of its month, one run per month, and the units are on the arrears list at once.
TEST_P(OpeningBalanceServiceTest, AGoodFileIsOwedAtOnceOneRunPerMonth)
{
    const QString csv = u"房号,收费项目,所属期间,欠费金额（元）,备注\n"
                        "1-1-101,WY,2026-09,210.03,旧系统结转\n"
                        "1-1-102,物业管理费,2026年10月,282.00,\n"
                        "11103,lj,2026/10,10,\n"_s;
    const qint64 before = written();
    const OpeningBalanceReport preview = import(csv, true);
    ASSERT_TRUE(preview.accepted) << problems(preview).toStdString();
    EXPECT_EQ(preview.lines, 3);
    EXPECT_EQ(preview.units, 3);
    EXPECT_EQ(preview.months, 2);
    EXPECT_EQ(preview.totalFen, 21003 + 28200 + 1000);
    EXPECT_EQ(written(), before) << "a preview writes nothing";

    const OpeningBalanceReport done = import(csv);
    ASSERT_TRUE(done.accepted) << problems(done).toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM billing_runs"_s), 2);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bill_lines WHERE rate_id IS NULL AND quantity = 1 AND price_fen = "
                     "amount_fen"_s),
              3);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bill_lines WHERE due_day = '2026-09-15' AND note = '旧系统结转' AND "
                     "amount_fen = 21003"_s),
              1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bill_lines l JOIN units u ON u.id = l.unit_id WHERE u.code = '1-1-103' "
                     "AND l.item_id = ? AND l.due_day = '2026-10-20'"_s,
                     {lj.id}),
              1);
    auto arrears = host.services().arrears.arrears(cashier);
    ASSERT_TRUE(arrears.ok());
    QStringList owing;
    for (const ArrearsRow& r : arrears.value())
        owing << r.unitCode;
    EXPECT_TRUE(owing.contains(u"1-1-101"_s) && owing.contains(u"1-1-102"_s) && owing.contains(u"1-1-103"_s))
        << owing.join(u' ').toStdString();
    // R-FE-1: the month's run does not bill a month the opening balance owes again.
    EXPECT_EQ(billing().preview(cashier, u"2026-10"_s).value().lines.size(), 7 - 2);
}

// The old system's export in GB18030 with English headers imports the same way.
TEST_P(OpeningBalanceServiceTest, AGbkFileWithEnglishHeadersImports)
{
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(u"Unit,Item,Period,Amount\n1-1-101,物业管理费,2026-10,100.5\n"_s);
    const OpeningBalanceReport r = host.services().openingBalances.importCsv(cashier, bytes, false);
    ASSERT_TRUE(r.accepted) << problems(r).toStdString();
    EXPECT_EQ(r.encoding, u"GB18030"_s);
    EXPECT_EQ(scalar(u"SELECT amount_fen FROM bill_lines WHERE item_id = ?"_s, {wy.id}), 10050);
}

// R-FE-5: one bad row and nothing is written; every bad row is named with its column and why.
TEST_P(OpeningBalanceServiceTest, OneBadRowWritesNothingAndEveryBadRowIsNamed)
{
    run(u"2026-11"_s);
    const qint64 before = written();
    const OpeningBalanceReport r = import(u"unit,item,period,amount\n"
                                          "1-1-101,WY,2026-09,210.03\n" // good
                                          "9-9-999,WY,2026-09,100\n"    // row 3: no such unit
                                          "1-1-102,XX,2026-09,100\n"    // row 4: no such item
                                          "1-1-102,WY,2026-13,100\n"    // row 5: no such month
                                          "1-1-102,WY,2027-01,100\n"    // row 6: not begun
                                          "1-1-102,WY,2026-09,0\n"      // row 7: zero
                                          "1-1-103,WY,2026-09,1.005\n"  // row 8: three decimals
                                          "1-1-101,WY,2026-09,5\n"      // row 9: twice in the file
                                          "1-1-101,WY,2026-11,5\n"      // row 10: billed already
                                          "1-1-102,WY,2026-09\n"_s);    // row 11: a cell missing
    EXPECT_FALSE(r.accepted);
    QList<int> rows;
    for (const ImportProblem& p : r.problems)
        rows << p.sheetRow();
    EXPECT_EQ(rows, (QList<int>{3, 4, 5, 6, 7, 8, 9, 10, 11})) << problems(r).toStdString();
    EXPECT_EQ(r.problems.at(0).column, u"unit"_s);
    EXPECT_TRUE(r.problems.at(0).message.contains(u"9-9-999"_s));
    EXPECT_EQ(r.problems.at(5).column, u"amount"_s);
    EXPECT_TRUE(r.problems.at(7).message.contains(u"2026-11"_s)) << r.problems.at(7).message.toStdString();
    EXPECT_EQ(written(), before);

    const Session clerk = host.signedIn(Role::Clerk, u"li.na"_s);
    const qint64 now = written();
    const OpeningBalanceReport refused = import(u"unit,item,period,amount\n1-1-101,WY,2026-09,1\n"_s, false, &clerk);
    ASSERT_TRUE(refused.refusal.has_value());
    EXPECT_EQ(refused.refusal->code, u"perm.denied"_s);
    EXPECT_EQ(written(), now);
}

INSTANTIATE_TEST_SUITE_P(Backends, OpeningBalanceServiceTest, ::testing::ValuesIn(TestDatabase::backends()),
                         BackendName());

} // namespace
} // namespace fd::test

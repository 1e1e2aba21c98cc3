// The weekly report's fee collection table (issue 13): what the cashiers billed, took and took back
// in the week, the dunning of it and who is in arrears, the same numbers on the page, in the PDF
// and in the workbook.
#include "ReportFixture.h"

#include "core/Money.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/PaymentService.h"
#include "modules/registry/RegistryService.h"
#include "modules/reports/ReportSections.h"
#include "modules/reports/ReportXlsx.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// Two homes: 1-1-101 (89.37 ㎡) and 1-1-102 (120 ㎡); the management fee at ¥2.35/㎡ due the 15th and
// garbage at ¥10.00 due the 20th. November was billed before the week (on Friday the 20th), December
// in it (Monday the 23rd).
class ReportCollection_ : public ReportFixture
{
protected:
    void SetUp() override
    {
        ReportFixture::SetUp();
        const QByteArray csv =
            u"楼栋,单元,房号,类型,面积,业主,电话\n1,1,101,住宅,89.37,张三,13800001111\n1,1,102,住宅,120,李四,13800002222\n"_s
                .toUtf8();
        ASSERT_TRUE(host.services().registry.importUnitsCsv(host.admin(), csv).accepted);
        manager = host.signedIn(Role::Manager, u"wang.jl"_s);
        cashier = host.signedIn(Role::Cashier, u"liu.cn"_s);
        ChargeService& charges = host.services().charges;
        const auto add = [&](const QString& code, const QString& name, ChargeBasis basis, int due, qint64 price,
                             const QString& type) {
            ChargeItem i;
            i.code = code;
            i.name = name;
            i.basis = basis;
            i.dueDay = due;
            auto item = charges.addItem(manager, i);
            ASSERT_TRUE(item.ok());
            ChargeRate r;
            r.itemId = item.value().id;
            r.priceFen = price;
            r.unitType = type;
            r.validFrom = QDate(2026, 1, 1);
            ASSERT_TRUE(charges.addRate(manager, r).ok());
        };
        add(u"WY"_s, u"物业管理费"_s, ChargeBasis::Area, 15, 235, u"residential"_s);
        add(u"LJ"_s, u"垃圾清运费"_s, ChargeBasis::Fixed, 20, 1000, {});
        run(u"2026-11"_s); // Friday the 20th, before the week
        home = unitId(u"1-1-101"_s);
        other = unitId(u"1-1-102"_s);
    }

    void run(const QString& period)
    {
        BillingService& billing = host.services().billing;
        auto p = billing.preview(cashier, period);
        ASSERT_TRUE(p.ok());
        ASSERT_TRUE(billing.confirm(cashier, period, p.value().totalFen).ok());
    }

    qint64 unitId(const QString& code)
    {
        return host.db().scalar(u"SELECT id FROM units WHERE code = ?"_s, {code}).value().toLongLong();
    }

    Payment pay(qint64 unit, qint64 fen, PaymentMethod method, bool allOpen)
    {
        PaymentRequest r;
        r.unitId = unit;
        r.amountFen = fen;
        r.method = method;
        r.reference = method == PaymentMethod::Cash ? QString() : u"4200001234"_s;
        if (allOpen)
            for (const OpenLine& o : host.services().payments.account(cashier, unit).value().open)
                r.lineIds << o.line.id;
        auto p = host.services().payments.pay(cashier, r);
        EXPECT_TRUE(p.ok()) << (p.ok() ? std::string() : p.error().message.toStdString());
        return p.ok() ? p.value() : Payment{};
    }

    static const FeeWeekRow* row(const QList<FeeWeekRow>& rows, int i)
    {
        return i < rows.size() ? &rows.at(i) : nullptr;
    }

    Session manager;
    Session cashier;
    qint64 home = 0;
    qint64 other = 0;
};

// R-IN-6, R-FE-2: the week's table counts the runs confirmed, every payment taken by its method, the
// payments taken back and the notices issued in the week, nothing from before or after it, and the
// units in arrears when it is read.
TEST_P(ReportCollection_, TheWeekShowsWhatWasBilledCollectedAndTakenBack)
{
    setTime(0, 9, 0);
    run(u"2026-12"_s); // 21002 + 28200 + 1000 + 1000
    setTime(1, 10, 0);
    pay(home, 21002 + 1000, PaymentMethod::Cash, true);                    // November, settled
    ASSERT_TRUE(host.services().arrears.issueNotice(cashier, other).ok()); // owes 29200 since the 15th
    setTime(2, 10, 0);
    const Payment prepaid = pay(home, 5000, PaymentMethod::WeChat, false);
    setTime(3, 10, 0);
    ASSERT_TRUE(host.services().payments.reverse(cashier, manager, prepaid.id, u"重复付款"_s).ok());
    setTime(5, 16, 0); // Saturday: after the week
    pay(other, 1000, PaymentMethod::Alipay, false);
    setTime(6, 12, 0); // read on Sunday

    const QList<FeeWeekRow> rows = week().collection;
    ASSERT_EQ(rows.size(), 2 + 5 + 1 + 1 + 1 + 3 + 1 + 1);
    const auto expect = [&](int i, std::optional<qint64> count, qint64 fen) {
        ASSERT_NE(row(rows, i), nullptr);
        EXPECT_EQ(rows.at(i).count, count) << rows.at(i).label.toStdString();
        EXPECT_EQ(rows.at(i).fen, fen) << rows.at(i).label.toStdString();
    };
    expect(0, 4, 21002 + 28200 + 1000 + 1000); // December's run only
    expect(1, 0, 0);                           // deposits
    expect(2, 1, 22002);                       // cash
    expect(3, 0, 0);                           // bank card
    expect(4, 1, 5000);                        // WeChat Pay, taken back later in the week
    expect(5, 0, 0);                           // Alipay: Saturday's is the next week's
    expect(6, 0, 0);                           // transfer
    expect(7, 2, 27002);                       // in all
    expect(8, 1, 5000);                        // taken back
    expect(9, std::nullopt, 22002);            // what stays
    expect(10, 1, 28200 + 1000);               // the first notice, what it asked for
    expect(11, 0, 0);
    expect(12, 0, 0);
    expect(13, 0, 0);            // referred
    expect(14, 1, 28200 + 1000); // 1-1-102 on Sunday (Saturday's ¥10.00 picked no bill: prepaid)
    EXPECT_TRUE(rows.at(4).label.contains(FeeTerms::displayName(PaymentMethod::WeChat)));
}

// R-IN-6: the table is among the report's tables (which the page and the PDF draw) with its amounts as
// money, and in the workbook as numbers in yuan.
TEST_P(ReportCollection_, TheTableIsInEveryOutputWithItsAmounts)
{
    setTime(1, 10, 0);
    pay(home, 21002 + 1000, PaymentMethod::Cash, true);
    setTime(6, 12, 0);
    const ReportFigures f = week();
    const QList<ReportSection> sections = ReportSections::build(f);
    const auto it = std::find_if(sections.cbegin(), sections.cend(),
                                 [](const ReportSection& s) { return s.id == u"collection"_s; });
    ASSERT_NE(it, sections.cend());
    EXPECT_EQ(it->rows.at(2).at(2).display(), Money::text(22002));
    EXPECT_EQ(it->rows.at(9).at(1).display(), u"–"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"周汇报表.xlsx"_s);
    ASSERT_TRUE(ReportXlsx::write(f, path).ok());
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        GTEST_SKIP() << "unzip is not installed: the workbook's cells were not read";
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, path});
    unzip.waitForFinished(10'000);
    const QString all = QString::fromUtf8(unzip.readAllStandardOutput());
    EXPECT_TRUE(all.contains(u"<v>220.02</v>"_s)) << "the cash collected, in yuan";
    EXPECT_TRUE(all.contains(ReportSections::tr("Fee collection").toHtmlEscaped()));
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportCollection_, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test

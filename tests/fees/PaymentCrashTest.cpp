// A payment and its receipt are saved together or not at all (R-FE-2, R-FE-5): a child process takes
// payments on a real SQLite file and is killed (SIGKILL) 200 times at random points; after each kill
// every payment it had confirmed is there with its receipt number, its parts and its audit event, no
// half payment exists, and the ledger and the file check out.
#include "app/ServiceHost.h"
#include "desk/Services.h"
#include "engine/AccountService.h"
#include "engine/SiteSetup.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeLedger.h"
#include "modules/registry/RegistryService.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "support/FakeClock.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <random>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

constexpr int kKills = 200;

// Four units, the management fee and garbage, November and December billed.
void prepareSite(const QString& path)
{
    FakeClock clock;
    clock.set(QDateTime(QDate(2026, 11, 16), QTime(9, 0)));
    auto host = ServiceHost::open(ConnectionSpec::sqlite(path), clock);
    ASSERT_TRUE(host.ok()) << host.error().message.toStdString();
    Services& s = host.value()->services();
    auto admin = s.site.initialize({u"翠湖花园"_s, u"admin"_s, u"系统管理员"_s, u"admin-pass-1"_s, u"admin-pass-1"_s});
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE(s.registry
                    .importUnitsCsv(admin.value(), QStringLiteral("楼栋,单元,房号,类型,面积,业主,电话\n"
                                                                  "1,1,101,住宅,89.37,张三,13800001111\n"
                                                                  "1,1,102,住宅,120,李四,13800002222\n"
                                                                  "1,1,103,商铺,45.5,王五,13800003333\n"
                                                                  "2,1,201,写字间,200,赵六,13800004444\n")
                                                       .toUtf8())
                    .accepted);
    auto manager = s.accounts.createUser(admin.value(), u"wang.jl"_s, u"王经理"_s, Role::Manager, u"user-pass-1"_s);
    ASSERT_TRUE(manager.ok());
    ASSERT_TRUE(s.accounts.createUser(admin.value(), u"liu.cn"_s, u"刘出纳"_s, Role::Cashier, u"user-pass-1"_s).ok());
    const Session m = s.accounts.signIn(u"wang.jl"_s, u"user-pass-1"_s).value();
    const Session cashier = s.accounts.signIn(u"liu.cn"_s, u"user-pass-1"_s).value();
    for (const auto& [code, basis, fen] :
         {std::tuple{u"WY"_s, ChargeBasis::Area, 235}, std::tuple{u"LJ"_s, ChargeBasis::Fixed, 1000}}) {
        ChargeItem item;
        item.code = code;
        item.name = code == u"WY"_s ? u"物业管理费"_s : u"垃圾清运费"_s;
        item.basis = basis;
        auto added = s.charges.addItem(m, item);
        ASSERT_TRUE(added.ok());
        ChargeRate rate;
        rate.itemId = added.value().id;
        rate.priceFen = fen;
        rate.validFrom = QDate(2026, 1, 1);
        ASSERT_TRUE(s.charges.addRate(m, rate).ok());
    }
    for (const QString& month : {u"2026-11"_s, u"2026-12"_s}) {
        auto preview = s.billing.preview(cashier, month);
        ASSERT_TRUE(preview.ok());
        ASSERT_TRUE(s.billing.confirm(cashier, month, preview.value().totalFen).ok());
    }
}

// Complete "paid RECEIPT" lines of `buffer` into `confirmed`; the rest stays in the buffer.
int takeConfirmed(QByteArray& buffer, QSet<QString>& confirmed)
{
    int taken = 0;
    for (qsizetype end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
        const QByteArray line = buffer.left(end).trimmed();
        buffer.remove(0, end + 1);
        if (line.startsWith("paid ")) {
            confirmed.insert(QString::fromLatin1(line.mid(5)));
            ++taken;
        }
    }
    return taken;
}

qint64 count(Database& db, const QString& sql)
{
    auto v = db.scalar(sql);
    return v.ok() ? v.value().toLongLong() : -1;
}

TEST(PaymentCrash, EveryConfirmedPaymentSurvivesAKillWithItsReceiptAndNoHalfPaymentExists)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"site.sqlite"_s);
    prepareSite(path);
    if (::testing::Test::HasFatalFailure())
        return;
    std::mt19937 random(20261203);
    QSet<QString> confirmed;
    for (int round = 0; round < kKills; ++round) {
        SCOPED_TRACE(round);
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(FD_PAYMENT_CHILD), {path, QString::number(round)});
        ASSERT_TRUE(child.waitForStarted(30'000));
        // Kill it after a random number of confirmed payments (0–3): it is then somewhere in the next
        // (or, at 0, still opening the file and signing in).
        const int before = std::uniform_int_distribution<int>(0, 3)(random);
        QByteArray buffer;
        for (int seen = 0; seen < before && child.waitForReadyRead(30'000);) {
            buffer += child.readAllStandardOutput();
            seen += takeConfirmed(buffer, confirmed);
        }
        child.kill(); // SIGKILL
        child.waitForFinished(30'000);
        buffer += child.readAllStandardOutput();
        takeConfirmed(buffer, confirmed);
        ASSERT_NE(child.exitCode(), 7) << "the child's payment was refused: "
                                       << child.readAllStandardError().toStdString();

        auto db = Database::open(ConnectionSpec::sqlite(path), Database::OpenMode::ReadOnly);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        QSet<QString> present;
        if (auto q = db.value()->exec(u"SELECT receipt_no FROM payments"_s)) {
            while (q.value().next())
                present.insert(q.value().value(0).toString());
            q.value().finish();
        }
        for (const QString& receipt : std::as_const(confirmed))
            ASSERT_TRUE(present.contains(receipt)) << "confirmed payment " << receipt.toStdString() << " is lost";
        auto ledger = FeeLedger(*db.value()).check();
        ASSERT_TRUE(ledger.ok());
        ASSERT_TRUE(ledger.value().isEmpty()) << ledger.value().join(u"; "_s).toStdString();
        ASSERT_EQ(
            count(*db.value(), u"SELECT COUNT(*) FROM payments"_s),
            count(*db.value(), u"SELECT COUNT(*) FROM audit_events WHERE entity = 'payment' AND action = 'taken'"_s))
            << "a payment without its audit event, or the reverse";
        auto integrity = IntegrityCheck::run(*db.value(), IntegrityCheck::Depth::Quick);
        ASSERT_TRUE(integrity.ok() && integrity.value().isEmpty());
    }
    EXPECT_GE(confirmed.size(), kKills) << "the children confirmed too few payments for the test to mean much";
}

} // namespace
} // namespace fd::test

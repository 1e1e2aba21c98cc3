// Issue 16: eight desks at once on one PostgreSQL site, 500 random saves each (repairs opened and
// moved on, payments taken), as eight processes. Afterwards every save any desk was told succeeded
// is there, no save is there that no desk was told of, every repair's version counts exactly the steps
// in its history, and `frontdesk --check` (storage, audit chain, fee ledger) passes. Prints the rate
// the server held (docs/deployment.md).
#include "../app/FrontDeskProcess.h"
#include "engine/ChangeFeed.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/ChargeService.h"
#include "modules/registry/RegistryService.h"
#include "support/TestHost.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

constexpr int kDesks = 8;
constexpr int kOperations = 500;

TEST(StressTest, EightDesksAtOnceLoseNothingAndLeaveTheSiteConsistent)
{
    if (!TestDatabase::postgresRequested())
        GTEST_SKIP() << "eight desks share a PostgreSQL server: set FRONTDESK_TEST_PG";
    TestHost host(u"postgres"_s);
    host.clock().set(QDateTime::currentDateTime()); // the desks run on the real clock
    QString csv = u"楼栋,单元,房号,类型,面积,业主,电话\n"_s;
    for (int i = 1; i <= 20; ++i)
        csv += u"1,1,%1,住宅,%2,业主%1,1380000%3\n"_s.arg(100 + i).arg(80 + i).arg(1000 + i);
    ASSERT_TRUE(host.services().registry.importUnitsCsv(host.admin(), csv.toUtf8()).accepted);
    const Session manager = host.signedIn(Role::Manager, u"wang.jl"_s);
    const Session billing = host.signedIn(Role::Cashier, u"liu.cn"_s);
    ChargeItem item;
    item.code = u"LJ"_s;
    item.name = u"垃圾清运费"_s;
    item.basis = ChargeBasis::Fixed;
    item.period = ChargePeriod::Monthly;
    item.dueDay = 28;
    auto added = host.services().charges.addItem(manager, item);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    ChargeRate rate;
    rate.itemId = added.value().id;
    rate.priceFen = 5000;
    rate.validFrom = QDate::currentDate().addMonths(-1);
    ASSERT_TRUE(host.services().charges.addRate(manager, rate).ok());
    const QString period = QDate::currentDate().toString(u"yyyy-MM"_s);
    auto preview = host.services().billing.preview(billing, period);
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    ASSERT_TRUE(host.services().billing.confirm(billing, period, preview.value().totalFen).ok());
    for (int d = 1; d <= kDesks; ++d) {
        (void)host.signedIn(Role::Clerk, u"clerk%1"_s.arg(d));
        (void)host.signedIn(Role::Cashier, u"cashier%1"_s.arg(d));
    }
    const qint64 ticketsBefore = host.db().scalar(u"SELECT COUNT(*) FROM tickets"_s).value().toLongLong();
    const qint64 paymentsBefore = host.db().scalar(u"SELECT COUNT(*) FROM payments"_s).value().toLongLong();

    const QString address = host.spec().display();
    std::vector<std::unique_ptr<QProcess>> desks;
    QElapsedTimer took;
    took.start();
    for (int d = 1; d <= kDesks; ++d) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(QStringLiteral(FD_STRESS_DESK), {address, QString::number(d), QString::number(kOperations)});
        desks.push_back(std::move(p));
    }
    QSet<qint64> tickets;
    qint64 changes = 0;
    qint64 stale = 0;
    qint64 refused = 0;
    QHash<qint64, QPair<QString, qint64>> payments;
    for (auto& p : desks) {
        ASSERT_TRUE(p->waitForFinished(600'000)) << "a desk did not finish";
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        for (const QByteArray& line : p->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> w = line.split(' ');
            if (w.at(0) == "ticket")
                tickets.insert(w.at(1).toLongLong());
            else if (w.at(0) == "change")
                ++changes;
            else if (w.at(0) == "paid")
                payments.insert(w.at(1).toLongLong(), {QString::fromLatin1(w.at(2)), w.at(3).toLongLong()});
            else if (w.at(0) == "stale")
                ++stale;
            else if (w.at(0) == "refused")
                ++refused;
        }
    }
    const double seconds = double(took.elapsed()) / 1000.0;
    const qint64 saves = tickets.size() + changes + payments.size();
    std::printf("%d desks x %d operations: %lld saves in %.1f s (%.0f saves/s), %lld refused as stale, %lld "
                "refused otherwise\n",
                kDesks, kOperations, static_cast<long long>(saves), seconds, double(saves) / seconds,
                static_cast<long long>(stale), static_cast<long long>(refused));
    EXPECT_GT(saves, kDesks * kOperations / 2);

    // Every repair a desk was told was opened is there, and no other.
    Database& db = host.db();
    EXPECT_EQ(db.scalar(u"SELECT COUNT(*) FROM tickets"_s).value().toLongLong() - ticketsBefore, tickets.size());
    // Every step a desk was told succeeded is in a repair's version, and nothing else moved one.
    EXPECT_EQ(db.scalar(u"SELECT COALESCE(SUM(version - 1), 0) FROM tickets"_s).value().toLongLong(), changes);
    EXPECT_EQ(db.scalar(u"SELECT COUNT(*) FROM tickets t WHERE t.version <> "
                        "(SELECT COUNT(*) FROM ticket_events e WHERE e.ticket_id = t.id)"_s)
                  .value()
                  .toLongLong(),
              0)
        << "a repair's version counts its history's steps";
    // Every payment a desk was told was taken is there with its receipt and amount, and no other.
    EXPECT_EQ(db.scalar(u"SELECT COUNT(*) FROM payments"_s).value().toLongLong() - paymentsBefore, payments.size());
    for (auto it = payments.cbegin(); it != payments.cend(); ++it) {
        auto q = db.exec(u"SELECT receipt_no, amount_fen FROM payments WHERE id = ?"_s, {it.key()});
        ASSERT_TRUE(q.ok() && q.value().next()) << "payment " << it.key();
        EXPECT_EQ(q.value().value(0).toString(), it.value().first);
        EXPECT_EQ(q.value().value(1).toLongLong(), it.value().second);
    }

    FrontDeskProcess frontdesk;
    const auto checked = frontdesk.run({u"--database"_s, address, u"--check"_s});
    EXPECT_EQ(checked.exitCode, 0) << checked.all().toStdString();
}

} // namespace

} // namespace fd::test

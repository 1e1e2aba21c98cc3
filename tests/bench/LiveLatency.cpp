// Issue 16: how long a change committed on one desk takes to show on another desk's open page, with
// two processes on one PostgreSQL server, as two desks of a site are.
//   frontdesk_live_latency postgresql://postgres@HOST:PORT/postgres [CHANGES=1000]
// Desk A (this process) opens CHANGES repairs one after another; desk B (a second process, this
// program with --desk-b) listens as the window does (SiteConnection) and, for each change its feed
// brings, reads the ticket again as an open ticket page does, then reports when that read was done.
// Measured from desk A's save returning (its commit) to desk B's read done, on the monotonic clock
// both processes share; desk A waits for each before the next (a clerk's pace, no queue). Prints the
// median, the 99th percentile and the worst. The database is made for the run and dropped after.
#include "app/ServiceHost.h"
#include "core/SystemClock.h"
#include "engine/AccountService.h"
#include "engine/ChangeFeed.h"
#include "engine/SiteConnection.h"
#include "engine/SiteSetup.h"
#include "engine/tickets/TicketService.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

int deskB(const QString& address)
{
    const fd::SystemClock clock;
    auto host =
        fd::ServiceHost::open(fd::ConnectionSpec::parse(address).value(), clock, fd::Database::OpenMode::MustExist);
    if (!host) {
        std::fprintf(stderr, "desk B: %s\n", host.error().message.toUtf8().constData());
        return 1;
    }
    fd::Services& services = host.value()->services();
    QObject::connect(&services.connection, &fd::SiteConnection::listening, [] {
        std::printf("ready\n");
        std::fflush(stdout);
    });
    QObject::connect(&services.changes, &fd::ChangeFeed::changed, [&services](const QList<fd::Change>& changes) {
        for (const fd::Change& c : changes) {
            if (c.kind != u"ticket"_s)
                continue;
            auto ticket = services.tickets.find(c.id); // what an open ticket page reads to redraw
            std::printf("%lld %lld %d\n", static_cast<long long>(c.id), static_cast<long long>(nowNs()),
                        ticket ? 1 : 0);
            std::fflush(stdout);
        }
    });
    services.connection.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args.at(1) == u"--desk-b"_s)
        return deskB(args.at(2));
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: frontdesk_live_latency postgresql://postgres@HOST:PORT/postgres [CHANGES]\n");
        return 2;
    }
    const int changes = args.size() > 2 ? args.at(2).toInt() : 1000;
    auto admin = fd::ConnectionSpec::parse(args.at(1));
    if (!admin) {
        std::fprintf(stderr, "%s\n", admin.error().message.toUtf8().constData());
        return 2;
    }
    const QString name = u"fdbench_live_%1"_s.arg(QCoreApplication::applicationPid());
    {
        auto db = fd::Database::open(admin.value());
        if (!db || !db.value()->exec(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(name))) {
            std::fprintf(stderr, "cannot create the database %s\n", name.toUtf8().constData());
            return 1;
        }
    }
    fd::ConnectionSpec spec = admin.value();
    spec.database = name;
    int code = 0;
    {
        const fd::SystemClock clock;
        auto host = fd::ServiceHost::open(spec, clock);
        if (!host) {
            std::fprintf(stderr, "desk A: %s\n", host.error().message.toUtf8().constData());
            return 1;
        }
        fd::Services& services = host.value()->services();
        auto site = services.site.initialize(
            {u"翠湖花园"_s, u"admin"_s, u"系统管理员"_s, u"bench-pass-1"_s, u"bench-pass-1"_s});
        if (!site ||
            !services.accounts.createUser(site.value(), u"clerk"_s, u"李娜"_s, fd::Role::Clerk, u"bench-pass-1"_s)) {
            std::fprintf(stderr, "desk A: cannot set up the site\n");
            return 1;
        }
        auto clerk = services.accounts.signIn(u"clerk"_s, u"bench-pass-1"_s);
        if (!clerk) {
            std::fprintf(stderr, "desk A: cannot sign in\n");
            return 1;
        }

        QProcess b;
        b.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        b.start(QCoreApplication::applicationFilePath(), {u"--desk-b"_s, spec.display()});
        bool ready = false; // its log lines come first
        while (!ready && (b.canReadLine() || b.waitForReadyRead(30'000)))
            while (!ready && b.canReadLine())
                ready = b.readLine().startsWith("ready");
        if (!ready) {
            std::fprintf(stderr, "desk B did not start listening\n");
            return 1;
        }
        std::vector<double> ms;
        ms.reserve(changes);
        const auto started = nowNs();
        for (int i = 0; i < changes && code == 0; ++i) {
            fd::NewTicket r;
            r.kind = fd::TicketKind::Repair;
            r.channel = fd::Channel::WalkIn;
            r.personName = u"张先生"_s;
            r.description = u"厨房水管漏水 %1"_s.arg(i);
            auto opened = services.tickets.open(clerk.value(), r);
            const qint64 committed = nowNs();
            if (!opened) {
                std::fprintf(stderr, "desk A: %s\n", opened.error().message.toUtf8().constData());
                code = 1;
                break;
            }
            for (;;) {
                if (!b.canReadLine() && !b.waitForReadyRead(10'000)) {
                    std::fprintf(stderr, "desk B did not hear of ticket %lld within 10 s\n",
                                 static_cast<long long>(opened.value().id));
                    code = 1;
                    break;
                }
                const QList<QByteArray> parts = b.readLine().trimmed().split(' ');
                if (parts.size() == 3 && parts.at(0).toLongLong() == opened.value().id) {
                    ms.push_back(double(parts.at(1).toLongLong() - committed) / 1e6);
                    break;
                }
            }
        }
        const double seconds = double(nowNs() - started) / 1e9;
        b.kill();
        b.waitForFinished();
        if (!ms.empty()) {
            std::sort(ms.begin(), ms.end());
            auto at = [&ms](double q) { return ms.at(std::min(ms.size() - 1, size_t(q * double(ms.size())))); };
            std::printf("changes %zu in %.1f s: commit on desk A -> desk B's page read again: median %.2f ms, "
                        "p99 %.2f ms, worst %.2f ms\n",
                        ms.size(), seconds, at(0.5), at(0.99), ms.back());
        }
    }
    if (auto db = fd::Database::open(admin.value()))
        (void)db.value()->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    return code;
}

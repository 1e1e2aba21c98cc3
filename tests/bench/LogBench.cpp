// The desk's logs at scale: a visitor's check-in (visit, watch, audit) beside the raw inserts, and
// the reminders' pass over a lobby with many open log records (issue 5: the same reminders serve
// tickets and logs, so their pass must stay cheap with hundreds of parcels and items waiting).
#include "bench/BenchSite.h"

#include "engine/reminders/ReminderService.h"
#include "engine/watches/WatchService.h"
#include "modules/visitors/VisitorService.h"
#include "storage/Transaction.h"

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace fd::bench {

namespace {

BenchSite& site()
{
    return BenchSite::instance();
}

constexpr int kOpenLogs = 1000; // parcels waiting, items held, visitors inside: a busy lobby

// Once: kOpenLogs open watches, half of them already due (their reminders raised), as a lobby with a
// backlog of unclaimed parcels looks.
void seedOpenLogs()
{
    static bool seeded = false;
    if (seeded)
        return;
    seeded = true;
    WatchService watches(*site().db);
    Transaction tx(*site().db);
    const qint64 now = site().clock.nowMs();
    for (int i = 1; i <= kOpenLogs; ++i)
        (void)watches.arm({u"parcel"_s, 9'000'000 + i, 1 + i % site().units, u"3-1-502 顺丰"_s, u"通知住户领取"_s,
                           now + (i % 2 ? -3'600'000 : 3'600'000)},
                          now);
    (void)tx.commit();
    ReminderService reminders(*site().db, site().clock, *site().audit, *site().rules);
    (void)reminders.raiseDue(now);
}

void visitorCheckIn(benchmark::State& state)
{
    VisitorService visitors(*site().db, site().clock, *site().audit, *site().rules);
    int n = 0;
    for (auto _ : state) {
        VisitorCheckIn form;
        form.visitorName = u"王伟"_s;
        form.phone = u"13912345678"_s;
        form.unitId = 1 + ++n % site().units;
        form.purpose = u"探亲"_s;
        auto v = visitors.checkIn(site().clerk, form);
        if (!v) {
            state.SkipWithError(v.error().message.toStdString().c_str());
            break;
        }
    }
}

void visitorCheckInRaw(benchmark::State& state)
{
    Database& db = *site().db;
    int n = 0;
    for (auto _ : state) {
        Transaction tx(db);
        const qint64 now = site().clock.nowMs();
        auto id = db.insert(u"INSERT INTO visits (visitor_name, visitor_phone, party_size, unit_id, purpose, "
                            "confirmation, status, arrived_ms, created_by) VALUES ('王伟', '13912345678', 1, ?, "
                            "'探亲', 'phone', 'inside', ?, ?) RETURNING id"_s,
                            {1 + ++n % site().units, now, site().clerk.user.id});
        if (!id) {
            state.SkipWithError(id.error().message.toStdString().c_str());
            break;
        }
        (void)db.exec(u"INSERT INTO watches (source, ref_id, unit_id, title, detail, due_ms, created_ms) "
                      "VALUES ('visitor_raw', ?, NULL, '王伟', '', ?, ?)"_s,
                      {id.value(), now + 5'400'000, now});
        (void)tx.commit();
    }
}

// A scheduler wake with nothing new: stamp, raise, read the pending ones (tickets' and logs'). The
// site's morning has 3,000 forgotten tickets, whose backlog (about 27,000 reminders) is raised
// before timing; `withLogs` adds the busy lobby.
void reminderPass(benchmark::State& state, bool withLogs)
{
    if (withLogs)
        seedOpenLogs();
    ReminderService reminders(*site().db, site().clock, *site().audit, *site().rules);
    (void)reminders.raiseDue(site().clock.nowMs());
    for (auto _ : state) {
        auto raised = reminders.raiseDue(site().clock.nowMs());
        if (!raised) {
            state.SkipWithError(raised.error().message.toStdString().c_str());
            break;
        }
        auto mine = reminders.active(site().clock.nowMs(), site().clerk);
        state.counters["pending"] = mine ? double(mine.value().size()) : 0;
    }
}

} // namespace

void registerLogBenchmarks()
{
    benchmark::RegisterBenchmark("visitor check-in", visitorCheckIn)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("visitor check-in/raw", visitorCheckInRaw)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("reminder pass, tickets only", reminderPass, false)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("reminder pass with 1,000 open log records", reminderPass, true)
        ->Unit(benchmark::kMillisecond);
}

} // namespace fd::bench

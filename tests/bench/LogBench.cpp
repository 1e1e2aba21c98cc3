// The desk's logs at scale: a visitor's check-in (visit, watch, audit) beside the raw inserts, and
// the reminders' pass over a lobby with many open log records (issue 5: the same reminders serve
// tickets and logs, so their pass must stay cheap with hundreds of parcels and items waiting).
#include "bench/BenchSite.h"

#include "engine/reminders/ReminderEngine.h"
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

ReminderEngine& engine()
{
    static ReminderEngine kept(*site().db, site().clock, *site().audit, *site().rules);
    return kept;
}

// A scheduler wake with nothing new (issue 12): what ReminderScheduler::tick does when neither a
// change nor a due instant came: the engine reads the audit log since its last call, then whom to
// tell and when to wake next. The engine is built (every open ticket's reminders, about 27,700
// pending on the site's morning) before timing; `withLogs` adds the busy lobby.
void reminderPass(benchmark::State& state, bool withLogs)
{
    if (withLogs)
        seedOpenLogs();
    const qint64 now = site().clock.nowMs();
    (void)engine().advance(now);
    (void)engine().noticesDue(now, site().clerk);
    for (auto _ : state) {
        auto moved = engine().advance(now);
        if (!moved) {
            state.SkipWithError(moved.error().message.toStdString().c_str());
            break;
        }
        auto told = engine().noticesDue(now, site().clerk);
        benchmark::DoNotOptimize(engine().nextDueMs(&site().clerk));
        state.counters["pending"] = double(engine().pending().size());
        state.counters["told"] = told ? double(told.value().size()) : 0;
    }
}

// The same wake after one ticket changed on some desk (a follow-up recorded): the engine passes
// over that ticket only.
void reminderPassOneChange(benchmark::State& state)
{
    const qint64 now = site().clock.nowMs();
    (void)engine().advance(now);
    auto open = site().db->scalar(u"SELECT MIN(id) FROM tickets WHERE status = 'dispatched' "
                                  "AND next_follow_up_ms IS NOT NULL"_s);
    if (!open || open.value().isNull()) {
        state.SkipWithError("no dispatched ticket on the site");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        auto ticket = site().tickets->find(open.value().toLongLong());
        if (!ticket || !site().tickets->recordFollowUp(site().clerk, ticket.value())) {
            state.SkipWithError("follow-up not recorded");
            break;
        }
        state.ResumeTiming();
        auto moved = engine().advance(now);
        (void)engine().noticesDue(now, site().clerk);
        state.counters["tickets passed"] = double(engine().lastTicketsPassed());
        if (!moved)
            break;
    }
}

// What every wake did before the engine (and what its first build still does, in slices): the
// full pass over every ticket and every pending reminder, then the clerk's inbox.
void reminderFullPass(benchmark::State& state)
{
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

// The engine built from nothing (a window's first wake on this site), whole: the sum of the slices
// the scheduler spreads over the event loop.
void reminderRebuild(benchmark::State& state)
{
    ReminderEngine fresh(*site().db, site().clock, *site().audit, *site().rules);
    for (auto _ : state) {
        fresh.reset();
        auto moved = fresh.advance(site().clock.nowMs());
        if (!moved) {
            state.SkipWithError(moved.error().message.toStdString().c_str());
            break;
        }
        state.counters["pending"] = double(fresh.pending().size());
    }
}

} // namespace

void registerLogBenchmarks()
{
    benchmark::RegisterBenchmark("visitor check-in", visitorCheckIn)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("visitor check-in/raw", visitorCheckInRaw)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("reminder pass, tickets only", reminderPass, false)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("reminder pass, one ticket changed", reminderPassOneChange)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("reminder pass, full (every wake before issue 12)", reminderFullPass)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("reminder engine built from nothing", reminderRebuild)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("reminder pass with 1,000 open log records", reminderPass, true)
        ->Unit(benchmark::kMillisecond);
}

} // namespace fd::bench

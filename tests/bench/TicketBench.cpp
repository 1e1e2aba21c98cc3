// Each FrontDesk operation beside the raw SQL doing the same work on the same file ("…/raw").
#include "bench/BenchSite.h"

#include "engine/tickets/NewTicket.h"
#include "storage/Transaction.h"

#include <benchmark/benchmark.h>

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::bench {

namespace {

BenchSite& site()
{
    return BenchSite::instance();
}

NewTicket repair(qint64 n)
{
    NewTicket r;
    r.kind = TicketKind::Repair;
    r.channel = Channel::Call;
    r.callerPhone = u"13812345678"_s;
    r.unitId = 1 + n % site().units;
    r.personName = u"张先生"_s;
    r.description = u"厨房水管漏水，请尽快派人"_s;
    return r;
}

void intakeSave(benchmark::State& state)
{
    qint64 n = 0;
    for (auto _ : state) {
        site().clock.advanceMs(1000);
        auto t = site().tickets->open(site().clerk, repair(++n));
        if (!t)
            state.SkipWithError(t.error().message.toStdString().c_str());
    }
}

void intakeSaveRaw(benchmark::State& state)
{
    Database& db = *site().db;
    static qint64 n = 0;
    for (auto _ : state) {
        site().clock.advanceMs(1000);
        const qint64 now = site().clock.nowMs();
        Transaction tx(db);
        auto id = db.insert(
            u"INSERT INTO tickets (kind, number, channel, caller_phone, unit_id, person_name, description, "
            "status, occurred_ms, created_ms, created_by, respond_by_ms, rules_json) "
            "VALUES ('repair', ?, 'call', '13812345678', ?, '张先生', '厨房水管漏水，请尽快派人', 'new', ?, ?, "
            "?, ?, '{}') RETURNING id"_s,
            {u"RAW-%1"_s.arg(++n), 1 + n % site().units, now, now, site().clerk.user.id, now + 600'000});
        (void)db.exec(u"INSERT INTO ticket_events (ticket_id, at_ms, recorded_ms, actor_id, kind, to_status) "
                      "VALUES (?, ?, ?, ?, 'opened', 'new')"_s,
                      {id.value(), now, now, site().clerk.user.id});
        rawAudit(db, site().clerk, u"ticket"_s, id.value());
        (void)tx.commit();
    }
}

void followUpRecord(benchmark::State& state)
{
    QList<Ticket> pool;
    for (int i = 0; i < 100; ++i) {
        auto t = site().tickets->open(site().clerk, repair(i));
        auto d = site().tickets->dispatch(site().clerk, t.value(), u"工程部"_s);
        pool << d.value();
    }
    qsizetype i = 0;
    for (auto _ : state) {
        site().clock.advanceMs(60'000);
        Ticket& t = pool[i++ % pool.size()];
        auto next = site().tickets->recordFollowUp(site().clerk, t);
        if (!next) {
            state.SkipWithError(next.error().message.toStdString().c_str());
            break;
        }
        t = next.value();
    }
}

void followUpRecordRaw(benchmark::State& state)
{
    Database& db = *site().db;
    const qint64 id = db.scalar(u"SELECT MAX(id) FROM tickets WHERE status = 'dispatched'"_s).value().toLongLong();
    for (auto _ : state) {
        site().clock.advanceMs(60'000);
        const qint64 now = site().clock.nowMs();
        Transaction tx(db);
        (void)db.exec(u"UPDATE tickets SET next_follow_up_ms = ?, version = version + 1 WHERE id = ?"_s,
                      {now + 900'000, id});
        (void)db.exec(
            u"INSERT INTO ticket_events (ticket_id, at_ms, recorded_ms, actor_id, kind, from_status, to_status) "
            "VALUES (?, ?, ?, ?, 'followed_up', 'dispatched', 'dispatched')"_s,
            {id, now, now, site().clerk.user.id});
        rawAudit(db, site().clerk, u"ticket"_s, id);
        (void)tx.commit();
    }
}

const QString kDueSql = u"SELECT id, number, kind, status, 'follow_up', next_follow_up_ms, department, severity, "
                        "COALESCE(unit_id, 0), person_name FROM tickets WHERE next_follow_up_ms IS NOT NULL AND "
                        "next_follow_up_ms <= ? AND status NOT IN ('closed', 'cancelled', 'waiting_customer', "
                        "'waiting_parts') ORDER BY 6, 1"_s;

void dueFollowUps(benchmark::State& state)
{
    for (auto _ : state) {
        auto due = site().tickets->dueFollowUps(site().clock.nowMs());
        benchmark::DoNotOptimize(due.value().size());
    }
}

void dueFollowUpsRaw(benchmark::State& state)
{
    for (auto _ : state) {
        auto q = site().db->exec(kDueSql, {site().clock.nowMs()});
        int rows = 0;
        while (q.value().next())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
}

// The queues page's overdue tab: one row per ticket, by its earliest running clock.
void overdueQueue(benchmark::State& state)
{
    site().clock.toMorning();
    for (auto _ : state) {
        auto due = site().queues->page(site().clerk, QueueKind::Overdue, site().clock.nowMs(), {}, 0, 50);
        benchmark::DoNotOptimize(due.value().size());
        state.counters["rows"] = double(due.value().size());
    }
}

// The same first page as the service's query, written out.
void overdueQueueRaw(benchmark::State& state)
{
    site().clock.toMorning();
    QStringList parts;
    QVariantList binds;
    const qint64 now = site().clock.nowMs();
    for (const auto& [clock, column] : QList<std::pair<QString, QString>>{{u"respond"_s, u"respond_by_ms"_s},
                                                                          {u"follow_up"_s, u"next_follow_up_ms"_s},
                                                                          {u"resolve"_s, u"resolve_by_ms"_s},
                                                                          {u"reply"_s, u"reply_by_ms"_s},
                                                                          {u"callback"_s, u"callback_by_ms"_s}}) {
        parts << u"SELECT id, number, kind, status, '%1', %2, department, severity, COALESCE(unit_id, 0), person_name "
                 "FROM tickets WHERE %2 IS NOT NULL AND %2 <= ? AND status NOT IN ('closed', 'cancelled', "
                 "'waiting_customer', 'waiting_parts')"_s.arg(clock, column);
        binds << now;
    }
    binds << 50;
    const QString sql = parts.join(u" UNION ALL "_s) + u" ORDER BY 6, 1 LIMIT ?"_s;
    for (auto _ : state) {
        auto q = site().db->exec(sql, binds);
        int rows = 0;
        while (q.value().next())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
}

void search(benchmark::State& state, const QString& text)
{
    (void)site().search->refresh(); // index what the write benchmarks added: not part of a search
    for (auto _ : state) {
        auto hits = site().search->find(site().clerk, text, 50);
        benchmark::DoNotOptimize(hits.value().size());
        state.counters["hits"] = double(hits.value().size());
    }
}

// On SQLite the FTS table's match; on PostgreSQL the LIKE the trigram index serves (pg_trgm).
void searchRaw(benchmark::State& state, const QString& fts, const QString& match, const QString& like)
{
    const bool sqlite = site().db->backend() == Backend::Sqlite;
    const QString hits = sqlite ? u"(SELECT rowid AS hit FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT 50) f "
                                  "JOIN search_docs d ON d.id = f.hit "_s.arg(fts)
                                : u"search_docs d "_s;
    const QString where = sqlite ? QString() : u"WHERE d.body LIKE ? "_s;
    const QString limit = sqlite ? QString() : u" LIMIT 50"_s;
    for (auto _ : state) {
        auto q = site().db->exec(u"SELECT d.doc_kind, d.ref_id, d.at_ms, d.title, d.detail, "
                                 "COALESCE(t.unit_id, r.unit_id, 0) FROM "_s +
                                     hits +
                                     u"LEFT JOIN tickets t ON d.doc_kind = 'ticket' AND t.id = d.ref_id "
                                     "LEFT JOIN residents r ON d.doc_kind = 'resident' AND r.id = d.ref_id "_s +
                                     where + u"ORDER BY d.at_ms DESC"_s + limit,
                                 {sqlite ? match : like});
        int rows = 0;
        while (q.value().next())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
}

} // namespace

void registerTicketBenchmarks()
{
    benchmark::RegisterBenchmark("intake save", intakeSave)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("intake save/raw", intakeSaveRaw)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("follow-up record", followUpRecord)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("follow-up record/raw", followUpRecordRaw)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("due follow-ups", dueFollowUps)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("due follow-ups/raw", dueFollowUpsRaw)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("overdue queue first page", overdueQueue)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("overdue queue first page/raw", overdueQueueRaw)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("search 1 char", search, u"水"_s)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("search 1 char/raw", searchRaw, u"search_chars"_s, u"\"水\""_s, u"%水%"_s)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("search 2 chars", search, u"水管"_s)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("search 2 chars/raw", searchRaw, u"search_chars"_s, u"\"水 管\""_s, u"%水管%"_s)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("search 4 chars", search, u"厨房水管"_s)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("search 4 chars/raw", searchRaw, u"search_trigram"_s, u"\"厨房水管\""_s,
                                 u"%厨房水管%"_s)
        ->Unit(benchmark::kMicrosecond);
}

} // namespace fd::bench

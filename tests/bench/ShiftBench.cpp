// The morning review of one night and the queue pages, each beside the raw SQL doing the same work.
#include "bench/BenchSite.h"

#include "storage/Transaction.h"

#include <benchmark/benchmark.h>

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::bench {

namespace {

BenchSite& site()
{
    return BenchSite::instance();
}

// The night NightGenerator wrote: from 22 Nov 07:30 to 23 Nov 07:30.
qint64 coverFrom()
{
    return QDateTime(QDate(2026, 11, 22), QTime(7, 30)).toMSecsSinceEpoch();
}
qint64 coverTo()
{
    return QDateTime(QDate(2026, 11, 23), QTime(7, 30)).toMSecsSinceEpoch();
}

// Starting the review writes it (marks and chase list) and reads it back; every iteration rolls
// back, so each one reviews the same night from scratch.
void morningReview(benchmark::State& state)
{
    site().clock.toMorning();
    for (auto _ : state) {
        Transaction tx(*site().db);
        auto review = site().reviews->startReview(site().supervisor);
        if (!review) {
            state.SkipWithError(review.error().message.toStdString().c_str());
            break;
        }
        state.counters["marks"] = double(review.value().marks.size());
        state.counters["chase"] = double(review.value().chase.size());
        if (review.value().marks.isEmpty()) {
            state.SkipWithError("the generated night is not in the review");
            break;
        }
    }
}

void morningReviewRaw(benchmark::State& state)
{
    site().clock.toMorning();
    Database& db = *site().db;
    const QVariantList range{coverFrom(), coverTo()};
    for (auto _ : state) {
        Transaction tx(db);
        auto review = db.insert(u"INSERT INTO shift_reviews (supervisor_id, cover_from_ms, cover_to_ms, started_ms) "
                                "VALUES (?, ?, ?, ?) RETURNING id"_s,
                                {site().supervisor.user.id, coverFrom(), coverTo(), site().clock.nowMs()});
        const qint64 id = review.value();
        auto sheets = db.exec(u"SELECT h.id, h.post_id, h.created_ms, h.leaving_user_id, h.arriving_user_id "
                              "FROM handover_sheets h JOIN shifts s ON s.id = h.shift_id "
                              "WHERE s.started_ms >= ? AND s.started_ms < ? ORDER BY s.started_ms"_s,
                              range);
        QList<qint64> sheetIds;
        while (sheets.value().next())
            sheetIds << sheets.value().value(0).toLongLong();
        sheets.value().finish();
        for (qint64 sheet : sheetIds) {
            (void)db.exec(u"INSERT INTO review_marks (review_id, kind, ref_id, title) VALUES (?, 'sheet', ?, 'raw')"_s,
                          {id, sheet});
            auto items = db.exec(u"SELECT i.id, i.ref_id, i.dispute, t.status FROM handover_items i "
                                 "LEFT JOIN tickets t ON i.kind = 'ticket' AND t.id = i.ref_id WHERE i.sheet_id = ?"_s,
                                 {sheet});
            QList<std::pair<QString, qint64>> chase;
            while (items.value().next()) {
                if (!items.value().value(2).toString().isEmpty())
                    chase << std::pair{u"dispute"_s, items.value().value(0).toLongLong()};
                const QString status = items.value().value(3).toString();
                if (!status.isEmpty() && status != u"closed"_s && status != u"cancelled"_s)
                    chase << std::pair{u"ticket"_s, items.value().value(1).toLongLong()};
            }
            items.value().finish();
            for (const auto& [kind, ref] : chase)
                (void)db.exec(u"INSERT INTO chase_items (review_id, kind, ref_id, text) VALUES (?, ?, ?, 'raw') "
                              "ON CONFLICT (review_id, kind, ref_id) DO NOTHING"_s,
                              {id, kind, ref});
        }
        auto calls = db.exec(u"SELECT id, entered_ticket_id FROM control_room_calls WHERE call_ms >= ? AND call_ms < ? "
                             "ORDER BY call_ms"_s,
                             range);
        QList<std::pair<qint64, bool>> callIds;
        while (calls.value().next())
            callIds << std::pair{calls.value().value(0).toLongLong(), calls.value().value(1).isNull()};
        calls.value().finish();
        for (const auto& [call, pending] : callIds) {
            (void)db.exec(u"INSERT INTO review_marks (review_id, kind, ref_id, title) VALUES (?, 'call', ?, 'raw')"_s,
                          {id, call});
            if (pending)
                (void)db.exec(u"INSERT INTO chase_items (review_id, kind, ref_id, text) VALUES (?, 'call', ?, 'raw')"_s,
                              {id, call});
        }
    }
}

void queuePage(benchmark::State& state, QueueKind kind)
{
    site().clock.toMorning();
    for (auto _ : state) {
        auto rows = site().queues->page(site().clerk, kind, site().clock.nowMs(), {}, 0, 50);
        if (!rows) {
            state.SkipWithError(rows.error().message.toStdString().c_str());
            break;
        }
        state.counters["rows"] = double(rows.value().size());
    }
}

// "My open work" without the queue's ordering by earliest clock: the tickets this clerk entered that are open.
void myWorkRaw(benchmark::State& state)
{
    for (auto _ : state) {
        auto q = site().db->exec(u"SELECT id, number, kind, status, department, severity, unit_id, person_name, "
                                 "description, created_ms FROM tickets WHERE status NOT IN ('closed', 'cancelled') "
                                 "AND created_by = ? ORDER BY id DESC LIMIT 50"_s,
                                 {site().clerk.user.id});
        int rows = 0;
        while (q.value().next())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
}

void queueCounts(benchmark::State& state)
{
    site().clock.toMorning();
    for (auto _ : state) {
        auto counts = site().queues->counts(site().clerk, site().clock.nowMs());
        benchmark::DoNotOptimize(counts.value().overdue);
    }
}

} // namespace

void registerShiftBenchmarks()
{
    benchmark::RegisterBenchmark("morning review of one night", morningReview)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("morning review of one night/raw", morningReviewRaw)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("queue: my open work", queuePage, QueueKind::MyOpen)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("queue: my open work/raw", myWorkRaw)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("queue: due within the hour", queuePage, QueueKind::DueSoon)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("queue counts (navigation)", queueCounts)->Unit(benchmark::kMicrosecond);
}

} // namespace fd::bench

// Fees at scale (issue 13), on the site's ten years of fees (FeeGenerator: 2.4 million bill lines):
// a month's billing run for every unit with four monthly items, preview and confirmation as the
// cashier does them, all or nothing; the arrears list as its page opens; a payment with its
// numbered receipt (1 fen of an overdue bill) beside the raw inserts that write the same rows; a
// month's payment notices of every unit, read and numbered as finance gives them out.
#include "bench/BenchSite.h"

#include "engine/AuditLog.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/PaymentNoticeService.h"
#include "modules/fees/PaymentService.h"
#include "storage/Transaction.h"

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace fd::bench {

namespace {

BenchSite& site()
{
    return BenchSite::instance();
}

const Session& cashier()
{
    static const Session s = [] {
        auto signedIn = site().accounts->signIn(u"cashier"_s, u"bench-pass-1"_s);
        return signedIn ? signedIn.value() : Session{};
    }();
    return s;
}

void billingRun(benchmark::State& state)
{
    ChargeService charges(*site().db, site().clock, *site().audit);
    BillingService billing(*site().db, site().clock, *site().audit, charges, *site().rules);
    // A month nobody billed yet, each time: after the last one billed (this benchmark's earlier runs on
    // the same file too).
    const QString last = site().db->scalar(u"SELECT MAX(period) FROM billing_runs"_s).value().toString();
    QDate month = std::max(QDate(2031, 1, 1), QDate::fromString(last + u"-01"_s, Qt::ISODate).addMonths(1));
    for (auto _ : state) {
        const QString period = month.toString(u"yyyy-MM"_s);
        month = month.addMonths(1);
        auto preview = billing.preview(cashier(), period);
        if (!preview) {
            state.SkipWithError(preview.error().message.toStdString().c_str());
            break;
        }
        auto run = billing.confirm(cashier(), period, preview.value().totalFen);
        if (!run) {
            state.SkipWithError(run.error().message.toStdString().c_str());
            break;
        }
        state.counters["lines"] = run.value().lines;
    }
}

// What the arrears tab shows when it opens: every unit owing after its due day, oldest first, with
// its owner, notices and last contact (the service's default page).
void arrearsList(benchmark::State& state)
{
    site().clock.toMorning();
    ArrearsService arrears(*site().db, site().clock, *site().audit, *site().rules);
    for (auto _ : state) {
        auto rows = arrears.arrears(cashier());
        if (!rows) {
            state.SkipWithError(rows.error().message.toStdString().c_str());
            break;
        }
        state.counters["units"] = double(rows.value().size());
    }
}

// Open lines of the units in arrears, oldest first. Each payment pays 1 fen of one of them, the service
// and the raw side alike, so the benchmark can run again and again on the same file.
struct OpenPart
{
    qint64 line, unit;
};
const QList<OpenPart>& openParts()
{
    static const QList<OpenPart> parts = [] {
        QList<OpenPart> out;
        auto q = site().db->exec(u"SELECT line_id, unit_id FROM bill_line_open WHERE open_fen > 1 AND due_day < ? "
                                 "ORDER BY due_day, line_id LIMIT 5000"_s,
                                 {site().clock.now().date().toString(Qt::ISODate)});
        while (q && q.value().next())
            out.push_back({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()});
        return out;
    }();
    return parts;
}

void payment(benchmark::State& state)
{
    PaymentService payments(*site().db, site().clock, *site().audit);
    const QList<OpenPart>& parts = openParts();
    qsizetype i = 0;
    for (auto _ : state) {
        if (parts.isEmpty()) {
            state.SkipWithError("no open lines");
            break;
        }
        const OpenPart p = parts.at(i++ % parts.size());
        site().clock.advanceMs(1000);
        PaymentRequest r;
        r.unitId = p.unit;
        r.lineIds = {p.line};
        r.amountFen = 1;
        r.payer = u"业主"_s;
        auto paid = payments.pay(cashier(), r);
        if (!paid) {
            state.SkipWithError(paid.error().message.toStdString().c_str());
            break;
        }
    }
}

// The rows a payment writes: the receipt number, the payment, its part and the audit event.
void paymentRaw(benchmark::State& state)
{
    Database& db = *site().db;
    const QList<OpenPart>& parts = openParts();
    qsizetype i = 0;
    for (auto _ : state) {
        if (parts.isEmpty()) {
            state.SkipWithError("no open lines");
            break;
        }
        const OpenPart p = parts.at(i++ % parts.size());
        site().clock.advanceMs(1000);
        const qint64 now = site().clock.nowMs();
        Transaction tx(db);
        auto number = db.exec(u"INSERT INTO ticket_counters (kind, day, last) VALUES ('receipt', 'RAW', 1) ON CONFLICT "
                              "(kind, day) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last"_s);
        number.value().next();
        const QString receipt = u"RAW%1"_s.arg(number.value().value(0).toLongLong(), 9, 10, QChar(u'0'));
        number.value().finish();
        auto id =
            db.insert(u"INSERT INTO payments (receipt_no, unit_id, method, reference, payer, amount_fen, "
                      "credit_fen, taken_ms, taken_by) VALUES (?, ?, 'cash', '', '业主', 1, 0, ?, ?) RETURNING id"_s,
                      {receipt, p.unit, now, cashier().user.id});
        if (!id) {
            state.SkipWithError(id.error().message.toStdString().c_str());
            break;
        }
        (void)db.exec(u"INSERT INTO payment_allocations (payment_id, line_id, unit_id, amount_fen, from_credit, "
                      "created_ms) VALUES (?, ?, ?, 1, FALSE, ?)"_s,
                      {id.value(), p.line, p.unit, now});
        rawAudit(db, cashier(), u"payment"_s, id.value());
        (void)tx.commit();
    }
}

// Every unit's payment notices of a month, the first time they are given out: each unit's lines of the
// month, what earlier months still owe, and 20,000 new numbers with one audit event. Each iteration
// takes a month of the ten years whose notices nobody gave out yet (its runs checked first, unmeasured).
// On a site whose arrears are one unit in forty: what earlier months owe is read beside the month.
void paymentNotices(benchmark::State& state)
{
    site().clock.toMorning();
    PaymentNoticeService notices(*site().db, site().clock, *site().audit);
    Database& db = *site().db;
    for (auto _ : state) {
        state.PauseTiming();
        // Of the months billed by today (the billing benchmark's later months are never paid: not a site's).
        const QString period =
            db.scalar(u"SELECT MAX(period) FROM billing_runs r WHERE period <= ? AND NOT EXISTS (SELECT 1 FROM "
                      "payment_notices n WHERE n.period = r.period)"_s,
                      {site().clock.now().date().toString(u"yyyy-MM"_s)})
                .value()
                .toString();
        (void)db.exec(u"INSERT INTO billing_run_checks (run_id, checked_ms, checked_by) SELECT r.id, ?, u.id FROM "
                      "billing_runs r JOIN users u ON u.login = 'manager' WHERE r.period = ? AND NOT EXISTS (SELECT "
                      "1 FROM billing_run_checks c WHERE c.run_id = r.id)"_s,
                      {site().clock.nowMs(), period});
        state.ResumeTiming();
        auto given = notices.notices(cashier(), period, 0);
        if (!given) {
            state.SkipWithError(given.error().message.toStdString().c_str());
            break;
        }
        if (Status s = notices.giveOut(cashier(), given.value()); !s) {
            state.SkipWithError(s.error().message.toStdString().c_str());
            break;
        }
        state.counters["notices"] = double(given.value().size());
    }
}

} // namespace

void registerFeeBenchmarks()
{
    benchmark::RegisterBenchmark("billing run, a month of every unit (4 items)", billingRun)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3);
    benchmark::RegisterBenchmark("arrears list (2.4M bill lines)", arrearsList)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("payment notices, a month of every unit", paymentNotices)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3);
    benchmark::RegisterBenchmark("payment with its receipt", payment)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("payment with its receipt/raw", paymentRaw)->Unit(benchmark::kMicrosecond);
}

} // namespace fd::bench

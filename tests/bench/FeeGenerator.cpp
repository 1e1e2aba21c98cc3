#include "bench/FeeGenerator.h"

#include "core/Clock.h"
#include "engine/AccountService.h"
#include "engine/AuditLog.h"
#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/ChargeService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace fd::bench {

namespace {

const QString kPassword = u"bench-pass-1"_s;

class MonthClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return m_now; }
    void set(const QDate& day) { m_now = QDateTime(day, QTime(9, 0)).toMSecsSinceEpoch(); }

private:
    qint64 m_now = 0;
};

// The first month billed: ten years before the site's November 2026.
const QDate kFirstMonth(2016, 11, 1);

Status addItems(ChargeService& charges, const Session& manager)
{
    const auto add = [&](const QString& code, const QString& name, ChargeBasis basis, const QDate& from,
                         const QList<std::pair<QString, qint64>>& rates) -> Status {
        ChargeItem item;
        item.code = code;
        item.name = name;
        item.basis = basis;
        auto added = charges.addItem(manager, item);
        if (!added)
            return added.error();
        for (const auto& [type, price] : rates) {
            ChargeRate rate;
            rate.itemId = added.value().id;
            rate.unitType = type;
            rate.priceFen = price;
            rate.validFrom = from;
            if (auto r = charges.addRate(manager, rate); !r)
                return r.error();
        }
        return {};
    };
    // The management fee for ten years (homes ¥2.35/㎡, shops ¥5.00, offices ¥4.00); the three fixed
    // items start with the months after the generated ones, so the history is one line a unit a month.
    const QDate later = kFirstMonth.addMonths(FeeGenerator::MonthsBilled);
    for (Status s : {add(u"WY"_s, u"物业管理费"_s, ChargeBasis::Area, kFirstMonth,
                         {{u"residential"_s, 235}, {u"shop"_s, 500}, {u"office"_s, 400}}),
                     add(u"LJ"_s, u"垃圾清运费"_s, ChargeBasis::Fixed, later, {{QString(), 1000}}),
                     add(u"DT"_s, u"电梯运行费"_s, ChargeBasis::Fixed, later, {{QString(), 2000}}),
                     add(u"ZM"_s, u"公共照明费"_s, ChargeBasis::Fixed, later, {{QString(), 500}})})
        if (!s)
            return s;
    return {};
}

struct Line
{
    qint64 id, unit, fen;
    qint64 dueMs;
};

// Each unit pays a quarter's lines at once, a few days before the last one is due; a unit in
// ArrearsEvery stopped paying 1–24 months before the last month billed.
Status pay(Database& db, qint64 cashierId)
{
    std::vector<Line> lines;
    {
        auto q = db.exec(u"SELECT id, unit_id, amount_fen, due_day FROM bill_lines ORDER BY unit_id, due_day, id"_s);
        if (!q)
            return q.error();
        lines.reserve(2'500'000);
        while (q.value().next())
            lines.push_back({q.value().value(0).toLongLong(), q.value().value(1).toLongLong(),
                             q.value().value(2).toLongLong(),
                             QDateTime(QDate::fromString(q.value().value(3).toString(), Qt::ISODate), QTime(10, 0))
                                 .toMSecsSinceEpoch()});
        q.value().finish();
    }
    QSqlQuery payment(db.handle()), part(db.handle());
    payment.prepare(u"INSERT INTO payments (receipt_no, unit_id, method, amount_fen, credit_fen, taken_ms, taken_by) "
                    "VALUES (?, ?, 'cash', ?, 0, ?, ?) RETURNING id"_s);
    part.prepare(u"INSERT INTO payment_allocations (payment_id, line_id, unit_id, amount_fen, from_credit, "
                 "created_ms) VALUES (?, ?, ?, ?, FALSE, ?)"_s);
    const auto fail = [](QSqlQuery& q) { return Error{u"bench.sql"_s, q.lastError().text()}; };
    qint64 receipts = 0;
    std::size_t i = 0;
    while (i < lines.size()) {
        Transaction tx(db);
        const std::size_t stop = std::min(lines.size(), i + 150'000);
        while (i < stop) {
            // One unit's lines.
            std::size_t end = i;
            while (end < lines.size() && lines[end].unit == lines[i].unit)
                ++end;
            const qint64 unit = lines[i].unit;
            const std::size_t unpaid =
                unit % FeeGenerator::ArrearsEvery == 0 ? 1 + (unit / FeeGenerator::ArrearsEvery) % 24 : 0;
            const std::size_t paid = end - i > unpaid ? end - i - unpaid : 0;
            for (std::size_t from = i; from < i + paid; from += 3) {
                const std::size_t to = std::min(from + 3, i + paid);
                qint64 sum = 0;
                for (std::size_t k = from; k < to; ++k)
                    sum += lines[k].fen;
                const qint64 at = lines[to - 1].dueMs - 5 * 24 * 3'600'000;
                const QVariantList values{u"GEN%1"_s.arg(++receipts, 9, 10, QChar(u'0')), unit, sum, at, cashierId};
                for (int v = 0; v < values.size(); ++v)
                    payment.bindValue(v, values[v]);
                if (!payment.exec() || !payment.next())
                    return fail(payment);
                const qint64 id = payment.value(0).toLongLong();
                payment.finish();
                for (std::size_t k = from; k < to; ++k) {
                    const QVariantList p{id, lines[k].id, unit, lines[k].fen, at};
                    for (int v = 0; v < p.size(); ++v)
                        part.bindValue(v, p[v]);
                    if (!part.exec())
                        return fail(part);
                }
            }
            i = end;
        }
        if (Status s = tx.commit(); !s)
            return s;
        std::fprintf(stderr, "  payments: %zu / %zu lines\r", i, lines.size());
    }
    std::fprintf(stderr, "\n");
    return {};
}

} // namespace

Status FeeGenerator::addIfMissing(const QString& path)
{
    {
        auto opened = Database::open(ConnectionSpec::sqlite(path), Database::OpenMode::MustExist);
        if (!opened)
            return opened.error();
        Database& db = *opened.value();
        MonthClock clock;
        clock.set(QDate(2026, 11, 23));
        QElapsedTimer upgrade;
        upgrade.start();
        auto current = Migrator::currentVersion(db);
        const int before = current ? current.value() : 0;
        if (Status s = Migrator().migrate(db, clock); !s)
            return s;
        if (before < Migrator().latestVersion())
            std::fprintf(stderr, "schema %d -> %d in %.1f s\n", before, Migrator().latestVersion(),
                         double(upgrade.elapsed()) / 1000.0);
        auto items = db.scalar(u"SELECT COUNT(*) FROM charge_items"_s);
        if (!items)
            return items.error();
        if (items.value().toLongLong() > 0)
            return {};
    }
    std::fprintf(stderr, "adding ten years of fees to %s\n", path.toUtf8().constData());
    return generate(path);
}

Status FeeGenerator::generate(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(ConnectionSpec::sqlite(path), Database::OpenMode::MustExist);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();
    MonthClock clock;
    clock.set(kFirstMonth.addDays(-20));
    AuditLog audit(db, clock);
    SiteSettings settings(db, clock, audit);
    AccountService accounts(db, clock, audit, settings);
    auto admin = accounts.signIn(u"admin"_s, kPassword);
    if (!admin)
        return admin.error();
    for (const auto& [login, name, role] :
         {std::tuple{u"cashier"_s, u"收费员"_s, Role::Cashier}, std::tuple{u"manager"_s, u"物业经理"_s, Role::Manager}})
        if (auto made = accounts.createUser(admin.value(), login, name, role, kPassword); !made)
            return made.error();
    auto cashier = accounts.signIn(u"cashier"_s, kPassword);
    auto manager = accounts.signIn(u"manager"_s, kPassword);
    if (!cashier)
        return cashier.error();
    if (!manager)
        return manager.error();
    ChargeService charges(db, clock, audit);
    if (Status s = addItems(charges, manager.value()); !s)
        return s;
    SiteRules rules(settings);
    BillingService billing(db, clock, audit, charges, rules);
    for (int m = 0; m < MonthsBilled; ++m) {
        const QDate month = kFirstMonth.addMonths(m);
        clock.set(month.addDays(-15));
        const QString period = month.toString(u"yyyy-MM"_s);
        auto preview = billing.preview(cashier.value(), period);
        if (!preview)
            return preview.error();
        if (auto run = billing.confirm(cashier.value(), period, preview.value().totalFen); !run)
            return run.error();
        std::fprintf(stderr, "  billing runs: %d / %d months\r", m + 1, MonthsBilled);
    }
    std::fprintf(stderr, "\n  %-40s %7.1f s\n", "ten years of billing runs", timer.elapsed() / 1000.0);
    if (Status s = pay(db, cashier.value().user.id); !s)
        return s;
    std::fprintf(stderr, "  %-40s %7.1f s\n", "payments (raw inserts)", timer.elapsed() / 1000.0);
    (void)db.exec(u"ANALYZE"_s);
    std::fprintf(stderr, "  %-40s %7.1f s\n", "fees done", timer.elapsed() / 1000.0);
    return {};
}

} // namespace fd::bench

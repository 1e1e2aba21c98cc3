#include "modules/fees/FeeLedger.h"

#include "core/Money.h"
#include "modules/fees/FeeSql.h"
#include "modules/fees/FeeTerms.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// Rows per INSERT: 20,000 units × 4 items are 80,000 lines, and one round trip each would take
// seconds on PostgreSQL; but Qt's SQLite driver looks every parameter's name up, which costs in the
// square of a statement's parameters (400 rows, 4,000 parameters: 14 s for the month's run).
constexpr int kRowsPerInsert = 50;

// The parts of payments that still count: those of a reversed payment do not.
constexpr auto kCounting = "NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = a.payment_id)";

} // namespace

Result<QList<OpenLine>> FeeLedger::openLines(qint64 unitId) const
{
    return readLines(u"o.unit_id = ?"_s, {unitId}, true);
}

using FeeSql::kLinesOfMonth;
using FeeSql::monthBinds;

Result<QList<OpenLine>> FeeLedger::periodLines(qint64 unitId, const QString& period) const
{
    return readLines(u"l.unit_id = ? AND "_s + QLatin1StringView(kLinesOfMonth),
                     QVariantList{unitId} + monthBinds(period), false);
}

Result<QList<OpenLine>> FeeLedger::monthLines(const QString& period, qint64 buildingId) const
{
    return buildingId ? readLines(QLatin1StringView(kLinesOfMonth) + u" AND un.building_id = ?"_s,
                                  monthBinds(period) + QVariantList{buildingId}, false)
                      : readLines(QLatin1StringView(kLinesOfMonth), monthBinds(period), false);
}

Result<QList<OpenLine>> FeeLedger::openBefore(const QString& period, qint64 buildingId) const
{
    const QString first = FeeTerms::monthOf(period).value_or(QDate()).toString(Qt::ISODate);
    return buildingId ? readLines(QLatin1StringView(FeeSql::kLinesBeforeMonth) + u" AND un.building_id = ?"_s,
                                  {period, first, buildingId}, true)
                      : readLines(QLatin1StringView(FeeSql::kLinesBeforeMonth), {period, first}, true);
}

Result<QList<OpenLine>> FeeLedger::readLines(const QString& where, const QVariantList& binds, bool openOnly) const
{
    // What a line still owes is kept beside it (bill_line_open, schema 32), so an account does not
    // add up years of payments; `--check` compares the two.
    auto q =
        m_db.exec(u"SELECT "_s + QLatin1StringView(kLineColumns) +
                      u", l.amount_fen - o.open_fen FROM bill_lines l JOIN bill_line_open o ON o.line_id = l.id "
                      "JOIN units un ON un.id = l.unit_id JOIN charge_items i ON i.id = l.item_id WHERE "_s +
                      // A line taken back is no longer the unit's (schema 34).
                      (openOnly ? u"o.open_fen > 0 AND "_s
                                : u"NOT EXISTS (SELECT 1 FROM bill_line_reversals v WHERE v.line_id = l.id) AND "_s) +
                      where + u" ORDER BY l.due_day, i.code, l.id"_s,
                  binds);
    if (!q)
        return q.error();
    QList<OpenLine> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        OpenLine o;
        o.line = lineFrom(row);
        o.paidFen = row.value(kLineColumnCount).toLongLong();
        out << o;
    }
    q.value().finish();
    return out;
}

BillLine FeeLedger::lineFrom(const QSqlQuery& row)
{
    BillLine l;
    l.id = row.value(0).toLongLong();
    l.unitId = row.value(1).toLongLong();
    l.unitCode = row.value(2).toString();
    l.itemId = row.value(3).toLongLong();
    l.itemName = row.value(4).toString();
    l.period = row.value(5).toString();
    l.months = row.value(6).toInt();
    l.rateId = row.value(7).toLongLong();
    l.quantity = row.value(8).toLongLong();
    l.priceFen = row.value(9).toLongLong();
    l.amountFen = row.value(10).toLongLong();
    l.dueDay = QDate::fromString(row.value(11).toString(), Qt::ISODate);
    l.note = row.value(12).toString();
    l.repairReturnId = row.value(13).toLongLong();
    l.lateFeeOf = row.value(14).toLongLong();
    l.basis = FeeTerms::basisFromKey(row.value(15).toString()).value_or(ChargeBasis::Area);
    return l;
}

Result<qint64> FeeLedger::depositsHeld(qint64 unitId) const
{
    // Paid, less what was deducted for damages and refunded (DepositLedger).
    auto held = m_db.scalar(u"SELECT COALESCE(SUM(l.amount_fen - o.open_fen), 0) - (SELECT COALESCE(SUM(amount_fen), "
                            "0) FROM deposit_deductions WHERE unit_id = ?) - (SELECT COALESCE(SUM(f.amount_fen), 0) "
                            "FROM deposit_refunds f WHERE f.unit_id = ?) FROM bill_lines l JOIN bill_line_open "
                            "o ON o.line_id = l.id JOIN charge_items i ON i.id = l.item_id WHERE l.unit_id = ? AND "
                            "i.basis = 'deposit' AND NOT EXISTS (SELECT 1 FROM bill_line_reversals v WHERE "
                            "v.line_id = l.id)"_s,
                            {unitId, unitId, unitId});
    if (!held)
        return held.error();
    return held.value().toLongLong();
}

Result<qint64> FeeLedger::prepaid(qint64 unitId) const
{
    auto credit = m_db.scalar(u"SELECT COALESCE(SUM(p.credit_fen), 0) FROM payments p WHERE p.unit_id = ? AND "
                              "p.credit_fen > 0 AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE "
                              "r.payment_id = p.id)"_s,
                              {unitId});
    if (!credit)
        return credit.error();
    auto used = m_db.scalar(
        u"SELECT COALESCE(SUM(amount_fen), 0) FROM payment_allocations WHERE unit_id = ? AND from_credit"_s, {unitId});
    if (!used)
        return used.error();
    return credit.value().toLongLong() - used.value().toLongLong();
}

Result<QHash<qint64, qint64>> FeeLedger::prepaidByUnit() const
{
    auto all = balances();
    if (!all)
        return all.error();
    QHash<qint64, qint64> out = std::move(all).value();
    out.removeIf([](const auto& entry) { return entry.value() <= 0; });
    return out;
}

Result<QHash<qint64, qint64>> FeeLedger::balances() const
{
    QHash<qint64, qint64> out;
    auto credit =
        m_db.exec(u"SELECT p.unit_id, SUM(p.credit_fen) FROM payments p WHERE p.credit_fen > 0 AND NOT "
                  "EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id) GROUP BY p.unit_id"_s);
    if (!credit)
        return credit.error();
    while (credit.value().next())
        out.insert(credit.value().value(0).toLongLong(), credit.value().value(1).toLongLong());
    credit.value().finish();
    auto used =
        m_db.exec(u"SELECT unit_id, SUM(amount_fen) FROM payment_allocations WHERE from_credit GROUP BY unit_id"_s);
    if (!used)
        return used.error();
    while (used.value().next())
        out[used.value().value(0).toLongLong()] -= used.value().value(1).toLongLong();
    used.value().finish();
    return out;
}

Status FeeLedger::insertLines(qint64 runId, const QList<BillLine>& lines, const Progress& progress)
{
    for (qsizetype from = 0; from < lines.size(); from += kRowsPerInsert) {
        // All or nothing (R-FE-1): stopped part way, the transaction takes back what was written.
        if (progress && !progress(from, lines.size()))
            return Error{u"fees.run_stopped"_s, tr("The run was stopped; nothing is billed."), u"period"_s};
        const qsizetype n = std::min<qsizetype>(kRowsPerInsert, lines.size() - from);
        QString sql =
            u"INSERT INTO bill_lines (run_id, unit_id, item_id, period, months, rate_id, quantity, price_fen, "
            "amount_fen, due_day, note, rebills) VALUES "_s;
        QVariantList binds;
        binds.reserve(n * 12);
        for (qsizetype i = 0; i < n; ++i) {
            const BillLine& l = lines.at(from + i);
            sql += i == 0 ? u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s : u", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
            // A line without a rate (an opening balance) is one piece at its own amount.
            binds << runId << l.unitId << l.itemId << l.period << l.months
                  << (l.rateId ? QVariant(l.rateId) : QVariant(QMetaType(QMetaType::LongLong)))
                  << (l.rateId ? l.quantity : 1) << (l.rateId ? l.priceFen : l.amountFen) << l.amountFen
                  << l.dueDay.toString(Qt::ISODate) << (l.note.isNull() ? u""_s : l.note)
                  << (l.rebills ? QVariant(l.rebills) : QVariant(QMetaType(QMetaType::LongLong)));
        }
        if (auto r = m_db.exec(sql, binds); !r)
            return r.error();
    }
    if (progress)
        (void)progress(lines.size(), lines.size());
    return {};
}

Status FeeLedger::settleFromPrepaid(qint64 runId, qint64 nowMs)
{
    auto balances = prepaidByUnit();
    if (!balances)
        return balances.error();
    if (balances.value().isEmpty())
        return {};
    QHash<qint64, qint64> left = std::move(balances).value();
    auto q = m_db.exec(u"SELECT l.id, l.unit_id, l.amount_fen FROM bill_lines l JOIN charge_items i ON i.id = "
                       "l.item_id WHERE l.run_id = ? ORDER BY l.unit_id, l.due_day, i.code, l.id"_s,
                       {runId});
    if (!q)
        return q.error();
    struct Part
    {
        qint64 line, unit, fen;
    };
    QList<Part> parts;
    while (q.value().next()) {
        const qint64 unit = q.value().value(1).toLongLong();
        auto it = left.find(unit);
        if (it == left.end() || it.value() <= 0)
            continue;
        const qint64 take = std::min(it.value(), q.value().value(2).toLongLong());
        it.value() -= take;
        parts.push_back({q.value().value(0).toLongLong(), unit, take});
    }
    q.value().finish();
    for (const Part& p : std::as_const(parts)) {
        auto r = m_db.exec(u"INSERT INTO payment_allocations (payment_id, line_id, unit_id, amount_fen, from_credit, "
                           "created_ms) VALUES (NULL, ?, ?, ?, TRUE, ?)"_s,
                           {p.line, p.unit, p.fen, nowMs});
        if (!r)
            return r.error();
    }
    return {};
}

Result<QStringList> FeeLedger::check() const
{
    QStringList problems;
    auto over = m_db.exec(u"SELECT l.id, l.amount_fen, SUM(a.amount_fen) FROM bill_lines l JOIN payment_allocations a "
                          "ON a.line_id = l.id AND "_s +
                          QLatin1StringView(kCounting) +
                          u" GROUP BY l.id, l.amount_fen HAVING SUM(a.amount_fen) > l.amount_fen"_s);
    if (!over)
        return over.error();
    while (over.value().next())
        problems << tr("Bill line %1 of %2 is settled with %3.")
                        .arg(over.value().value(0).toLongLong())
                        .arg(Money::text(over.value().value(1).toLongLong()),
                             Money::text(over.value().value(2).toLongLong()));
    over.value().finish();
    // What a line owes: nothing once taken back, else its amount less the payments not taken back.
    const QString owes = u"CASE WHEN EXISTS (SELECT 1 FROM bill_line_reversals v WHERE v.line_id = l.id) THEN 0 ELSE "
                         "l.amount_fen - COALESCE((SELECT SUM(a.amount_fen) FROM payment_allocations a WHERE "
                         "a.line_id = l.id AND "_s +
                         QLatin1StringView(kCounting) + u"), 0) END"_s;
    auto kept = m_db.exec(u"SELECT l.id, "_s + owes +
                          u" AS owed, o.open_fen FROM bill_lines l LEFT JOIN bill_line_open o ON o.line_id = l.id "
                          "WHERE o.open_fen IS NULL OR o.open_fen <> "_s +
                          owes);
    if (!kept)
        return kept.error();
    while (kept.value().next())
        problems
            << (kept.value().value(2).isNull()
                    ? tr("Bill line %1 has no record of what it still owes.").arg(kept.value().value(0).toLongLong())
                    : tr("Bill line %1 still owes %2 by its payments, but %3 is recorded.")
                          .arg(kept.value().value(0).toLongLong())
                          .arg(Money::text(kept.value().value(1).toLongLong()),
                               Money::text(kept.value().value(2).toLongLong())));
    kept.value().finish();
    auto split = m_db.exec(u"SELECT p.receipt_no, p.amount_fen, p.credit_fen + COALESCE((SELECT SUM(a.amount_fen) "
                           "FROM payment_allocations a WHERE a.payment_id = p.id), 0) FROM payments p WHERE "
                           "p.amount_fen <> p.credit_fen + COALESCE((SELECT SUM(a.amount_fen) FROM "
                           "payment_allocations a WHERE a.payment_id = p.id), 0)"_s);
    if (!split)
        return split.error();
    while (split.value().next())
        problems << tr("Payment %1 of %2 is split into %3.")
                        .arg(split.value().value(0).toString(), Money::text(split.value().value(1).toLongLong()),
                             Money::text(split.value().value(2).toLongLong()));
    split.value().finish();
    auto all = balances();
    if (!all)
        return all.error();
    for (auto it = all.value().cbegin(); it != all.value().cend(); ++it)
        if (it.value() < 0)
            problems << tr("Unit %1 has a prepaid balance below zero: %2.").arg(it.key()).arg(Money::text(it.value()));
    return problems;
}

} // namespace fd

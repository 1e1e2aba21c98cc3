#include "modules/fees/CashCountService.h"

#include "core/Clock.h"
#include "core/Money.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "modules/fees/FeeTerms.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd {

CashCountService::CashCountService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

Result<CashCount> CashCountService::expected(const Session& who) const
{
    if (Status s = who.require(Permission::CollectFees); !s)
        return s.error();
    return expectedOf(who.user.id, who.user.displayName);
}

Result<CashCount> CashCountService::expectedOf(qint64 userId, const QString& name) const
{
    CashCount c;
    c.cashier = name;
    c.toMs = m_clock.nowMs();
    auto last = m_db.exec(u"SELECT to_ms, last_payment_id FROM cash_counts WHERE cashier_id = ? ORDER BY id DESC "
                          "LIMIT 1"_s,
                          {userId});
    if (!last)
        return last.error();
    const bool counted = last.value().next();
    const qint64 after = counted ? last.value().value(0).toLongLong() : 0;
    qint64 afterPayment = counted ? last.value().value(1).toLongLong() : 0;
    last.value().finish();
    if (!counted) {
        // A cashier's first count takes in the day's payments, not all they ever took.
        const qint64 dayStart = QDateTime(m_clock.now().date(), QTime(0, 0)).toMSecsSinceEpoch();
        auto before = m_db.scalar(u"SELECT COALESCE(MAX(id), 0) FROM payments WHERE taken_by = ? AND taken_ms < ?"_s,
                                  {userId, dayStart});
        if (!before)
            return before.error();
        afterPayment = before.value().toLongLong();
    }
    c.lastPaymentId = afterPayment;
    QMap<QString, qint64> byMethod;
    auto q = m_db.exec(u"SELECT p.method, COUNT(*), SUM(p.amount_fen), MIN(p.taken_ms), MAX(p.id) FROM payments p "
                       "WHERE p.taken_by = ? AND p.id > ? AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE "
                       "r.payment_id = p.id) GROUP BY p.method"_s,
                       {userId, afterPayment});
    if (!q)
        return q.error();
    qint64 first = c.toMs;
    while (q.value().next()) {
        byMethod.insert(q.value().value(0).toString(), q.value().value(2).toLongLong());
        c.payments += q.value().value(1).toInt();
        first = std::min(first, q.value().value(3).toLongLong());
        c.lastPaymentId = std::max(c.lastPaymentId, q.value().value(4).toLongLong());
    }
    q.value().finish();
    // Another desk's clock may run ahead: a count never ends before it starts.
    c.fromMs = std::min(counted ? after : first, c.toMs);
    for (PaymentMethod m : FeeTerms::methods())
        c.lines << CashCountLine{m, byMethod.value(FeeTerms::key(m)), 0};
    return c;
}

Result<CashCount> CashCountService::close(const Session& who, const QMap<PaymentMethod, QString>& counted,
                                          const QString& note)
{
    if (Status s = who.require(Permission::CollectFees); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto now = expectedOf(who.user.id, who.user.displayName);
    if (!now)
        return now.error();
    CashCount c = std::move(now).value();
    c.note = note.isNull() ? u""_s : note.trimmed(); // a null QString would bind NULL
    bool differs = false;
    for (CashCountLine& line : c.lines) {
        const QString field = u"counted."_s + FeeTerms::key(line.method);
        const QString typed = counted.value(line.method).trimmed();
        if (typed.isEmpty()) {
            // R-FE-2: what the ledger says was taken is counted before the shift is handed over.
            if (line.expectedFen > 0)
                return Error{u"fees.uncounted"_s,
                             tr("Count the %1 too: the ledger says %2 was taken.")
                                 .arg(FeeTerms::displayName(line.method), Money::text(line.expectedFen)),
                             field};
            continue;
        }
        const auto fen = Money::parse(typed);
        if (!fen || *fen < 0)
            return Error{u"fees.count_amount"_s, tr("Write what was counted in yuan, two decimals at most."), field};
        line.countedFen = *fen;
        differs = differs || line.differenceFen() != 0;
    }
    if (differs && c.note.isEmpty())
        return Error{u"fees.count_differs"_s,
                     tr("The count differs from the ledger: say why (over or short, and what was done)."), u"note"_s};
    auto id = m_db.insert(u"INSERT INTO cash_counts (cashier_id, from_ms, to_ms, payments, last_payment_id, note) "
                          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {who.user.id, c.fromMs, c.toMs, c.payments, c.lastPaymentId, c.note});
    if (!id)
        return id.error();
    c.id = id.value();
    QJsonArray lines;
    for (const CashCountLine& line : std::as_const(c.lines)) {
        if (auto r = m_db.exec(u"INSERT INTO cash_count_lines (count_id, method, expected_fen, counted_fen) VALUES "
                               "(?, ?, ?, ?)"_s,
                               {c.id, FeeTerms::key(line.method), line.expectedFen, line.countedFen});
            !r)
            return r.error();
        lines.append(QJsonObject{{u"method"_s, FeeTerms::key(line.method)},
                                 {u"expected_fen"_s, line.expectedFen},
                                 {u"counted_fen"_s, line.countedFen}});
    }
    const QJsonObject after{{u"from_ms"_s, c.fromMs},
                            {u"to_ms"_s, c.toMs},
                            {u"payments"_s, c.payments},
                            {u"lines"_s, lines},
                            {u"note"_s, c.note}};
    if (auto a = m_audit.append(who, u"cash_count"_s, c.id, u"closed"_s, {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<QList<CashCount>> CashCountService::counts(const Session& who, int limit) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    auto q = m_db.exec(u"SELECT c.id, u.display_name, c.from_ms, c.to_ms, c.payments, c.note FROM cash_counts c "
                       "JOIN users u ON u.id = c.cashier_id ORDER BY c.to_ms DESC, c.id DESC LIMIT ?"_s,
                       {limit});
    if (!q)
        return q.error();
    QList<CashCount> out;
    QHash<qint64, qsizetype> at;
    while (q.value().next()) {
        CashCount c;
        c.id = q.value().value(0).toLongLong();
        c.cashier = q.value().value(1).toString();
        c.fromMs = q.value().value(2).toLongLong();
        c.toMs = q.value().value(3).toLongLong();
        c.payments = q.value().value(4).toInt();
        c.note = q.value().value(5).toString();
        for (PaymentMethod m : FeeTerms::methods())
            c.lines << CashCountLine{m, 0, 0};
        at.insert(c.id, out.size());
        out << c;
    }
    q.value().finish();
    if (out.isEmpty())
        return out;
    QStringList marks;
    QVariantList ids;
    for (const CashCount& c : std::as_const(out)) {
        marks << u"?"_s;
        ids << c.id;
    }
    auto lines = m_db.exec(u"SELECT count_id, method, expected_fen, counted_fen FROM cash_count_lines WHERE count_id "
                           "IN ("_s +
                               marks.join(u", "_s) + u")"_s,
                           ids);
    if (!lines)
        return lines.error();
    while (lines.value().next()) {
        const auto i = at.constFind(lines.value().value(0).toLongLong());
        const auto method = FeeTerms::methodFromKey(lines.value().value(1).toString());
        if (i == at.cend() || !method)
            continue;
        for (CashCountLine& l : out[*i].lines)
            if (l.method == *method) {
                l.expectedFen = lines.value().value(2).toLongLong();
                l.countedFen = lines.value().value(3).toLongLong();
            }
    }
    lines.value().finish();
    return out;
}

} // namespace fd

#include "modules/fees/FeeWeek.h"

#include "engine/Session.h"
#include "modules/fees/FeeTerms.h"
#include "storage/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// Reads one (count, fen) pair.
Result<FeeWeekRow> pair(Database& db, const QString& label, const QString& sql, const QVariantList& binds)
{
    auto q = db.exec(sql, binds);
    if (!q)
        return q.error();
    FeeWeekRow row{label, qint64(0), 0};
    if (q.value().next()) {
        row.count = q.value().value(0).toLongLong();
        row.fen = q.value().value(1).toLongLong();
    }
    q.value().finish();
    return row;
}

} // namespace

Result<QList<FeeWeekRow>> FeeWeek::rows(Database& db, const Session& who, qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    QList<FeeWeekRow> out;
    const QVariantList period{fromMs, toMs};

    // Deposits are held for the units, not income: a line of their own.
    const QString billedSql = u"SELECT COUNT(*), COALESCE(SUM(l.amount_fen), 0) FROM billing_runs r JOIN bill_lines l "
                              "ON l.run_id = r.id JOIN charge_items i ON i.id = l.item_id WHERE r.confirmed_ms >= ? "
                              "AND r.confirmed_ms < ? AND i.basis %1 'deposit' AND NOT EXISTS (SELECT 1 FROM "
                              "bill_line_reversals v WHERE v.line_id = l.id)"_s;
    auto billed = pair(db, tr("Billed (lines of the runs confirmed)"), billedSql.arg(u"<>"_s), period);
    if (!billed)
        return billed.error();
    out << billed.value();
    auto deposits = pair(db, tr("Deposits charged (held, not income)"), billedSql.arg(u"="_s), period);
    if (!deposits)
        return deposits.error();
    out << deposits.value();

    // Every payment taken in the period, those taken back later too: the cash counted that day
    // had them. What was taken back in the period is its own line.
    QHash<QString, std::pair<qint64, qint64>> byMethod;
    {
        auto q = db.exec(u"SELECT method, COUNT(*), SUM(amount_fen) FROM payments WHERE taken_ms >= ? AND taken_ms < ? "
                         "GROUP BY method"_s,
                         period);
        if (!q)
            return q.error();
        while (q.value().next())
            byMethod.insert(q.value().value(0).toString(),
                            {q.value().value(1).toLongLong(), q.value().value(2).toLongLong()});
        q.value().finish();
    }
    FeeWeekRow taken{tr("Collected in all"), qint64(0), 0};
    for (PaymentMethod m : FeeTerms::methods()) {
        const auto [count, fen] = byMethod.value(FeeTerms::key(m));
        out << FeeWeekRow{tr("Collected: %1").arg(FeeTerms::displayName(m)), count, fen};
        *taken.count += count;
        taken.fen += fen;
    }
    out << taken;
    auto back = pair(db, tr("Taken back (reversals recorded)"),
                     u"SELECT COUNT(*), COALESCE(SUM(p.amount_fen), 0) FROM payment_reversals r JOIN payments p ON "
                     "p.id = r.payment_id WHERE r.created_ms >= ? AND r.created_ms < ?"_s,
                     period);
    if (!back)
        return back.error();
    out << back.value();
    out << FeeWeekRow{tr("Collected less taken back"), std::nullopt, taken.fen - back.value().fen};

    for (int number = 1; number <= 3; ++number) {
        auto notices = pair(db,
                            number == 1   ? tr("First dunning notices issued (what they ask for)")
                            : number == 2 ? tr("Second dunning notices issued (what they ask for)")
                                          : tr("Third dunning notices issued (what they ask for)"),
                            u"SELECT COUNT(*), COALESCE(SUM(owed_fen), 0) FROM dunning_notices WHERE number = ? AND "
                            "issued_ms >= ? AND issued_ms < ?"_s,
                            {number, fromMs, toMs});
        if (!notices)
            return notices.error();
        out << notices.value();
    }
    auto referred = pair(db, tr("Units referred for legal handling (what they owed)"),
                         u"SELECT COUNT(*), COALESCE(SUM(owed_fen), 0) FROM legal_referrals WHERE referred_ms >= ? "
                         "AND referred_ms < ?"_s,
                         period);
    if (!referred)
        return referred.error();
    out << referred.value();

    // As the arrears list counts them: units with a line still open after its due day.
    const QString today = QDateTime::fromMSecsSinceEpoch(nowMs).date().toString(Qt::ISODate);
    auto arrears = pair(db, tr("Units in arrears when the report was read (what they owe)"),
                        u"SELECT COUNT(DISTINCT unit_id), COALESCE(SUM(open_fen), 0) FROM bill_line_open WHERE "
                        "open_fen > 0 AND due_day < ?"_s,
                        {today});
    if (!arrears)
        return arrears.error();
    out << arrears.value();
    return out;
}

} // namespace fd

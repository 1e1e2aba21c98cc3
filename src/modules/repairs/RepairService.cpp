// RepairService, part one: the fee schedule and quotes. Part two (RepairWork.cpp) holds the work
// on the tickets: dispatch with its order, the return, the second dispatch and the reads.
#include "modules/repairs/RepairService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

const QString kFeeColumns = u"id, code, name, unit, price_fen, active, version"_s;

FeeItem feeFrom(const QSqlQuery& q)
{
    FeeItem f;
    f.id = q.value(0).toLongLong();
    f.code = q.value(1).toString();
    f.name = q.value(2).toString();
    f.unit = q.value(3).toString();
    f.priceFen = q.value(4).toLongLong();
    f.active = q.value(5).toBool();
    f.version = q.value(6).toInt();
    return f;
}

QJsonObject describe(const FeeItem& f)
{
    return {{u"code"_s, f.code},          {u"name"_s, f.name},     {u"unit"_s, f.unit},
            {u"price_fen"_s, f.priceFen}, {u"active"_s, f.active}, {u"version"_s, f.version}};
}

} // namespace

RepairService::RepairService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets)
    : m_db(db), m_clock(clock), m_audit(audit), m_tickets(tickets)
{}

Status RepairService::mayEditFees(const Session& who) const
{
    return who.require(Permission::EditFeeSchedule); // R-RP-1
}

Result<QList<FeeItem>> RepairService::feeItems(bool includeInactive) const
{
    auto q = m_db.exec(u"SELECT %1 FROM fee_items %2 ORDER BY code"_s.arg(
        kFeeColumns, includeInactive ? QString() : u"WHERE active = TRUE"_s));
    if (!q)
        return q.error();
    QList<FeeItem> out;
    while (q.value().next())
        out << feeFrom(q.value());
    return out;
}

Result<FeeItem> RepairService::loadFeeItem(qint64 id) const
{
    return m_db.one(u"SELECT %1 FROM fee_items WHERE id = ?"_s.arg(kFeeColumns), {id}, feeFrom,
                    Error{u"fee.missing"_s, tr("That fee item does not exist."), u"items"_s});
}

Result<FeeItem> RepairService::saveFeeItem(const Session& who, const FeeItem& item)
{
    if (Status s = mayEditFees(who); !s)
        return s.error();
    FeeItem next = item;
    next.code = item.code.trimmed();
    next.name = item.name.trimmed();
    next.unit = item.unit.trimmed();
    if (next.unit.isNull()) // binds as NULL otherwise; the column is NOT NULL DEFAULT ''
        next.unit = u""_s;
    if (next.code.isEmpty())
        return Error{u"fee.code"_s, tr("Give the item a short code, e.g. SD-01."), u"code"_s};
    if (next.name.isEmpty())
        return Error{u"fee.name"_s, tr("Name the service, e.g. replace a tap."), u"name"_s};
    if (next.priceFen <= 0) // R-RP-1: a paid service has a price above zero
        return Error{u"fee.price"_s, tr("The price must be more than zero."), u"price"_s};

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto clash = m_db.scalar(u"SELECT id FROM fee_items WHERE code = ? AND id <> ?"_s, {next.code, next.id});
    if (!clash)
        return clash.error();
    if (clash.value().isValid())
        return Error{u"fee.code"_s, tr("Another item already has the code %1.").arg(next.code), u"code"_s};
    const qint64 now = m_clock.nowMs();
    FeeItem before;
    if (next.id == 0) {
        auto id = m_db.insert(u"INSERT INTO fee_items (code, name, unit, price_fen, active, created_ms, updated_ms) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                              {next.code, next.name, next.unit, next.priceFen, next.active, now, now});
        if (!id)
            return id.error();
        next.id = id.value();
        next.version = 1;
    } else {
        auto current = loadFeeItem(next.id);
        if (!current)
            return current.error();
        before = current.value();
        if (before.version != item.version)
            return LastChange::stale(m_db, u"fee_item"_s, next.id, u"fee.stale"_s);
        auto q = m_db.exec(u"UPDATE fee_items SET code = ?, name = ?, unit = ?, price_fen = ?, active = ?, "
                           "updated_ms = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                           {next.code, next.name, next.unit, next.priceFen, next.active, now, next.id, before.version});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0) // another desk saved it between the read and this write
            return LastChange::stale(m_db, u"fee_item"_s, next.id, u"fee.stale"_s);
        next.version = before.version + 1;
    }
    auto audited = m_audit.append(who, u"fee_item"_s, next.id, item.id == 0 ? u"created"_s : u"changed"_s,
                                  item.id == 0 ? QJsonObject() : describe(before), describe(next));
    if (!audited)
        return audited.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return next;
}

Result<FeeItem> RepairService::setFeeItemActive(const Session& who, qint64 id, bool active)
{
    if (Status s = mayEditFees(who); !s)
        return s.error();
    auto current = loadFeeItem(id);
    if (!current)
        return current.error();
    FeeItem next = current.value();
    next.active = active;
    return saveFeeItem(who, next);
}

Result<Quote> RepairService::quote(const QList<QuoteRequest>& items) const
{
    Quote out;
    QSet<qint64> seen;
    for (const QuoteRequest& r : items) {
        if (r.quantity <= 0)
            return Error{u"fee.quantity"_s, tr("The quantity must be 1 or more."), u"quantity"_s};
        if (r.quantity > kMaxQuantity)
            return Error{u"fee.quantity"_s, tr("The quantity can be at most %1.").arg(kMaxQuantity), u"quantity"_s};
        if (seen.contains(r.feeItemId))
            return Error{u"fee.twice"_s, tr("Each item once: change its quantity instead."), u"items"_s};
        seen.insert(r.feeItemId);
        auto fee = loadFeeItem(r.feeItemId);
        if (!fee)
            return fee.error();
        if (!fee.value().active)
            return Error{u"fee.inactive"_s, tr("%1 is no longer offered.").arg(fee.value().name), u"items"_s};
        if (fee.value().priceFen <= 0)
            return Error{u"fee.price"_s, tr("%1 has no valid price.").arg(fee.value().name), u"price"_s};
        QuotedLine line;
        line.feeItemId = fee.value().id;
        line.code = fee.value().code;
        line.name = fee.value().name;
        line.unit = fee.value().unit;
        line.priceFen = fee.value().priceFen;
        line.quantity = r.quantity;
        line.amountFen = line.priceFen * r.quantity;
        out.totalFen += line.amountFen;
        out.lines << line;
    }
    return out;
}

} // namespace fd

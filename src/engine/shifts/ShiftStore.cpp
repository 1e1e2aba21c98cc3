#include "engine/shifts/ShiftStore.h"

#include "core/EnumTable.h"
#include "engine/tickets/TicketStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace fd {

using sql::idOrNull;
using sql::instant;
using sql::instantFrom;
using sql::text;

namespace {

// The stored keys of handover_items.kind: never change one. A key not known reads as a log line.
constexpr auto kItemKinds = enumTable<HandoverItemKind>(
    nullptr,
    {{HandoverItemKind::Ticket, "ticket"}, {HandoverItemKind::Log, "log"}, {HandoverItemKind::Equipment, "equipment"}});

// The stored keys of handover_sheets.status (the SQL below also writes 'draft'). An unknown key reads
// as a draft.
constexpr auto kSheetStatuses =
    enumTable<HandoverStatus>(nullptr, {{HandoverStatus::Draft, "draft"}, {HandoverStatus::Sealed, "sealed"}});

const QString kShiftColumns = u"id, post_id, user_id, code, started_ms, ended_ms, COALESCE(from_sheet_id, 0), "
                              "COALESCE(ended_how, ''), COALESCE(ended_by, 0)"_s;
const QString kSheetColumns =
    u"id, shift_id, post_id, leaving_user_id, COALESCE(arriving_user_id, 0), created_ms, notes, leaving_signed_ms, "
    "arriving_signed_ms, sealed_ms, status, version"_s;

Shift shiftFrom(const QSqlQuery& q)
{
    Shift s;
    s.id = q.value(0).toLongLong();
    s.postId = q.value(1).toLongLong();
    s.userId = q.value(2).toLongLong();
    const QString code = q.value(3).toString();
    s.code = code.isEmpty() ? QChar() : code.at(0);
    s.startedMs = q.value(4).toLongLong();
    s.endedMs = instantFrom(q.value(5));
    s.fromSheetId = q.value(6).toLongLong();
    s.endedHow = q.value(7).toString();
    s.endedBy = q.value(8).toLongLong();
    return s;
}

HandoverSheet sheetFrom(const QSqlQuery& q)
{
    HandoverSheet h;
    h.id = q.value(0).toLongLong();
    h.shiftId = q.value(1).toLongLong();
    h.postId = q.value(2).toLongLong();
    h.leavingUserId = q.value(3).toLongLong();
    h.arrivingUserId = q.value(4).toLongLong();
    h.createdMs = q.value(5).toLongLong();
    h.notes = q.value(6).toString();
    h.leavingSignedMs = instantFrom(q.value(7));
    h.arrivingSignedMs = instantFrom(q.value(8));
    h.sealedMs = instantFrom(q.value(9));
    h.status = kSheetStatuses.from(q.value(10).toString()).value_or(HandoverStatus::Draft);
    h.version = q.value(11).toInt();
    return h;
}

HandoverItemKind kindFrom(const QString& key)
{
    return kItemKinds.from(key).value_or(HandoverItemKind::Log);
}

} // namespace

ShiftStore::ShiftStore(Database& db) : m_db(db) {}

QString ShiftStore::key(HandoverItemKind kind)
{
    return kItemKinds.key(kind);
}

QString ShiftStore::key(HandoverStatus status)
{
    return kSheetStatuses.key(kSheetStatuses.known(status, HandoverStatus::Draft));
}

Error ShiftStore::staleError()
{
    return Error{u"shift.stale"_s, tr("Someone else changed this in the meantime; reload it and try again.")};
}

Result<QList<Post>> ShiftStore::posts() const
{
    auto q = m_db.exec(u"SELECT id, code, name, is_control_room FROM posts WHERE active ORDER BY id"_s);
    if (!q)
        return q.error();
    QList<Post> out;
    while (q.value().next())
        out.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
                    q.value().value(3).toBool()});
    return out;
}

Result<Post> ShiftStore::post(qint64 id) const
{
    auto all = posts();
    if (!all)
        return all.error();
    for (const Post& p : all.value())
        if (p.id == id)
            return p;
    return Error{u"shift.post"_s, tr("There is no such post."), u"post"_s};
}

Result<Shift> ShiftStore::shift(qint64 id) const
{
    return m_db.one(u"SELECT "_s + kShiftColumns + u" FROM shifts WHERE id = ?"_s, {id}, shiftFrom,
                    Error{u"shift.unknown"_s, tr("There is no such shift.")});
}

Result<std::optional<Shift>> ShiftStore::openShiftOf(qint64 userId) const
{
    auto q =
        m_db.exec(u"SELECT "_s + kShiftColumns + u" FROM shifts WHERE user_id = ? AND ended_ms IS NULL"_s, {userId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Shift>();
    Shift s = shiftFrom(q.value());
    q.value().finish();
    return std::optional<Shift>(s);
}

Result<qint64> ShiftStore::insertShift(const Shift& s)
{
    return m_db.insert(u"INSERT INTO shifts (post_id, user_id, code, started_ms, from_sheet_id) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                       {s.postId, s.userId, QString(s.code), s.startedMs, idOrNull(s.fromSheetId)});
}

Result<QList<Shift>> ShiftStore::openShifts() const
{
    auto q =
        m_db.exec(u"SELECT "_s + kShiftColumns + u" FROM shifts WHERE ended_ms IS NULL ORDER BY post_id, started_ms"_s);
    if (!q)
        return q.error();
    QList<Shift> out;
    while (q.value().next())
        out << shiftFrom(q.value());
    return out;
}

Result<int> ShiftStore::moveCustody(qint64 fromPostId, qint64 toPostId)
{
    auto q = m_db.exec(u"UPDATE tickets SET post_id = ? WHERE post_id = ? AND status NOT IN "_s +
                           TicketStore::finishedStatuses() + u" RETURNING id"_s,
                       {toPostId, fromPostId});
    if (!q)
        return q.error();
    int moved = 0;
    while (q.value().next())
        ++moved;
    return moved;
}

Status ShiftStore::endShift(qint64 shiftId, qint64 atMs, const QString& how, qint64 byUserId)
{
    auto q = m_db.exec(u"UPDATE shifts SET ended_ms = ?, ended_how = ?, ended_by = ?, version = version + 1 "
                       "WHERE id = ? AND ended_ms IS NULL RETURNING id"_s,
                       {atMs, how, byUserId, shiftId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return staleError();
    q.value().finish();
    return {};
}

Result<HandoverSheet> ShiftStore::sheet(qint64 id) const
{
    auto sheet = m_db.one(u"SELECT "_s + kSheetColumns + u" FROM handover_sheets WHERE id = ?"_s, {id}, sheetFrom,
                          Error{u"handover.unknown"_s, tr("There is no such handover sheet.")});
    if (!sheet)
        return sheet.error();
    HandoverSheet h = std::move(sheet).value();
    auto items = m_db.exec(u"SELECT id, sheet_id, position, kind, source, COALESCE(ref_id, 0), text, acknowledged_ms, "
                           "dispute FROM handover_items WHERE sheet_id = ? ORDER BY position"_s,
                           {id});
    if (!items)
        return items.error();
    while (items.value().next()) {
        const QSqlQuery& r = items.value();
        h.items.append({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toInt(),
                        kindFrom(r.value(3).toString()), r.value(4).toString(), r.value(5).toLongLong(),
                        r.value(6).toString(), instantFrom(r.value(7)), r.value(8).toString()});
    }
    return h;
}

Result<std::optional<qint64>> ShiftStore::sheetOfShift(qint64 shiftId) const
{
    auto v = m_db.scalar(u"SELECT id FROM handover_sheets WHERE shift_id = ?"_s, {shiftId});
    if (!v)
        return v.error();
    return v.value().isValid() ? std::optional<qint64>(v.value().toLongLong()) : std::nullopt;
}

Result<QList<HandoverSheet>> ShiftStore::sheetsOfShiftsStarted(qint64 fromMs, qint64 toMs) const
{
    auto q = m_db.exec(u"SELECT h.id FROM handover_sheets h JOIN shifts s ON s.id = h.shift_id "
                       "WHERE s.started_ms >= ? AND s.started_ms < ? ORDER BY s.started_ms, h.id"_s,
                       {fromMs, toMs});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    QList<HandoverSheet> out;
    for (qint64 id : ids) {
        auto h = sheet(id);
        if (!h)
            return h.error();
        out << h.value();
    }
    return out;
}

Result<QList<HandoverSummary>> ShiftStore::sheetsOfPost(qint64 postId, int limit, int offset) const
{
    // Unprefixed sheet columns from handover_sheets itself; the subqueries name it to reach its id.
    auto q =
        m_db.exec(u"SELECT "_s + kSheetColumns +
                      u", (SELECT s.code FROM shifts s WHERE s.id = handover_sheets.shift_id), "
                      "(SELECT COUNT(*) FROM handover_items i WHERE i.sheet_id = handover_sheets.id), "
                      "(SELECT COUNT(*) FROM handover_items i WHERE i.sheet_id = handover_sheets.id "
                      "AND i.dispute <> '') "
                      "FROM handover_sheets WHERE post_id = ? ORDER BY created_ms DESC, id DESC LIMIT ? OFFSET ?"_s,
                  {postId, limit, offset});
    if (!q)
        return q.error();
    QList<HandoverSummary> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        HandoverSummary row;
        row.sheet = sheetFrom(r);
        const QString code = r.value(12).toString();
        row.shiftCode = code.isEmpty() ? QChar() : code.at(0);
        row.itemCount = r.value(13).toInt();
        row.disputeCount = r.value(14).toInt();
        out << row;
    }
    return out;
}

Result<QList<HandoverSheet>> ShiftStore::awaitingArrival(qint64 postId) const
{
    auto q = m_db.exec(u"SELECT id FROM handover_sheets WHERE post_id = ? AND status = 'draft' "
                       "AND leaving_signed_ms IS NOT NULL ORDER BY created_ms, id"_s,
                       {postId});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    QList<HandoverSheet> out;
    for (qint64 id : ids) {
        auto h = sheet(id);
        if (!h)
            return h.error();
        out << h.value();
    }
    return out;
}

Result<qint64> ShiftStore::insertSheet(const HandoverSheet& h)
{
    return m_db.insert(u"INSERT INTO handover_sheets (shift_id, post_id, leaving_user_id, created_ms, notes, status) "
                       "VALUES (?, ?, ?, ?, ?, 'draft') RETURNING id"_s,
                       {h.shiftId, h.postId, h.leavingUserId, h.createdMs, text(h.notes)});
}

Result<qint64> ShiftStore::insertItem(const HandoverItem& i)
{
    return m_db.insert(u"INSERT INTO handover_items (sheet_id, position, kind, source, ref_id, text) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {i.sheetId, i.position, key(i.kind), text(i.source), idOrNull(i.refId), text(i.text)});
}

Result<int> ShiftStore::updateSheet(const HandoverSheet& h, int expectedVersion)
{
    auto q =
        m_db.exec(u"UPDATE handover_sheets SET arriving_user_id = ?, leaving_signed_ms = ?, arriving_signed_ms = ?, "
                  "sealed_ms = ?, status = ?, version = version + 1 WHERE id = ? AND version = ? "
                  "RETURNING version"_s,
                  {idOrNull(h.arrivingUserId), instant(h.leavingSignedMs), instant(h.arrivingSignedMs),
                   instant(h.sealedMs), key(h.status), h.id, expectedVersion});
    if (!q)
        return q.error();
    if (!q.value().next())
        return staleError();
    const int version = q.value().value(0).toInt();
    q.value().finish();
    return version;
}

Status ShiftStore::answerItem(qint64 itemId, qint64 atMs, const QString& dispute)
{
    auto q = m_db.exec(u"UPDATE handover_items SET acknowledged_ms = ?, dispute = ? WHERE id = ? "
                       "AND acknowledged_ms IS NULL"_s,
                       {atMs, text(dispute), itemId});
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1 ? Status{} : Status{staleError()};
}

} // namespace fd

#include "engine/shifts/ShiftService.h"

#include "core/Clock.h"
#include "engine/AccountService.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace fd {

ShiftService::ShiftService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules,
                           AccountService& accounts)
    : m_db(db), m_clock(clock), m_audit(audit), m_accounts(accounts), m_calendar(rules), m_store(db),
      m_presence(db, clock), m_ticketItems(db)
{
    m_providers << &m_ticketItems;
}

void ShiftService::addProvider(const HandoverProvider* provider)
{
    if (provider && !m_providers.contains(provider))
        m_providers << provider;
}

Result<QList<Post>> ShiftService::posts() const
{
    return m_store.posts();
}

Result<Post> ShiftService::controlRoomPost() const
{
    auto all = m_store.posts();
    if (!all)
        return all.error();
    for (const Post& p : all.value())
        if (p.isControlRoom)
            return p;
    return Error{u"shift.post"_s, tr("This site has no control room post.")};
}

Result<std::optional<Shift>> ShiftService::currentShift(qint64 userId) const
{
    return m_store.openShiftOf(userId);
}

Result<Shift> ShiftService::shift(qint64 id) const
{
    return m_store.shift(id);
}

Result<HandoverSheet> ShiftService::sheet(qint64 id) const
{
    return m_store.sheet(id);
}

Result<std::optional<HandoverSheet>> ShiftService::sheetOfShift(qint64 shiftId) const
{
    auto id = m_store.sheetOfShift(shiftId);
    if (!id)
        return id.error();
    if (!id.value())
        return std::optional<HandoverSheet>();
    auto h = m_store.sheet(*id.value());
    if (!h)
        return h.error();
    return std::optional<HandoverSheet>(std::move(h).value());
}

Result<QList<HandoverItem>> ShiftService::previewLines(const Session& who, qint64 shiftId) const
{
    if (Status s = who.require(Permission::WorkShifts); !s)
        return s.error();
    auto shift = m_store.shift(shiftId);
    if (!shift)
        return shift.error();
    if (shift.value().userId != who.user.id)
        return Error{u"perm.denied"_s, tr("Only the person on the shift hands it over.")};
    if (shift.value().endedMs)
        return Error{u"shift.ended"_s, tr("This shift has already been handed over.")};
    auto post = m_store.post(shift.value().postId);
    if (!post)
        return post.error();
    return draftItems(post.value(), m_clock.nowMs());
}

Result<QList<HandoverSummary>> ShiftService::sheetsOfPost(qint64 postId, int limit, int offset) const
{
    return m_store.sheetsOfPost(postId, limit, offset);
}

Result<QList<HandoverSheet>> ShiftService::awaitingArrival(qint64 postId) const
{
    return m_store.awaitingArrival(postId);
}

Result<QList<HandoverSheet>> ShiftService::sheetsOfShiftsStarted(qint64 fromMs, qint64 toMs) const
{
    return m_store.sheetsOfShiftsStarted(fromMs, toMs);
}

QJsonObject ShiftService::describe(const HandoverSheet& h)
{
    auto instant = [](const std::optional<qint64>& ms) { return ms ? QJsonValue(*ms) : QJsonValue(); };
    return {{u"shift_id"_s, h.shiftId},
            {u"post_id"_s, h.postId},
            {u"leaving_user_id"_s, h.leavingUserId},
            {u"arriving_user_id"_s, h.arrivingUserId},
            {u"items"_s, h.items.size()},
            {u"leaving_signed_ms"_s, instant(h.leavingSignedMs)},
            {u"arriving_signed_ms"_s, instant(h.arrivingSignedMs)},
            {u"sealed_ms"_s, instant(h.sealedMs)},
            {u"status"_s, ShiftStore::key(h.status)},
            {u"version"_s, h.version}};
}

Result<Shift> ShiftService::insertShift(const Session& who, qint64 postId, qint64 fromSheetId)
{
    auto post = m_store.post(postId);
    if (!post)
        return post.error();
    auto open = m_store.openShiftOf(who.user.id);
    if (!open)
        return open.error();
    if (open.value())
        return Error{
            u"shift.open"_s,
            tr("%1 is already on a shift; it ends when its handover sheet is sealed.").arg(who.user.displayName)};
    Shift s;
    s.postId = postId;
    s.userId = who.user.id;
    s.startedMs = m_clock.nowMs();
    s.code = m_calendar.shiftAt(s.startedMs).code; // R-SH-1
    s.fromSheetId = fromSheetId;
    auto id = m_store.insertShift(s);
    if (!id)
        return id.error();
    s.id = id.value();
    if (auto r = m_audit.append(who, u"shift"_s, s.id, u"started"_s, {},
                                {{u"post_id"_s, postId},
                                 {u"code"_s, QString(s.code)},
                                 {u"started_ms"_s, s.startedMs},
                                 {u"from_sheet_id"_s, fromSheetId}});
        !r)
        return r.error();
    return s;
}

Result<QList<HandoverItem>> ShiftService::draftItems(const Post& post, qint64 asOfMs) const
{
    QList<HandoverItem> items;
    for (const HandoverProvider* provider : m_providers) {
        auto lines = provider->openItems(post, asOfMs);
        if (!lines)
            return lines.error();
        for (const HandoverLine& line : lines.value()) {
            HandoverItem i;
            i.kind = line.kind;
            i.source = provider->source();
            i.refId = line.refId;
            i.text = line.text;
            items << i;
        }
    }
    auto q = m_db.exec(u"SELECT id, name FROM handover_equipment WHERE active ORDER BY position, id"_s);
    if (!q)
        return q.error();
    while (q.value().next()) {
        HandoverItem i;
        i.kind = HandoverItemKind::Equipment;
        i.source = u"equipment"_s;
        i.refId = q.value().value(0).toLongLong();
        i.text = q.value().value(1).toString();
        items << i;
    }
    for (int n = 0; n < items.size(); ++n)
        items[n].position = n + 1;
    return items;
}

Result<HandoverSheet> ShiftService::endShift(const Session& who, qint64 shiftId, const QString& notes)
{
    if (Status s = who.require(Permission::WorkShifts); !s) // R-SH-2
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto shift = m_store.shift(shiftId);
    if (!shift)
        return shift.error();
    if (shift.value().userId != who.user.id)
        return Error{u"perm.denied"_s, tr("Only the person on the shift hands it over.")};
    if (shift.value().endedMs)
        return Error{u"shift.ended"_s, tr("This shift has already been handed over.")};
    auto existing = m_store.sheetOfShift(shiftId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{u"handover.exists"_s, tr("This shift's handover sheet is already drafted; sign that one.")};
    auto post = m_store.post(shift.value().postId);
    if (!post)
        return post.error();

    HandoverSheet h;
    h.shiftId = shiftId;
    h.postId = post.value().id;
    h.leavingUserId = who.user.id;
    h.createdMs = m_clock.nowMs();
    h.notes = notes.trimmed();
    auto items = draftItems(post.value(), h.createdMs); // R-SH-2
    if (!items)
        return items.error();
    auto id = m_store.insertSheet(h);
    if (!id)
        return id.error();
    h.id = id.value();
    for (HandoverItem item : items.value()) {
        item.sheetId = h.id;
        auto itemId = m_store.insertItem(item);
        if (!itemId)
            return itemId.error();
        item.id = itemId.value();
        h.items << item;
    }
    QJsonObject after = describe(h);
    after.insert(u"notes"_s, h.notes);
    if (auto r = m_audit.append(who, u"handover_sheet"_s, h.id, u"drafted"_s, {}, after); !r)
        return r.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return h;
}

} // namespace fd

// ShiftService, part three: who is on duty where (R-SH-1). Starting at a post clears the way: a shift
// left past its end without a handover is taken over by the next person at its post, one's own stale
// shift elsewhere lapses, and nobody holds two posts. Part one (ShiftService.cpp) holds posts and the
// draft, part two (ShiftHandover.cpp) the signatures and the seal.
#include "engine/shifts/ShiftService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fd {

bool ShiftService::pastEnd(const Shift& shift, qint64 atMs) const
{
    return !shift.endedMs && atMs >= m_calendar.dueEnd(shift.startedMs);
}

Result<QList<ShiftOnDuty>> ShiftService::onDutyNow() const
{
    auto open = m_store.openShifts();
    if (!open)
        return open.error();
    auto posts = m_store.posts();
    if (!posts)
        return posts.error();
    QHash<qint64, QString> postNames;
    for (const Post& p : posts.value())
        postNames.insert(p.id, p.name);
    // Who each open shift's person is, and whether they are signed in anywhere now: one query.
    const qint64 now = m_clock.nowMs();
    QHash<qint64, QString> names;
    QSet<qint64> present;
    auto q = m_db.exec(u"SELECT u.id, u.display_name, "_s + DeskPresence::presentSql(u"u.id"_s) +
                           u" FROM users u WHERE u.id IN (SELECT user_id FROM shifts WHERE ended_ms IS NULL)"_s,
                       DeskPresence::presentValues(now));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        names.insert(id, q.value().value(1).toString());
        if (q.value().value(2).toBool())
            present.insert(id);
    }
    QList<ShiftOnDuty> out;
    for (const Shift& s : open.value()) {
        ShiftOnDuty d;
        d.shift = s;
        d.postName = postNames.value(s.postId);
        d.personName = names.value(s.userId);
        d.pastEnd = pastEnd(s, now);
        d.present = present.contains(s.userId);
        out << d;
    }
    return out;
}

Status ShiftService::endShiftAs(const Session& who, const Shift& shift, const QString& how, qint64 atMs,
                                qint64 sheetId)
{
    if (Status s = m_store.endShift(shift.id, atMs, how, who.user.id); !s)
        return s;
    QJsonObject after{{u"ended_ms"_s, atMs}, {u"how"_s, how}};
    if (sheetId)
        after.insert(u"sheet_id"_s, sheetId);
    if (shift.userId != who.user.id)
        after.insert(u"user_id"_s, shift.userId);
    if (auto r = m_audit.append(who, u"shift"_s, shift.id, u"ended"_s, {}, after); !r)
        return r.error();
    return {};
}

Result<std::optional<Shift>> ShiftService::clearWay(const Session& who, qint64 postId)
{
    auto open = m_store.openShifts();
    if (!open)
        return open.error();
    const qint64 now = m_clock.nowMs();
    std::optional<Shift> mine;
    for (const Shift& s : open.value()) {
        const bool stale = pastEnd(s, now);
        if (s.userId == who.user.id) {
            if (stale) { // yesterday's, never handed over: a new shift starts
                if (Status e = endShiftAs(who, s, u"lapsed"_s, now, 0); !e)
                    return e.error();
            } else if (s.postId == postId) {
                mine = s; // starting again where one is: the same shift goes on
            } else {
                auto post = m_store.post(s.postId);
                const QString since = DateTimeText::shortDateTime(s.startedMs);
                return Error{u"shift.open"_s,
                             tr("%1 is on a shift at %2 since %3; hand it over before working at another post.")
                                 .arg(who.user.displayName, post ? post.value().name : QString(), since),
                             u"post"_s};
            }
        } else if (s.postId == postId && stale) {
            // R-SH-1: left past its end without a handover: the arriving person at the post takes it over.
            if (Status e = endShiftAs(who, s, u"taken_over"_s, now, 0); !e)
                return e.error();
        }
    }
    return mine;
}

Result<Shift> ShiftService::startShift(const Session& who, qint64 postId)
{
    if (Status s = who.require(Permission::WorkShifts); !s) // R-SH-1
        return s.error();
    if (auto post = m_store.post(postId); !post)
        return post.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto mine = clearWay(who, postId);
    if (!mine)
        return mine.error();
    auto s = mine.value() ? Result<Shift>(*mine.value()) : insertShift(who, postId, 0);
    if (!s)
        return s.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return s;
}

} // namespace fd

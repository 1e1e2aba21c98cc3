#include "engine/shifts/DeskPresence.h"

#include "core/Clock.h"
#include "engine/Session.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

DeskPresence::DeskPresence(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<qint64> DeskPresence::signIn(const Session& who, const QString& workstation, qint64 postId)
{
    const qint64 now = m_clock.nowMs();
    return m_db.insert(u"INSERT INTO desk_presence (user_id, workstation, post_id, signed_in_ms, seen_ms) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                       {who.user.id, workstation, postId > 0 ? QVariant(postId) : QVariant(), now, now});
}

Status DeskPresence::renew(qint64 presenceId)
{
    return update(presenceId, u"seen_ms = ?"_s, {m_clock.nowMs()});
}

Status DeskPresence::setPost(qint64 presenceId, qint64 postId)
{
    return update(presenceId, u"post_id = ?, seen_ms = ?"_s,
                  {postId > 0 ? QVariant(postId) : QVariant(), m_clock.nowMs()});
}

Status DeskPresence::signOut(qint64 presenceId)
{
    return update(presenceId, u"ended_ms = ?"_s, {m_clock.nowMs()});
}

Status DeskPresence::update(qint64 presenceId, const QString& assignments, QVariantList values)
{
    values << presenceId;
    if (auto q = m_db.exec(u"UPDATE desk_presence SET "_s + assignments + u" WHERE id = ? AND ended_ms IS NULL"_s,
                           values);
        !q)
        return q.error();
    return {};
}

QString DeskPresence::presentSql(const QString& column)
{
    // seen_ms within the timeout either side of now: a clock set back does not keep a killed program's
    // sign-in alive until the clock catches up (a running one renews within a minute).
    return u"EXISTS (SELECT 1 FROM desk_presence d WHERE d.user_id = %1 AND d.ended_ms IS NULL "
           "AND d.seen_ms > ? AND d.seen_ms < ?)"_s.arg(column);
}

QVariantList DeskPresence::presentValues(qint64 nowMs)
{
    // Bound as 64-bit values: PostgreSQL would take "? - 180000" for an integer.
    return {QVariant(nowMs - TimeoutMs), QVariant(nowMs + TimeoutMs)};
}

} // namespace fd

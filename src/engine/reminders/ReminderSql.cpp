#include "engine/reminders/ReminderSql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace fd {

QString ReminderSql::pendingPredicate(const QString& r, const QString& t)
{
    // A follow-up slot is met once next_follow_up_ms moved past it (recorded, returned, paused…);
    // every other clock once its column no longer holds the instant (met, moved or stopped). A
    // complaint's judge reminder ends when it is graded (or cancelled as invalid, R-CP-2); its result
    // report when a superior confirms it or the customer has been replied to (R-CP-6).
    return uR"((CASE %1.due
        WHEN 'respond' THEN %2.respond_by_ms = %1.due_ms
        WHEN 'follow_up' THEN %2.next_follow_up_ms <= %1.due_ms
        WHEN 'resolve' THEN %2.resolve_by_ms = %1.due_ms
        WHEN 'reply' THEN %2.reply_by_ms = %1.due_ms
        WHEN 'callback' THEN %2.callback_by_ms = %1.due_ms
        WHEN 'report' THEN %1.acknowledged_ms IS NULL AND (%2.urgent OR (%2.kind = 'complaint'
            AND %2.severity IN ('important', 'major')))
        WHEN 'judge' THEN %2.kind = 'complaint' AND %2.severity = ''
        WHEN 'result' THEN %1.acknowledged_ms IS NULL AND %2.status = 'returned'
        ELSE FALSE END))"_s.arg(r, t);
}

} // namespace fd

namespace fd {

QString ReminderSql::within(const QString& column, const QList<qint64>* ids)
{
    if (!ids)
        return {};
    if (ids->isEmpty())
        return u" AND 1 = 0"_s;
    QStringList parts;
    parts.reserve(ids->size());
    for (qint64 id : *ids)
        parts << QString::number(id);
    return u" AND %1 IN (%2)"_s.arg(column, parts.join(u", "_s));
}

} // namespace fd

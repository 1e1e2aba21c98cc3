#include "engine/LastChange.h"

#include "core/DateTimeText.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The audit log's last event on a record: who (their name now) and when.
constexpr auto kLastEvent = "SELECT COALESCE(u.display_name, e.actor), e.at_ms FROM audit_events e LEFT JOIN users u "
                            "ON u.id = e.actor_id WHERE e.entity = ? AND e.entity_id = ? ORDER BY e.id DESC LIMIT 1";

// Who and when, as a query of a display name and a time in ms gives them.
auto whoWhenOf(Database& db, const QString& sql, const QVariantList& binds)
{
    return db.one(
        sql, binds,
        [](const QSqlQuery& q) {
            return std::pair{q.value(0).toString(), q.value(1).toLongLong()};
        },
        Error{});
}

// Who made the last change the audit log holds for a record, and when.
auto lastEvent(Database& db, const QString& entity, qint64 id)
{
    return whoWhenOf(db, QString::fromLatin1(kLastEvent), {entity, id});
}

} // namespace

Error LastChange::doneMeanwhile(Database& db, const QString& entity, qint64 id, const QString& code,
                                const QString& done, const QString& field)
{
    return doneBy(db, QString::fromLatin1(kLastEvent), {entity, id}, code, done, field);
}

Error LastChange::doneBy(Database& db, const QString& whoWhen, const QVariantList& binds, const QString& code,
                         const QString& done, const QString& field)
{
    auto last = whoWhenOf(db, whoWhen, binds);
    const QString said = last && !last.value().first.isEmpty()
                             ? done.arg(last.value().first, DateTimeText::dateTime(last.value().second))
                             : done.arg(tr("Another desk"), tr("a time not recorded"));
    return Error{code, tr("%1 Nothing was changed here.").arg(said), field};
}

Error LastChange::stale(Database& db, const QString& entity, qint64 id, const QString& code)
{
    auto last = lastEvent(db, entity, id);
    const QString keep = tr("What you typed is kept: “Reload and apply again” reads the record as it is now and "
                            "saves your input on it; Cancel leaves it as the other desk saved it.");
    if (!last)
        return Error{code, tr("Someone else changed this record after you opened it.") + u' ' + keep};
    return Error{code, tr("%1 changed this record at %2, after you opened it.")
                               .arg(last.value().first, DateTimeText::dateTime(last.value().second)) +
                           u' ' + keep};
}

bool LastChange::isStale(const Error& error)
{
    return error.code.endsWith(u".stale"_s);
}

} // namespace fd

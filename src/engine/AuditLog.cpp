#include "engine/AuditLog.h"

#include "core/Clock.h"
#include "engine/Session.h"
#include "storage/Database.h"

#include <sodium.h>

#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr auto kInsert =
    "INSERT INTO audit_events (id, at_ms, actor_id, actor, entity, entity_id, action, before_json, "
    "after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// An event not written: the server gone or another desk busy said as such (issue 16: the outage
// banner's words), the database refusing it as the audit log's.
Error auditError(const Error& e)
{
    if (e.code != u"db.sql"_s)
        return e;
    return Error{u"audit.insert"_s, AuditLog::tr("The audit log cannot be written: %1").arg(e.message)};
}

QString toJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AuditLog::AuditLog(Database& db, const Clock& clock) : m_db(db), m_clock(clock)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

QString AuditLog::hashOf(const Event& e)
{
    // Fields are joined with a unit separator that cannot occur in JSON text or names typed at the desk.
    const QString sep = QString(QChar(0x1f));
    const QByteArray text = QStringList{QString::number(e.id),
                                        QString::number(e.atMs),
                                        QString::number(e.actorId),
                                        e.actor,
                                        e.entity,
                                        QString::number(e.entityId),
                                        e.action,
                                        e.beforeJson,
                                        e.afterJson,
                                        e.prevHash}
                                .join(sep)
                                .toUtf8();
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(text.constData()),
                       static_cast<unsigned long long>(text.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

Result<qint64> AuditLog::append(const Session& who, const QString& entity, qint64 entityId, const QString& action,
                                const QJsonObject& before, const QJsonObject& after)
{
    if (m_db.transactionDepth() == 0)
        return Error{u"audit.notx"_s, tr("An audit event must be written together with its change.")};
    if (m_head.transaction != m_db.transactionSerial()) {
        if (Status s = loadHead(); !s)
            return s.error();
        m_pending.clear(); // a transaction that rolled back published nothing
        if (m_feed) {
            // Issue 16: on PostgreSQL the other desks hear of it too, at the commit (NOTIFY is sent
            // with the transaction and dropped with a rollback).
            if (m_db.backend() == Backend::Postgres)
                m_db.beforeCommit([this]() -> Status {
                    auto sent = m_db.exec(u"SELECT pg_notify(?, ?)"_s,
                                          {QString::fromLatin1(ChangeFeed::channel),
                                           QString::fromUtf8(ChangeFeed::encode(m_feed->origin(), m_pending))});
                    if (!sent)
                        return sent.error();
                    sent.value().finish();
                    return {};
                });
            m_db.afterCommit([this] { m_feed->publish(std::exchange(m_pending, {})); });
        }
    }

    Event e;
    e.id = m_head.seq + 1;
    e.prevHash = m_head.lastHash;
    e.atMs = m_clock.nowMs();
    e.actorId = who.user.id;
    e.actor = who.user.login;
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    e.beforeJson = toJson(before);
    e.afterJson = toJson(after);
    e.hash = hashOf(e);

    if (m_batching) {
        const quint64 transaction = m_db.transactionSerial();
        if (m_bufferTransaction != transaction) {
            m_buffer.clear(); // a transaction that rolled back wrote none of its own
            m_bufferTransaction = transaction;
            m_db.beforeCommit([this, transaction] { return flush(transaction); });
        }
        m_buffer.push_back(e);
    } else if (Status s = insert(e); !s) {
        return s.error();
    }
    m_head.seq = e.id;
    m_head.lastHash = e.hash;
    if (m_feed)
        m_pending.append({entity, entityId, action});
    return e.id;
}

Status AuditLog::insert(const Event& e)
{
    if (m_insert && m_insertConnection != m_db.connectionSerial()) {
        // Prepared on a connection lost since (issue 16: the server came back). Freeing it sends a
        // DEALLOCATE the new connection refuses, which would abort this transaction: free it after.
        auto stale = std::make_shared<QSqlQuery>(std::move(*m_insert));
        m_insert.reset();
        m_db.afterCommit([stale] {});
    }
    if (!m_insert) {
        m_insert.emplace(m_db.handle());
        m_insertConnection = m_db.connectionSerial();
        if (!m_insert->prepare(QString::fromLatin1(kInsert))) {
            const Error e = auditError(m_db.sqlError(QString::fromLatin1(kInsert), m_insert->lastError()));
            m_insert.reset();
            return e;
        }
    }
    const QVariantList values{
        e.id,       e.atMs,       e.actorId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(e.actorId),
        e.actor,    e.entity,     e.entityId,
        e.action,   e.beforeJson, e.afterJson,
        e.prevHash, e.hash};
    for (int i = 0; i < values.size(); ++i)
        m_insert->bindValue(i, values[i]);
    const bool ok = m_insert->exec();
    const Error failed = ok ? Error{} : auditError(m_db.sqlError(QString::fromLatin1(kInsert), m_insert->lastError()));
    m_insert->finish();
    if (!ok)
        return failed;
    return {};
}

Status AuditLog::flush(quint64 transaction)
{
    if (m_bufferTransaction != transaction)
        return {};
    const std::vector<Event> events = std::exchange(m_buffer, {});
    m_bufferTransaction = 0;
    // Rows a statement: on PostgreSQL each statement is a round trip to the server, so many; SQLite
    // looks every parameter up by its place in a list (Qt's driver asks each one's name), so a
    // statement with thousands of parameters costs quadratically more than a few with hundreds.
    const size_t chunk = m_db.backend() == Backend::Postgres ? 500 : 40;
    for (size_t from = 0; from < events.size(); from += chunk) {
        const size_t count = std::min(chunk, events.size() - from);
        QString sql = u"INSERT INTO audit_events (id, at_ms, actor_id, actor, entity, entity_id, action, "
                      "before_json, after_json, prev_hash, hash) VALUES "_s;
        QVariantList values;
        values.reserve(qsizetype(count) * 11);
        for (size_t i = 0; i < count; ++i) {
            const Event& e = events[from + i];
            sql += i == 0 ? u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s : u", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
            values << e.id << e.atMs
                   << (e.actorId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(e.actorId)) << e.actor
                   << e.entity << e.entityId << e.action << e.beforeJson << e.afterJson << e.prevHash << e.hash;
        }
        auto r = m_db.exec(sql, values);
        if (!r)
            return auditError(r.error());
    }
    return {};
}

Status AuditLog::loadHead()
{
    // A no-op UPDATE takes the head row's lock until COMMIT on both databases, so two workstations
    // can never give out the same event number or fork the chain.
    auto head = m_db.exec(u"UPDATE audit_head SET seq = seq WHERE id = 1 RETURNING seq, last_hash"_s);
    if (!head)
        return head.error();
    if (!head.value().next())
        return Error{u"audit.head"_s, tr("The audit chain's head record is missing; run frontdesk --check.")};
    const quint64 transaction = m_db.transactionSerial();
    m_head = {transaction, head.value().value(0).toLongLong(), head.value().value(1).toString()};
    head.value().finish();
    m_db.beforeCommit([this, transaction]() -> Status {
        if (m_head.transaction != transaction)
            return {};
        auto r =
            m_db.exec(u"UPDATE audit_head SET seq = ?, last_hash = ? WHERE id = 1"_s, {m_head.seq, m_head.lastHash});
        if (!r)
            return r.error();
        return {};
    });
    return {};
}

Result<QList<AuditLog::Event>> AuditLog::history(const QString& entity, qint64 entityId)
{
    auto q = m_db.exec(u"SELECT id, at_ms, COALESCE(actor_id, 0), actor, entity, entity_id, action, before_json, "
                       "after_json, prev_hash, hash FROM audit_events WHERE entity = ? AND entity_id = ? ORDER BY id"_s,
                       {entity, entityId});
    if (!q)
        return q.error();
    QList<Event> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toString(),
                    r.value(4).toString(), r.value(5).toLongLong(), r.value(6).toString(), r.value(7).toString(),
                    r.value(8).toString(), r.value(9).toString(), r.value(10).toString()});
    }
    return out;
}

Result<AuditLog::Verification> AuditLog::verify()
{
    Verification v;
    // The head first: events committed while we read (a live desk) lie beyond it and are not judged.
    auto head = m_db.exec(u"SELECT seq, last_hash FROM audit_head WHERE id = 1"_s);
    if (!head)
        return head.error();
    if (!head.value().next())
        return Error{u"audit.head"_s, tr("The audit chain's head record is missing; run frontdesk --check.")};
    const qint64 headSeq = head.value().value(0).toLongLong();
    const QString headHash = head.value().value(1).toString();
    head.value().finish();

    auto q = m_db.exec(u"SELECT id, at_ms, COALESCE(actor_id, 0), actor, entity, COALESCE(entity_id, 0), action, "
                       "before_json, after_json, prev_hash, hash FROM audit_events WHERE id <= ? ORDER BY id"_s,
                       {headSeq});
    if (!q)
        return q.error();
    qint64 expectedId = 1;
    QString expectedPrev;
    auto broken = [&v](qint64 id, const QString& reason) {
        v.ok = false;
        v.firstBrokenId = id;
        v.reason = reason;
    };
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const Event e{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toString(),
                      r.value(4).toString(),   r.value(5).toLongLong(), r.value(6).toString(),   r.value(7).toString(),
                      r.value(8).toString(),   r.value(9).toString(),   r.value(10).toString()};
        if (e.id != expectedId) {
            broken(expectedId, tr("event %1 is missing").arg(expectedId));
            return v;
        }
        if (e.prevHash != expectedPrev) {
            broken(e.id, tr("event %1 does not link to the event before it").arg(e.id));
            return v;
        }
        if (hashOf(e) != e.hash) {
            broken(e.id, tr("event %1 was changed after it was written").arg(e.id));
            return v;
        }
        ++v.checked;
        ++expectedId;
        expectedPrev = e.hash;
    }
    if (v.checked != headSeq || expectedPrev != headHash)
        broken(v.checked + 1, tr("events after %1 were removed").arg(v.checked));
    return v;
}

} // namespace fd

#pragma once

#include "core/Result.h"
#include "engine/ChangeFeed.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

class Clock;
class Database;
struct Session;

// The append-only, hash-chained record of every change. append() must run inside the caller's
// Transaction, so the change and its audit event are saved together or not at all. The database
// itself refuses UPDATE and DELETE on audit_events; verify() finds edits made behind the program's back.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Event
    {
        qint64 id = 0;
        qint64 atMs = 0;
        qint64 actorId = 0;
        QString actor;
        QString entity;
        qint64 entityId = 0;
        QString action;
        QString beforeJson;
        QString afterJson;
        QString prevHash;
        QString hash;
    };

    struct Verification
    {
        bool ok = true;
        qint64 checked = 0;
        qint64 firstBrokenId = 0;
        QString reason;
    };

    AuditLog(Database& db, const Clock& clock);

    Result<qint64> append(const Session& who, const QString& entity, qint64 entityId, const QString& action,
                          const QJsonObject& before, const QJsonObject& after);
    [[nodiscard]] Result<QList<Event>> history(const QString& entity, qint64 entityId);
    [[nodiscard]] Result<Verification> verify();

    [[nodiscard]] static QString hashOf(const Event& event);

    // While one lives, the events appended are written together, many rows a statement, just before
    // the transaction commits (an import of 20,000 units appends 60,000): the same ids, chain and
    // changes, a fraction of the round trips to a PostgreSQL server. Inside a transaction only.
    class Batch
    {
    public:
        explicit Batch(AuditLog& log) : m_log(log) { m_log.m_batching = true; }
        ~Batch() { m_log.m_batching = false; }
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

    private:
        AuditLog& m_log;
    };

    // Every event appended is a change: once its transaction has committed, the changes are
    // published on this feed (issue 12); a rolled-back transaction publishes nothing. Not owned.
    void setFeed(ChangeFeed* feed) { m_feed = feed; }

private:
    // The chain head as this transaction sees it: read (and locked) at the first event of a
    // transaction, advanced in memory, written back once just before COMMIT. One head row update
    // per transaction keeps a 60,000-event import fast on PostgreSQL, where updating one row many
    // times inside a transaction slows down quadratically. One AuditLog per Database.
    struct Head
    {
        quint64 transaction = 0;
        qint64 seq = 0;
        QString lastHash;
    };
    Status loadHead();
    Status insert(const Event& e);
    Status flush(quint64 transaction);

    Database& m_db;
    const Clock& m_clock;
    Head m_head;
    std::optional<QSqlQuery> m_insert; // prepared once: an import appends tens of thousands of events
    quint64 m_insertConnection = 0;
    bool m_batching = false;
    std::vector<Event> m_buffer;     // a Batch's events, written just before the commit
    quint64 m_bufferTransaction = 0; // the connection it was prepared on (Database::connectionSerial)
    ChangeFeed* m_feed = nullptr;
    QList<Change> m_pending; // this transaction's changes, published after its commit
};

} // namespace fd

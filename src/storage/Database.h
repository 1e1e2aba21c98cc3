#pragma once

#include "core/Result.h"
#include "storage/ConnectionSpec.h"
#include "storage/Dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <type_traits>
#include <vector>

namespace fd {

// One connection to the FrontDesk database, SQLite or PostgreSQL behind one interface.
// SQLite is opened with WAL, synchronous=FULL and foreign keys on; writes go through Transaction,
// which starts them with the dialect's write lock. Used only in the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // ReadOnly opens an existing SQLite file without changing it (checks, verifying a backup).
    enum class OpenMode { CreateIfMissing, MustExist, ReadOnly };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const ConnectionSpec& spec,
                                                                OpenMode mode = OpenMode::CreateIfMissing);

    [[nodiscard]] const ConnectionSpec& spec() const { return m_spec; }
    [[nodiscard]] Backend backend() const { return m_spec.backend; }
    [[nodiscard]] const Dialect& dialect() const { return m_dialect; }
    [[nodiscard]] QSqlDatabase handle() const;

    // Prepares, binds positional ? values and runs one statement.
    [[nodiscard]] Result<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {});
    // A statement `what` failed, as a person reads it: another desk holding the rows (db.busy), the
    // server gone (db.offline), or the database's own words (db.sql). For statements run outside exec.
    [[nodiscard]] Error sqlError(const QString& what, const QSqlError& error) const;
    // Runs an INSERT … RETURNING id and gives the new id.
    [[nodiscard]] Result<qint64> insert(const QString& sql, const QVariantList& binds = {});
    // An UPDATE guarded by the state it expects ("… WHERE id = ? AND voided_ms IS NULL"): the rows it
    // changed, 0 when another desk changed the record first (issue 16: an end, a void, a cancel is done
    // once, and the second desk is told rather than writing over the first one's who and when).
    [[nodiscard]] Result<int> update(const QString& sql, const QVariantList& binds = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    [[nodiscard]] Result<QVariant> scalar(const QString& sql, const QVariantList& binds = {});
    [[nodiscard]] bool tableExists(const QString& table);
    // PostgreSQL: closes the connection and opens it again (the server came back after an outage).
    // A statement prepared before is no longer valid: callers that keep one compare connectionSerial().
    Status reopen();
    [[nodiscard]] quint64 connectionSerial() const { return m_connectionSerial; }
    // The first row mapped by `map`, or `missing` when there is none ("no such ticket"). The query is
    // finished before returning, so the connection is free for the next statement (QPSQL drops an
    // unfinished result set when another statement runs).
    template <typename Map>
    [[nodiscard]] auto one(const QString& sql, const QVariantList& binds, Map map, Error missing)
        -> Result<std::invoke_result_t<Map, const QSqlQuery&>>
    {
        auto q = exec(sql, binds);
        if (!q)
            return q.error();
        if (!q.value().next())
            return missing;
        auto value = map(q.value());
        q.value().finish();
        return value;
    }

    // Transaction bookkeeping (see Transaction): nested scopes join the outermost one.
    Status begin();
    Status commit();
    void rollback();
    [[nodiscard]] int transactionDepth() const { return m_depth; }
    // Numbers each outermost transaction, so callers can keep per-transaction state (the audit head).
    [[nodiscard]] quint64 transactionSerial() const { return m_serial; }
    // Runs once, just before the outermost COMMIT; a failure rolls everything back.
    void beforeCommit(std::function<Status()> step);
    // Runs once, right after the outermost COMMIT succeeded; dropped when it rolls back.
    void afterCommit(std::function<void()> step);

private:
    Database(ConnectionSpec spec, QString connectionName);
    Status configureSqlite(bool readOnly);
    Status configurePostgres();
    // A failed PostgreSQL connection, told apart: a wrong or missing password, a certificate that is
    // not the pinned one, a server that refuses this workstation, one that cannot be reached.
    static Error connectionError(const ConnectionSpec& spec, const QString& text);

    ConnectionSpec m_spec;
    Dialect m_dialect;
    QString m_connectionName;
    int m_depth = 0;
    bool m_failed = false;
    quint64 m_serial = 0;
    quint64 m_connectionSerial = 1;
    std::vector<std::function<Status()>> m_beforeCommit;
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace fd

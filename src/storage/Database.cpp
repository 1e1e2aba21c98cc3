#include "storage/Database.h"

#include "storage/ServerTrust.h"

#include <spdlog/spdlog.h>

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <sys/vfs.h>

using namespace Qt::StringLiterals;

namespace fd {

namespace {
QAtomicInt g_connectionCounter;

// NFS, SMB/CIFS: file systems on which SQLite's WAL locking is not reliable (FACTS.md).
bool isNetworkShare(const QString& folder)
{
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return false;
    const auto type = static_cast<unsigned long>(fs.f_type);
    return type == 0x6969UL || type == 0x517BUL || type == 0xFF534D42UL || type == 0xFE534D42UL;
}

// A value inside '…' in libpq's connection string: a quote or backslash escaped.
QString quoted(QString value)
{
    value.replace(u"\\"_s, u"\\\\"_s);
    value.replace(u"'"_s, u"\\'"_s);
    return u"'"_s + value + u"'"_s;
}

// libpq's connection options: a dead server or network is noticed within seconds (keepalives, a
// bound on unacknowledged data), and a pinned certificate makes the connection encrypted and made
// only to the server that holds it (verify-ca against the server's own self-signed certificate).
QString postgresOptions(const ConnectionSpec& spec)
{
    QStringList options{u"connect_timeout=5"_s, u"keepalives=1"_s, u"keepalives_idle=5"_s, u"keepalives_interval=2"_s,
                        u"keepalives_count=2"_s, u"tcp_user_timeout=5000"_s,
                        u"application_name=%1"_s.arg(quoted(spec.applicationName)),
                        // A desk never waits long on another desk's lock (one whose computer died mid-save
                        // holds it until the server notices): the save is refused, to be made again.
                        // The server, too, notices a desk gone from the network within half a minute
                        // (whatever its own configuration): it ends the session, which lets go of the
                        // desk's locks, the reminders' advisory lock among them (ReminderLeader).
                        u"options='-c lock_timeout=15000 -c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 "
                        "-c tcp_keepalives_count=3'"_s};
    if (!spec.pinnedCertificate.isEmpty())
        options << u"sslmode=verify-ca"_s << u"sslrootcert=%1"_s.arg(quoted(spec.pinnedCertificate));
    else
        options << u"sslmode=prefer"_s;
    return options.join(u';');
}

bool mentions(const QString& text, std::initializer_list<const char*> parts)
{
    for (const char* part : parts)
        if (text.contains(QLatin1StringView(part), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

Error Database::connectionError(const ConnectionSpec& spec, const QString& text)
{
    // libpq's messages are read in English (main() and the tests' main set LC_MESSAGES to C for them;
    // the site's server answers in English, lc_messages = 'C').
    const QString where = u"%1:%2"_s.arg(spec.host).arg(spec.port);
    if (mentions(text, {"password authentication failed", "SCRAM authentication"}))
        return Error{u"db.password"_s,
                     tr("The server at %1 refused the password of %2. Check the password (the connection "
                        "dialog saves it in ~/.pgpass), or ask your IT person to reset it.")
                         .arg(where, spec.user),
                     u"password"_s};
    if (mentions(text, {"no password supplied"}))
        return Error{u"db.password_needed"_s,
                     tr("The server at %1 asks for the password of %2, and none is saved on this computer.")
                         .arg(where, spec.user),
                     u"password"_s};
    if (mentions(text, {"certificate verify failed", "root certificate", "certificate has expired"}))
        return Error{u"db.certificate"_s,
                     tr("The server at %1 did not show the certificate this workstation pinned, so FrontDesk did "
                        "not connect: it may not be your site's server. Ask your IT person before pinning it again.")
                         .arg(where),
                     u"database"_s};
    if (mentions(text, {"server does not support SSL", "no pg_hba.conf entry", "pg_hba.conf rejects"}))
        return Error{u"db.refused"_s,
                     tr("The server at %1 does not let this workstation in (%2). It takes encrypted connections "
                        "from the site's own role only: check the address and the user.")
                         .arg(where, text.trimmed()),
                     u"database"_s};
    if (mentions(text, {"does not exist"}))
        return Error{u"db.nodatabase"_s,
                     tr("The server at %1 has no database %2 or no user %3.").arg(where, spec.database, spec.user),
                     u"database"_s};
    if (mentions(text, {"Connection refused", "timeout expired", "could not translate host name", "No route to host",
                        "Network is unreachable", "Connection timed out", "could not connect",
                        "server closed the connection", "Name or service not known"}))
        return Error{u"db.unreachable"_s,
                     tr("Cannot reach the database server at %1. Check that the server is running and that this "
                        "computer is on the office network.")
                         .arg(where),
                     u"database"_s};
    return Error{u"db.open"_s, tr("Cannot open the database %1: %2").arg(spec.display(), text), u"database"_s};
}

Database::Database(ConnectionSpec spec, QString connectionName)
    : m_spec(std::move(spec)), m_dialect(m_spec.backend), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionSpec& spec, OpenMode mode)
{
    const QString name = u"frontdesk-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    if (spec.backend == Backend::Sqlite) {
        const QFileInfo info(spec.path);
        if (mode != OpenMode::CreateIfMissing && !info.exists())
            return Error{u"db.missing"_s, tr("The database file %1 does not exist.").arg(spec.path), u"database"_s};
        if (info.exists() && info.isDir())
            return Error{u"db.notfile"_s, tr("%1 is a folder, not a database file.").arg(spec.path), u"database"_s};
        if (mode != OpenMode::ReadOnly && isNetworkShare(info.absolutePath()))
            return Error{u"db.network"_s,
                         tr("%1 is on a network share. SQLite's write-ahead log is not safe there: keep the file on "
                            "this computer's own disk, or use a PostgreSQL server for several workstations.")
                             .arg(spec.path),
                         u"database"_s};
    }
    ConnectionSpec effective = spec;
    if (spec.backend == Backend::Postgres) {
        if (effective.pinnedCertificate.isEmpty())
            effective.pinnedCertificate = ServerTrust::pinnedCertificate(spec.host, spec.port);
        if (effective.pinnedCertificate.isEmpty() && !spec.isLoopback())
            return Error{u"db.unpinned"_s,
                         tr("The server at %1:%2 is on another computer, so the connection must be encrypted and "
                            "the server's certificate pinned first: use the connection dialog, or start once with "
                            "--trust-server FINGERPRINT (the fingerprint scripts/site-server printed).")
                             .arg(spec.host)
                             .arg(spec.port),
                         u"database"_s};
    }
    std::unique_ptr<Database> db(new Database(effective, name));
    {
        QSqlDatabase qdb = QSqlDatabase::addDatabase(spec.backend == Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
        if (!qdb.isValid())
            return Error{u"db.driver"_s, tr("The database driver for %1 is not installed.").arg(db->dialect().name())};
        if (spec.backend == Backend::Sqlite) {
            qdb.setDatabaseName(spec.path);
            qdb.setConnectOptions(mode == OpenMode::ReadOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                                             : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        } else {
            qdb.setHostName(spec.host);
            qdb.setPort(spec.port);
            qdb.setUserName(spec.user);
            qdb.setPassword(spec.password);
            qdb.setDatabaseName(spec.database);
            qdb.setConnectOptions(postgresOptions(effective));
        }
        if (!qdb.open()) {
            if (spec.backend == Backend::Postgres)
                return connectionError(effective, qdb.lastError().text());
            return Error{u"db.open"_s,
                         tr("Cannot open the database %1: %2").arg(spec.display(), qdb.lastError().text()),
                         u"database"_s};
        }
    }
    if (spec.backend == Backend::Sqlite) {
        if (Status s = db->configureSqlite(mode == OpenMode::ReadOnly); !s)
            return s.error();
    } else if (Status s = db->configurePostgres(); !s) {
        return s.error();
    }
    spdlog::info("opened {} database {}", db->dialect().name().toStdString(), spec.display().toStdString());
    return db;
}

Status Database::configurePostgres()
{
    // Instants are epoch milliseconds and text is compared as written: pin what the session may not vary.
    if (auto r = exec(u"SET client_encoding TO 'UTF8'"_s); !r)
        return r.error();
    return {};
}

Status Database::reopen()
{
    if (m_spec.backend != Backend::Postgres)
        return {};
    QSqlDatabase qdb = handle();
    qdb.close();
    m_depth = 0;
    m_beforeCommit.clear();
    m_afterCommit.clear();
    if (!qdb.open())
        return connectionError(m_spec, qdb.lastError().text());
    ++m_connectionSerial;
    spdlog::info("reconnected to {}", m_spec.display().toStdString());
    return configurePostgres();
}

Status Database::configureSqlite(bool readOnly)
{
    // A file that is not an SQLite database fails here, before anything is written to it.
    if (!scalar(u"PRAGMA schema_version"_s))
        return Error{
            u"db.notdb"_s,
            tr("%1 is not a FrontDesk database (it is not an SQLite file, or it is damaged).").arg(m_spec.path),
            u"database"_s};
    if (readOnly)
        return exec(u"PRAGMA foreign_keys=ON"_s).ok()
                   ? Status{}
                   : Status{Error{u"db.pragma"_s, tr("Cannot configure the database.")}};
    auto journal = scalar(u"PRAGMA journal_mode=WAL"_s);
    if (!journal)
        return journal.error();
    if (journal.value().toString().toLower() != u"wal"_s)
        spdlog::warn("SQLite refused WAL mode (journal_mode={}); is the file on a network share?",
                     journal.value().toString().toStdString());
    for (const QString& pragma : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (auto r = exec(pragma); !r)
            return r.error();
    }
    return {};
}

Error Database::sqlError(const QString& what, const QSqlError& error) const
{
    spdlog::error("SQL failed: {} -- {}", what.left(300).toStdString(), error.text().toStdString());
    if (m_spec.backend == Backend::Postgres) {
        const QString state = error.nativeErrorCode();
        if (state == u"55P03"_s)
            return Error{u"db.busy"_s, tr("Another desk is saving the same records at this moment, so nothing was "
                                          "saved. What you typed is still here: save again.")};
        if (!handle().isOpen() || state.startsWith(u"08"_s) || state.startsWith(u"57P0"_s) ||
            mentions(error.text(), {"server closed the connection", "no connection to the server",
                                    "terminating connection", "connection to server", "could not send data",
                                    "could not receive data", "SSL SYSCALL error", "SSL connection has been closed",
                                    "EOF detected", "connection to server was lost", "unexpected eof while reading"})) {
            return Error{u"db.offline"_s,
                         tr("The connection to the database server is lost, so nothing was saved. What you typed is "
                            "still here: save again once the server is back.")};
        }
    }
    return Error{u"db.sql"_s, tr("The database refused the change: %1")
                                  .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText())};
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (binds.isEmpty()) {
        // Statements without values run as plain queries: PostgreSQL cannot prepare SET, BEGIN or CREATE DATABASE.
        if (!query.exec(sql))
            return sqlError(sql, query.lastError());
        return query;
    }
    if (!query.prepare(sql))
        return sqlError(sql, query.lastError());
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(sql, query.lastError());
    return query;
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& binds)
{
    auto query = exec(sql, binds);
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{u"db.noid"_s, tr("The database did not return the new record's number.")};
    return query.value().value(0).toLongLong();
}

Result<int> Database::update(const QString& sql, const QVariantList& binds)
{
    auto query = exec(sql, binds);
    if (!query)
        return query.error();
    return query.value().numRowsAffected();
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& binds)
{
    auto query = exec(sql, binds);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    QVariant value = query.value().value(0);
    query.value().finish(); // an unfinished SELECT would keep SQLite's read transaction open
    return value;
}

bool Database::tableExists(const QString& table)
{
    return handle().tables().contains(table, Qt::CaseInsensitive);
}

Status Database::begin()
{
    if (m_depth++ > 0)
        return {};
    m_failed = false;
    ++m_serial;
    m_beforeCommit.clear();
    m_afterCommit.clear();
    if (auto r = exec(m_dialect.beginWrite()); !r) {
        m_depth = 0;
        return r.error();
    }
    return {};
}

Status Database::commit()
{
    if (m_depth <= 0)
        return Error{u"db.notx"_s, tr("No transaction is open.")};
    if (--m_depth > 0)
        return {};
    auto after = std::exchange(m_afterCommit, {});
    if (m_failed) {
        (void)exec(u"ROLLBACK"_s);
        m_beforeCommit.clear();
        return Error{u"db.rolledback"_s, tr("An inner step failed, so nothing was saved.")};
    }
    const auto steps = std::exchange(m_beforeCommit, {});
    for (const auto& step : steps) {
        if (Status s = step(); !s) {
            (void)exec(u"ROLLBACK"_s);
            return s;
        }
    }
    if (auto r = exec(u"COMMIT"_s); !r) {
        (void)exec(u"ROLLBACK"_s);
        if (r.error().code == u"db.offline"_s) // the server may have committed before the line went
            return Error{u"db.commit_unknown"_s,
                         tr("The connection to the database server was lost while saving: the save may or may not "
                            "have reached it. What you typed is still here; once the server is back, look for the "
                            "record before saving it again.")};
        return r.error();
    }
    for (const auto& step : after)
        step();
    return {};
}

void Database::afterCommit(std::function<void()> step)
{
    m_afterCommit.push_back(std::move(step));
}

void Database::beforeCommit(std::function<Status()> step)
{
    m_beforeCommit.push_back(std::move(step));
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_failed = true; // the outermost scope will roll everything back
        return;
    }
    m_beforeCommit.clear();
    m_afterCommit.clear();
    if (auto r = exec(u"ROLLBACK"_s); !r)
        spdlog::error("rollback failed");
}

} // namespace fd

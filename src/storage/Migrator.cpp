#include "storage/Migrator.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/SqlScript.h"
#include "storage/Transaction.h"

#include <spdlog/spdlog.h>

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The line a migration carries when it rebuilds SQLite tables (see migrate()).
const QString kRebuildsTables = u"-- fd:rebuilds-tables"_s;

// Foreign keys off for one migration step on SQLite, back on however the step ends.
class ForeignKeysOff
{
public:
    ForeignKeysOff(Database& db, bool active) : m_db(db), m_active(active)
    {
        if (m_active)
            (void)m_db.exec(u"PRAGMA foreign_keys=OFF"_s);
    }
    ~ForeignKeysOff()
    {
        if (m_active)
            (void)m_db.exec(u"PRAGMA foreign_keys=ON"_s);
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
    bool m_active;
};

} // namespace

Migrator::Migrator(QString resourceDir)
{
    const QDir dir(resourceDir);
    for (const QString& file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = file.section(u'_', 0, 0).toInt(&ok);
        if (!ok || version <= 0)
            continue;
        m_steps.append({version, file.section(u'_', 1).chopped(4), dir.filePath(file)});
    }
    std::sort(m_steps.begin(), m_steps.end(), [](const Step& a, const Step& b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

Migrator Migrator::upTo(int version) const
{
    Migrator older(*this);
    older.m_steps.removeIf([version](const Step& s) { return s.version > version; });
    return older;
}

Result<int> Migrator::currentVersion(Database& db)
{
    if (!db.tableExists(u"schema_version"_s))
        return 0;
    auto v = db.scalar(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    if (!v)
        return v.error();
    return v.value().toInt();
}

Status Migrator::checkCompatible(Database& db) const
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() == 0) {
        // Another program's database: refuse it before anything (WAL, tables) is written into it.
        const QStringList tables = db.handle().tables(QSql::Tables);
        if (!tables.isEmpty())
            return Error{u"schema.foreign"_s,
                         tr("This database already holds other tables (%1…) and is not a FrontDesk database. "
                            "It was not changed. Choose an empty database or a FrontDesk file.")
                             .arg(tables.first())};
    }
    if (current.value() > latestVersion())
        return Error{u"schema.newer"_s,
                     tr("This database was written by a newer FrontDesk (schema %1; this program knows up to %2). "
                        "It was not changed. Install the newer FrontDesk to use it.")
                         .arg(current.value())
                         .arg(latestVersion())};
    return {};
}

Status Migrator::migrate(Database& db, const Clock& clock) const
{
    if (Status s = checkCompatible(db); !s)
        return s;
    // Only an empty database needs the version table; an app account without CREATE rights can
    // then run an up-to-date database.
    if (!db.tableExists(u"schema_version"_s)) {
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        if (const QString lock = db.dialect().migrationLock(); !lock.isEmpty())
            if (auto r = db.exec(lock); !r)
                return r.error();
        if (auto r =
                db.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                        "applied_ms BIGINT NOT NULL, app_version TEXT NOT NULL)"_s);
            !r)
            return r.error();
        if (Status s = tx.commit(); !s)
            return s;
    }
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    for (const Step& step : m_steps) {
        if (step.version <= current.value())
            continue;
        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{u"schema.missing"_s, tr("Migration %1 cannot be read.").arg(step.resourcePath)};
        const QString script = QString::fromUtf8(file.readAll());
        // SQLite changes a column's constraints only by rebuilding its table (new table, copy, drop,
        // rename: "Making Other Kinds Of Table Schema Changes" in SQLite's ALTER TABLE page). That needs
        // foreign keys off, which SQLite ignores inside a transaction, so it is switched before the
        // step's transaction and back after it, and the step fails unless every reference still holds.
        const bool rebuilds = db.dialect().backend() == Backend::Sqlite && script.contains(kRebuildsTables);
        ForeignKeysOff keysOff(db, rebuilds);
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        if (const QString lock = db.dialect().migrationLock(); !lock.isEmpty()) {
            if (auto r = db.exec(lock); !r)
                return r.error();
            // Another workstation may have applied this step while we waited for the lock.
            auto now = currentVersion(db);
            if (!now)
                return now.error();
            if (now.value() >= step.version)
                continue;
        }
        for (const QString& statement : SqlScript::statements(script, db.dialect())) {
            if (auto r = db.exec(statement); !r)
                return Error{u"schema.failed"_s,
                             tr("Upgrading the database to schema %1 (%2) failed, nothing was changed: %3")
                                 .arg(step.version)
                                 .arg(step.name, r.error().message)};
        }
        if (rebuilds) {
            auto broken = db.exec(u"PRAGMA foreign_key_check"_s);
            if (!broken)
                return broken.error();
            if (broken.value().next())
                return Error{
                    u"schema.failed"_s,
                    tr("Upgrading the database to schema %1 (%2) failed, nothing was changed: a row of %3 "
                       "refers to a missing row of %4.")
                        .arg(step.version)
                        .arg(step.name, broken.value().value(0).toString(), broken.value().value(2).toString())};
        }
        if (auto r =
                db.exec(u"INSERT INTO schema_version (version, name, applied_ms, app_version) VALUES (?, ?, ?, ?)"_s,
                        {step.version, step.name, clock.nowMs(), QStringLiteral(FRONTDESK_VERSION)});
            !r)
            return r.error();
        if (Status s = tx.commit(); !s)
            return s;
        spdlog::info("database migrated to schema {} ({})", step.version, step.name.toStdString());
    }
    return {};
}

} // namespace fd

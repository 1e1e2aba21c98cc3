#include "bench/SiteCopy.h"

#include "bench/BenchSite.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fd::bench {

namespace {

constexpr const char* kCopied = "FrontDesk benchmark site, copied whole";

struct Column
{
    QString name;
    QString type; // PostgreSQL's data_type
};

// The site's database on the server, made when missing (connecting to the server's own database).
Status ensureDatabase(const ConnectionSpec& target)
{
    ConnectionSpec admin = target;
    admin.database = u"postgres"_s;
    auto db = Database::open(admin);
    if (!db)
        return db.error();
    auto exists = db.value()->scalar(u"SELECT COUNT(*) FROM pg_database WHERE datname = ?"_s, {target.database});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        if (auto made = db.value()->exec(u"CREATE DATABASE \"%1\""_s.arg(target.database)); !made)
            return made.error();
    return {};
}

Result<QList<Column>> targetColumns(Database& db, const QString& table)
{
    auto q = db.exec(u"SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' "
                     "AND table_name = ? ORDER BY ordinal_position"_s,
                     {table});
    if (!q)
        return q.error();
    QList<Column> out;
    while (q.value().next())
        out.append({q.value().value(0).toString(), q.value().value(1).toString()});
    q.value().finish();
    return out;
}

Result<QSet<QString>> sourceColumns(Database& db, const QString& table)
{
    auto q = db.exec(u"SELECT name FROM pragma_table_info(?)"_s, {table});
    if (!q)
        return q.error();
    QSet<QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString());
    q.value().finish();
    return out;
}

QVariant converted(const QVariant& v, const QString& type)
{
    if (v.isNull())
        return QVariant();
    if (type == u"boolean"_s)
        return v.toLongLong() != 0;
    if (type == u"bytea"_s)
        return v.toByteArray();
    return v;
}

Status copyTable(Database& from, Database& to, const QString& table, const QList<Column>& columns, qint64& rows)
{
    QStringList names;
    for (const Column& c : columns)
        names << c.name;
    const qsizetype perStatement = qMax<qsizetype>(1, qMin<qsizetype>(1000, 30000 / columns.size()));
    const QString head = u"INSERT INTO %1 (%2) VALUES "_s.arg(table, names.join(u", "_s));
    const QString one = u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s;
    auto read = from.exec(u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), table));
    if (!read)
        return read.error();
    QSqlQuery& q = read.value();
    QVariantList binds;
    qsizetype pending = 0;
    const auto flush = [&]() -> Status {
        if (pending == 0)
            return {};
        QStringList tuples(pending, one);
        auto wrote = to.exec(head + tuples.join(u", "_s), binds);
        if (!wrote)
            return wrote.error();
        wrote.value().finish();
        rows += pending;
        binds.clear();
        pending = 0;
        return {};
    };
    Transaction tx(to);
    if (!tx.started())
        return tx.started();
    while (q.next()) {
        for (int i = 0; i < columns.size(); ++i)
            binds << converted(q.value(i), columns.at(i).type);
        if (++pending == perStatement)
            if (Status s = flush(); !s)
                return s;
    }
    if (Status s = flush(); !s)
        return s;
    return tx.commit();
}

} // namespace

bool SiteCopy::hasSite(const ConnectionSpec& target)
{
    auto db = Database::open(target, Database::OpenMode::MustExist);
    if (!db)
        return false;
    // Marked at the copy's very end: a copy cut short is made again, never benchmarked.
    auto mark = db.value()->scalar(u"SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                                   "WHERE datname = current_database()"_s);
    return mark && mark.value().toString() == QLatin1StringView(kCopied);
}

Status SiteCopy::copy(const QString& sqlitePath, const ConnectionSpec& target)
{
    QElapsedTimer took;
    took.start();
    BenchClock clock;
    auto from = Database::open(ConnectionSpec::sqlite(sqlitePath), Database::OpenMode::MustExist);
    if (!from)
        return from.error();
    if (Status m = Migrator().migrate(*from.value(), clock); !m) // the file at this build's schema first
        return m;
    if (Status s = ensureDatabase(target); !s)
        return s;
    auto to = Database::open(target);
    if (!to)
        return to.error();
    if (Status m = Migrator().migrate(*to.value(), clock); !m)
        return m;
    Database& pg = *to.value();

    QStringList tables;
    {
        auto q = pg.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND "
                         "table_type = 'BASE TABLE' AND table_name <> 'schema_version' ORDER BY table_name"_s);
        if (!q)
            return q.error();
        while (q.value().next())
            tables << q.value().value(0).toString();
        q.value().finish();
    }
    // Triggers off for this session (the append-only audit log's guards, the search's keepers): the
    // rows are copied as they are. Foreign keys are enforced by triggers too, so the order is free.
    if (auto r = pg.exec(u"SET session_replication_role = replica"_s); !r)
        return r.error();
    if (auto r = pg.exec(u"TRUNCATE "_s + tables.join(u", "_s)); !r)
        return r.error();
    for (const QString& table : std::as_const(tables)) {
        auto target = targetColumns(pg, table);
        if (!target)
            return target.error();
        auto source = sourceColumns(*from.value(), table);
        if (!source)
            return source.error();
        QList<Column> common;
        for (const Column& c : target.value())
            if (source.value().contains(c.name))
                common << c;
        if (common.isEmpty()) {
            std::fprintf(stderr, "  %-28s not in the file: left empty\n", table.toUtf8().constData());
            continue;
        }
        QElapsedTimer one;
        one.start();
        qint64 rows = 0;
        if (Status s = copyTable(*from.value(), pg, table, common, rows); !s)
            return Error{s.error().code, table + u": "_s + s.error().message};
        if (rows > 0)
            std::fprintf(stderr, "  %-28s %9lld rows %7.1f s\n", table.toUtf8().constData(), rows,
                         double(one.elapsed()) / 1000.0);
    }
    // Identity columns continue after the copied ids.
    {
        QList<std::pair<QString, QString>> identities;
        auto q = pg.exec(u"SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                         "'public' AND (is_identity = 'YES' OR column_default LIKE 'nextval%')"_s);
        if (!q)
            return q.error();
        while (q.value().next())
            identities.append({q.value().value(0).toString(), q.value().value(1).toString()});
        q.value().finish();
        for (const auto& [table, column] : std::as_const(identities)) {
            auto r = pg.exec(u"SELECT setval(pg_get_serial_sequence('%1', '%2'), COALESCE(MAX(%2), 0) + 1, false) "
                             "FROM %1"_s.arg(table, column));
            if (!r)
                return r.error();
            r.value().finish();
        }
    }
    if (auto r = pg.exec(u"SET session_replication_role = origin"_s); !r)
        return r.error();
    if (auto r = pg.exec(u"ANALYZE"_s); !r)
        return r.error();
    if (auto r = pg.exec(u"COMMENT ON DATABASE \"%1\" IS '%2'"_s.arg(target.database, QLatin1StringView(kCopied))); !r)
        return r.error();
    std::fprintf(stderr, "copied %s to the server in %.0f s\n", sqlitePath.toUtf8().constData(),
                 double(took.elapsed()) / 1000.0);
    return {};
}

} // namespace fd::bench

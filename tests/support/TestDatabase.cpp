#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QAtomicInt>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {
QAtomicInt g_counter;

ConnectionSpec adminSpec()
{
    auto spec = ConnectionSpec::parse(qEnvironmentVariable("FRONTDESK_TEST_PG"));
    if (!spec || spec.value().backend != Backend::Postgres)
        throw std::runtime_error("FRONTDESK_TEST_PG must be postgresql://user@host:port/db");
    return spec.value();
}
} // namespace

bool TestDatabase::postgresRequested()
{
    return !qEnvironmentVariableIsEmpty("FRONTDESK_TEST_PG");
}

QStringList TestDatabase::backends()
{
    QStringList out{u"sqlite"_s};
    if (postgresRequested())
        out << u"postgres"_s;
    return out;
}

TestDatabase::TestDatabase(const QString& backend)
{
    if (backend == u"sqlite"_s) {
        m_spec = ConnectionSpec::sqlite(m_dir.filePath(u"test.sqlite"_s));
        return;
    }
    const ConnectionSpec admin = adminSpec();
    m_pgName = u"fdtest_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(g_counter.fetchAndAddRelaxed(1));
    {
        auto db = Database::open(admin);
        if (!db)
            throw std::runtime_error(db.error().message.toStdString());
        auto r = db.value()->exec(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
                                  "LC_CTYPE 'C.UTF-8'"_s.arg(m_pgName));
        if (!r)
            throw std::runtime_error(r.error().message.toStdString());
    }
    m_spec = admin;
    m_spec.database = m_pgName;
}

TestDatabase::~TestDatabase()
{
    if (m_pgName.isEmpty())
        return;
    auto db = Database::open(adminSpec());
    if (db)
        (void)db.value()->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName));
}

} // namespace fd::test

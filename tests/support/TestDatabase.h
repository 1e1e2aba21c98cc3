#pragma once

#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include "support/QtPrinters.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace fd::test {

// A fresh, empty database for one test: a new SQLite file in a temporary folder, or a new
// PostgreSQL database on the server FRONTDESK_TEST_PG names (created now, dropped afterwards).
class TestDatabase
{
public:
    // "sqlite" always; "postgres" too when FRONTDESK_TEST_PG is set (CI always sets it).
    [[nodiscard]] static QStringList backends();
    [[nodiscard]] static bool postgresRequested();

    explicit TestDatabase(const QString& backend = QStringLiteral("sqlite"));
    ~TestDatabase();

    [[nodiscard]] const ConnectionSpec& spec() const { return m_spec; }
    [[nodiscard]] QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    QString m_pgName;
};

// For INSTANTIATE_TEST_SUITE_P: names the backend in the test name (…/sqlite, …/postgres).
struct BackendName
{
    template <class ParamInfo> std::string operator()(const ParamInfo& info) const { return info.param.toStdString(); }
};

} // namespace fd::test

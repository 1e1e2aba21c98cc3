#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fd {

class Clock;
class Database;

// Brings a database up to the schema this program expects. Migrations are numbered SQL files in
// resources/migrations (compiled in), each applied in one transaction and recorded in
// schema_version. A database newer than the program is refused and left untouched.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(QString resourceDir = QStringLiteral(":/migrations"));

    [[nodiscard]] const QList<Step>& steps() const { return m_steps; }
    [[nodiscard]] int latestVersion() const;
    // The same migrations up to a version only: how a database an older program wrote is made
    // (the tests of a migration that changes existing rows).
    [[nodiscard]] Migrator upTo(int version) const;
    // 0 for an empty database.
    [[nodiscard]] static Result<int> currentVersion(Database& db);
    // Refuses a database that is newer than this program, without touching it.
    [[nodiscard]] Status checkCompatible(Database& db) const;
    [[nodiscard]] Status migrate(Database& db, const Clock& clock) const;

private:
    QList<Step> m_steps;
};

} // namespace fd

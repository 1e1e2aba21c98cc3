#pragma once

#include "core/Result.h"
#include "modules/registry/ImportReport.h"
#include "modules/registry/UnitCsvImporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QVariantList>

class QSqlQuery;

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// The database half of the unit/resident import: compares the checked rows of a file with the
// registry, counts what is new, changed and unchanged, and (in Write mode, only when the file has no
// problem at all) saves it in one transaction with an audit event for every created or changed record.
class UnitImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(UnitImportWriter)

public:
    enum class Mode { Preview, Write };

    UnitImportWriter(Database& db, const Clock& clock, AuditLog& audit);

    [[nodiscard]] ImportReport run(const Session& who, qint64 siteId, const UnitCsvImporter::Parsed& parsed, Mode mode);

private:
    struct KnownUnit
    {
        qint64 id = 0;
        QString type;
        qint64 areaCenti = 0;
        qint64 zoneId = 0;
        QString zoneName;
    };
    struct KnownResident
    {
        qint64 id = 0;
        QStringList phones;
    };
    struct Registry
    {
        QHash<QString, qint64> buildings;        // code -> id
        QHash<QString, qint64> zones;            // name -> id
        QHash<QString, KnownUnit> units;         // code -> unit
        QHash<QString, KnownResident> residents; // residentKey() -> resident
    };

    // A unit or resident the file adds, written many a statement (chunkRows()) once its turn comes.
    struct NewUnit
    {
        int row = 0;
        QString code;
        QVariantList binds;
        QJsonObject after;
    };
    struct NewResident
    {
        int row = 0;
        QString key;
        qint64 unitId = 0;
        QString name;
        QString relation;
        QStringList phones;
        QJsonObject after;
    };
    // Rows a statement (AuditLog::flush says why SQLite's are fewer).
    [[nodiscard]] qsizetype chunkRows() const;

    [[nodiscard]] static QString residentKey(qint64 unitId, const QString& name, const QString& relation);
    [[nodiscard]] Status load(qint64 siteId, Registry& registry);
    // Compares every row with the registry and counts; in Write mode also saves. The Error's row is the
    // row being saved when the database refused.
    [[nodiscard]] Status apply(const Session& who, qint64 siteId, const QList<UnitCsvImporter::Row>& rows, Mode mode,
                               ImportReport& report);
    [[nodiscard]] Result<qint64> execute(QSqlQuery& query, const QVariantList& binds, bool returnsId);
    // INSERT head VALUES (…), (…)… tail: the rows' values in one statement.
    [[nodiscard]] Result<QSqlQuery> insertRows(const QString& head, const QList<QVariantList>& rows,
                                               const QString& tail);
    // Writes (or, previewing, numbers) the pending new units / residents with their audit events and
    // records their ids in the registry; empties the list.
    [[nodiscard]] Status flushUnits(const Session& who, QList<NewUnit>& pending, Registry& reg, bool write,
                                    qint64& previewId);
    [[nodiscard]] Status flushResidents(const Session& who, QList<NewResident>& pending, Registry& reg, bool write,
                                        qint64& previewId);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd

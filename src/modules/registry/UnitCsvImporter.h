#pragma once

#include "core/Result.h"
#include "modules/registry/ImportReport.h"
#include "modules/registry/RegistryTypes.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace fd {

// The file half of the unit/resident import: decodes the bytes, maps the header (Chinese or English,
// any order) and checks every row, naming each problem. Never touches the database; UnitImportWriter
// compares the rows with the registry and saves them.
class UnitCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(UnitCsvImporter)

public:
    struct Person
    {
        QString name;
        ResidentRelation relation = ResidentRelation::Owner;
        QStringList phones; // normalised digits
    };

    struct Row
    {
        int row = 0; // 1-based data row
        QString building;
        QString entrance;
        QString room;
        QString code;    // "3-1-502"
        QString compact; // "31502"
        UnitType type = UnitType::Residential;
        qint64 areaCenti = 0;
        QString butler; // empty: leave the unit's zone as it is
        QList<Person> people;
    };

    struct Parsed
    {
        QString encoding;
        int rowsRead = 0;
        QList<Row> rows;
        QList<ImportProblem> problems;
    };

    // Reads and checks the whole file; every bad row gets its problems. Never touches the database.
    [[nodiscard]] static Parsed parse(const QByteArray& bytes);

    // Cell rules, public for the page's hints and for tests.
    // "89.5" -> 8950 exactly (no floating point); an Error message otherwise.
    [[nodiscard]] static Result<qint64> parseArea(const QString& text);
    [[nodiscard]] static std::optional<UnitType> parseType(const QString& text);
    // Splits a cell holding several numbers at / ; , ， ； 、
    [[nodiscard]] static QStringList splitPhones(const QString& cell);
    // Digits of the code in order: "3-1-502" -> "31502".
    [[nodiscard]] static QString compactOf(const QString& code);
    [[nodiscard]] static QString typeKey(UnitType type);
    [[nodiscard]] static UnitType typeFromKey(const QString& key);
    [[nodiscard]] static QString relationKey(ResidentRelation relation);
    // "3" -> "3栋"; a name that is already Chinese ("A座") stays as it is.
    [[nodiscard]] static QString buildingName(const QString& code);
};

} // namespace fd

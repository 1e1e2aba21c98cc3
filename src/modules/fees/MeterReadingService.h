#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"
#include "modules/registry/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// What a meter-reading import did, or would do (preview), or why it did nothing.
struct MeterImportReport
{
    bool accepted = false; // false: nothing was (or would be) written
    bool preview = false;
    QString encoding;
    int rowsRead = 0;
    int readings = 0;
    qint64 useCenti = 0; // the month's use of every reading, × their multipliers
    int replacing = 0;   // readings that correct one the month has already (the list shows whose)
    // By unit: the month's reading each unit's row corrects, as the preview read it (issue 16). The
    // import is given these back and replaces no other: one recorded after the preview is named.
    QHash<qint64, qint64> corrects;
    QList<ImportProblem> problems;
    std::optional<Error> refusal; // the role may not record readings
};

// The month's meter readings of a metered item (water, electricity; R-FE-1), which its billing run
// bills: (current − previous) × the meter's multiplier × the rate's price per unit of use. Readings
// are in hundredths of the unit of use (吨, 度), written with at most two decimals. The previous
// reading is the unit's last one of the item unless given (a unit's first reading, or a new meter
// whose count starts again: then a note says why). A reading is never changed: recording a unit's
// month again, before that month is billed, replaces the reading (both kept); after it is billed it
// is refused. One reading or a whole CSV (unit, current reading, optionally previous reading and
// multiplier; Chinese or English headers; UTF-8 or GB18030), all or nothing with every bad row named.
// Needs Permission::BillFees.
class MeterReadingService
{
    Q_DECLARE_TR_FUNCTIONS(MeterReadingService)

public:
    MeterReadingService(Database& db, const Clock& clock, AuditLog& audit);

    // previousCenti < 0: the unit's last reading. Errors name the field: item, unit, period,
    // previous (none on record yet), current (below the previous; or the month has a reading other than
    // the one reading.replacesId names: fees.reading_recorded, saying whose), multiplier, note (a
    // previous reading given that differs from the last one needs a reason).
    Result<MeterReading> record(const Session& who, const MeterReading& reading);
    // preview: checks and counts, writes nothing. An import replaces only the readings its preview
    // said it corrects (`corrects`, the preview's report's); a reading recorded for a unit of the sheet
    // since is named at the unit's row, and nothing is written.
    MeterImportReport importCsv(const Session& who, qint64 itemId, const QString& period, const QByteArray& bytes,
                                bool preview, const QHash<qint64, qint64>& corrects = {});

    // The readings of a month that count (not replaced), by unit code.
    [[nodiscard]] Result<QList<MeterReading>> readings(qint64 itemId, const QString& period) const;
    // The unit's reading of the item for `period` that counts (a correction replaces it), if any.
    [[nodiscard]] Result<std::optional<MeterReading>> current(qint64 unitId, qint64 itemId,
                                                              const QString& period) const;
    // A unit's last reading of the item before `period`, if any.
    [[nodiscard]] Result<std::optional<MeterReading>> lastBefore(qint64 unitId, qint64 itemId,
                                                                 const QString& period) const;

private:
    // Checks one reading against the ledger and the last reading; fills previous, unitCode.
    Result<MeterReading> check(const ChargeItem& item, MeterReading r) const;
    // The first reading that counts, of those `whereOrder` (after the columns' WHERE) picks.
    [[nodiscard]] Result<std::optional<MeterReading>> oneReading(const QString& whereOrder,
                                                                 const QVariantList& binds) const;
    // The reading replaced must be the one r.replacesId names (a form, or the sheet's preview).
    Result<qint64> write(const Session& who, const MeterReading& r);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd

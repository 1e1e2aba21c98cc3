#pragma once

#include "core/Result.h"
#include "modules/registry/ImportReport.h"
#include "modules/registry/RegistryTypes.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace fd {

class AuditLog;
class Clock;
class Database;
class SiteSetup;
struct Session;

// The site registry: buildings, units, residents and zones, the unit/resident CSV import and the
// desk's "find a unit" search. Every change is audited; nothing is deleted.
class RegistryService
{
    Q_DECLARE_TR_FUNCTIONS(RegistryService)

public:
    RegistryService(Database& db, const Clock& clock, AuditLog& audit, const SiteSetup& site);

    // Finds units by code ("3-1-502"), compact digits ("31502"), a resident's name (any part),
    // or the last 4 digits (or all) of a phone. Results are ordered by building, entrance and room, numbers
    // in natural order ("2" before "10"); `offset`/`limit` (at most 500) page them. Only active residents count.
    [[nodiscard]] Result<QList<UnitMatch>> search(const Session& who, const QString& text, int limit = 50,
                                                  int offset = 0) const;
    [[nodiscard]] Result<int> searchCount(const Session& who, const QString& text) const;
    [[nodiscard]] Result<UnitDetail> unit(const Session& who, qint64 unitId) const;
    [[nodiscard]] Result<qint64> unitCount() const;
    // `expectedBefore` is the text the editor started from: when someone else saved different notes
    // meanwhile, nothing is written and the Error (field "notes") says so, instead of silently overwriting.
    Status setUnitNotes(const Session& who, qint64 unitId, const QString& notes,
                        const std::optional<QString>& expectedBefore = std::nullopt);
    Status setResidentNotes(const Session& who, qint64 residentId, const QString& notes,
                            const std::optional<QString>& expectedBefore = std::nullopt);

    // Checks the whole file and reports every bad row; writes nothing.
    [[nodiscard]] ImportReport previewUnitsCsv(const QByteArray& bytes) const;
    // All or nothing: any bad row means nothing is written. Importing the same file twice changes nothing.
    ImportReport importUnitsCsv(const Session& who, const QByteArray& bytes);

    // Longest note a unit or resident may carry.
    static constexpr int kMaxNotesLength = 2000;

private:
    enum class Notes { Unit, Resident };
    Status setNotes(const Session& who, Notes target, qint64 id, const QString& notes,
                    const std::optional<QString>& expectedBefore);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const SiteSetup& m_site;
};

} // namespace fd

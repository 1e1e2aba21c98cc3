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

    // The unit's residents kept at the desk (Permission::EditRegistry), never deleted; each change is
    // one audit event, before → after. Errors name the field: name, phones, movedOut, resident.
    // A new resident of `unitId`; phones that are not phone numbers are refused, nothing written.
    Result<Resident> addResident(const Session& who, qint64 unitId, const ResidentChange& change);
    // Corrects the name, owner/tenant or phones of a resident still living there; a phone no longer
    // listed is ended (kept with the instant), a new one added.
    // With `change.seen`, refused as "registry.stale" (who and when) when another desk corrected the
    // resident since the form read them.
    Result<Resident> editResident(const Session& who, qint64 residentId, const ResidentChange& change);
    // One resident as stored now, as this person may see them (a form reading again what it edits).
    [[nodiscard]] Result<Resident> resident(const Session& who, qint64 residentId) const;
    // R-MO-1: a move-out on `movedOutMs` (not in the future): the resident stays on record, no longer active,
    // no longer found by the desk's search or offered as the unit's resident.
    Result<Resident> endResident(const Session& who, qint64 residentId, qint64 movedOutMs);

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
    // RegistryResidents.cpp
    [[nodiscard]] Result<ResidentChange> checked(const ResidentChange& change) const;
    [[nodiscard]] Result<Resident> loadResident(qint64 residentId) const;
    Status writePhones(qint64 residentId, const QStringList& before, const QStringList& after, qint64 now);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const SiteSetup& m_site;
};

} // namespace fd

#pragma once

#include "core/Result.h"
#include "modules/moves/MoveTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// A unit's keys (R-MI-1 "keys handed over (counted)", R-MO-1 "keys returned"): every change is an
// entry of its own in `unit_key_entries` (append-only), so what the unit holds of a kind is the sum of
// its entries and its history says who handed over, returned, lost or had made what, and when. A
// hand-over is signed for by the owner (or says why not); a loss says how; nothing is returned or lost
// beyond what the unit holds. One transaction and one audit event per change; a refused one writes
// nothing.
class UnitKeyService
{
    Q_DECLARE_TR_FUNCTIONS(UnitKeyService)

public:
    UnitKeyService(Database& db, const Clock& clock, AuditLog& audit);

    // Needs desk work. Errors name the field: unit, keys (no count, a count not above zero, a kind
    // twice, more returned or lost than held), note (a loss), signature (a hand-over).
    Result<QList<KeyEntry>> record(const Session& who, const KeyChange& change);
    // What the unit holds now, per kind, in the order of MoveTerms::keyKinds (kinds it holds none of
    // are left out).
    [[nodiscard]] Result<QList<KeyCount>> held(const Session& who, qint64 unitId) const;
    // Every change of the unit's keys, oldest first.
    [[nodiscard]] Result<QList<KeyEntry>> history(const Session& who, qint64 unitId) const;

private:
    [[nodiscard]] Result<QHash<KeyKind, int>> holdings(qint64 unitId) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd

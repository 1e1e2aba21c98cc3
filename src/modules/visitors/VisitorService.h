#pragma once

#include "core/Result.h"
#include "engine/search/SearchService.h"
#include "engine/watches/RecordSources.h"
#include "engine/tickets/SiteRules.h"
#include "modules/visitors/VisitorTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// The visitors log (访客, R-VS-1..4) and the units' standing instructions to the desk.
//  checkIn      R-VS-1: a visit the resident confirmed (by phone or arranged before) is admitted and
//               recorded with name, whom, purpose and time in (R-VS-2), and its watch is armed at
//               time in + the confirm minutes (R-VS-3); a refused one is recorded as refused with its
//               reason, never inside, no watch.
//  confirmStay  R-VS-3: the desk asked the resident again; the watch is re-armed as many minutes on.
//  checkOut     R-VS-4: the time out; the watch closes. Only a visitor inside can be checked out.
// Every change is one Transaction with an audit event; a refused one writes nothing.
class VisitorService
{
    Q_DECLARE_TR_FUNCTIONS(VisitorService)

public:
    // R-VS-3 "1.5 hours": the default, overridden by this site setting when it is stored. (SiteRules
    // is the engine's; the integrator may move the key there.)
    static constexpr const char* ConfirmMinutesKey = SiteRules::VisitorMinutes;
    static constexpr const char* WatchSource = "visitor";

    VisitorService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules);

    [[nodiscard]] int confirmMinutes() const;

    // Errors name the field: name, phone, party_size, unit, purpose, refusal_reason.
    Result<Visit> checkIn(const Session& who, const VisitorCheckIn& form);
    Result<Visit> confirmStay(const Session& who, qint64 visitId, const QString& note);
    Result<Visit> checkOut(const Session& who, qint64 visitId);

    [[nodiscard]] Result<Visit> visit(qint64 id) const;
    // The visitors inside now, the longest inside first; `offset`/`limit` page them.
    [[nodiscard]] Result<QList<Visit>> inside(int limit, int offset = 0) const;
    [[nodiscard]] Result<qint64> insideCount() const;
    // Past visitors whose name starts with or contains `text`, or whose phone starts with its digits,
    // one line per (person, unit, purpose, plate), the most frequent first.
    [[nodiscard]] Result<QList<FrequentVisitor>> suggestions(const QString& text, int limit = 8) const;

    // Instructions (VisitorInstructions.cpp). Errors name the field: unit, text, kind, ends.
    Result<UnitInstruction> addInstruction(const Session& who, const NewInstruction& instruction);
    // Ends it now (an update, audited; never a delete). Ending one already over is refused.
    Result<UnitInstruction> endInstruction(const Session& who, qint64 instructionId);
    // The unit's instructions in force at `atMs`: "refuse" ones first, then the newest.
    [[nodiscard]] Result<QList<UnitInstruction>> instructionsInForce(qint64 unitId, qint64 atMs) const;
    [[nodiscard]] Result<UnitInstruction> instruction(qint64 id) const;

    // The visits in the global search: visitor's name, phone digits, plate, unit code, resident.
    [[nodiscard]] static SearchSource searchSource();
    // What this module\'s records are called, for the engine, the reports and the search (RecordSources).
    [[nodiscard]] static RecordSource recordSource();

    [[nodiscard]] static QString confirmationKey(VisitConfirmation confirmation);
    [[nodiscard]] static QString confirmationName(VisitConfirmation confirmation);
    [[nodiscard]] static QString statusName(VisitStatus status);
    [[nodiscard]] static QString instructionKindKey(InstructionKind kind);
    [[nodiscard]] static QString instructionKindName(InstructionKind kind);

private:
    Status mayWork(const Session& who) const;
    Status validate(const VisitorCheckIn& form) const;
    Status armWatch(const Visit& v, qint64 fromMs, qint64 nowMs);
    Result<Visit> insideVisit(qint64 visitId) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const SiteRules& m_rules;
};

} // namespace fd

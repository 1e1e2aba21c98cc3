#pragma once

#include "core/Result.h"
#include "engine/search/SearchService.h"
#include "engine/watches/RecordSources.h"
#include "modules/moves/ArchiveTypes.h"
#include "modules/moves/Move.h"
#include "modules/moves/MoveSteps.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class ChargeService;
class Clock;
class Database;
class LiftBookingService;
class OneOffChargeService;
class OwnerArchiveService;
class RegistryService;
class TicketService;
class Transaction;
class UnitKeyService;
struct Session;

// Move-ins (入伙, R-MI-1) and move-outs (迁出, R-MO-1): a numbered record (RH-/QC-YYYYMMDD-NNN) whose
// steps, copied from the site's plan when it opens, are done in order: a step is done (who, when, its
// note) or marked not applicable with a reason, only once every step before it is, and never changed
// afterwards; the required ones are never skipped. The steps that do something do it in the same
// transaction: the keys handed over and returned are counted in the unit's key record, the move-in's day
// starts the unit's fees and books the cargo lift, the fees are settled only when the unit owes nothing,
// a defect found becomes a repair ticket linked to the move (or a move-out's damage a compensation
// line), the last step of a move-out ends the resident in the registry. An open move is watched: the
// desk is reminded on the day its next step is planned for. Every change is audited; a refused one
// writes nothing. Needs desk work; the site's plan needs the site rules.
class MoveService
{
    Q_DECLARE_TR_FUNCTIONS(MoveService)

public:
    static constexpr auto SearchKind = "move";
    // The move's day is within this many days of today (a typo of a year would stop a unit's fees).
    static constexpr int DayWindowDays = 92;

    MoveService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets, UnitKeyService& keys,
                LiftBookingService& lift, OwnerArchiveService& archive, ChargeService& charges,
                OneOffChargeService& oneOffCharges, RegistryService& registry);

    // Errors name the field: unit, resident (not of the unit, moved out already, or a move of theirs
    // open), name (a new resident's), day.
    Result<Move> open(const Session& who, const NewMove& request);
    // Does the step (field "step": not the next one, no such step, done already); what a step needs is
    // refused naming its field: signature, keys, note (keys missing), day, lift_from/lift_to, fees
    // (still owed), documents (not recorded yet).
    Result<Move> complete(const Session& who, qint64 moveId, const QString& stepKey, const StepDone& done);
    // Marks the step not applicable (field "reason": empty; "step": required, or not the next one).
    Result<Move> skip(const Session& who, qint64 moveId, const QString& stepKey, const QString& reason);
    // Plans a step for a day (field "day"); the desk is reminded on it.
    // `seenDay`: the step's planned day as the page showed it (none: not planned); another desk's plan
    // since is move.stale with who and when, nothing written (issue 16).
    Result<Move> schedule(const Session& who, qint64 moveId, const QString& stepKey, const QDate& day,
                          const std::optional<QDate>& seenDay);
    // A defect found while the move's inspection step is still to do (field "step" otherwise; room, item,
    // description, photo, amount, item of the charge).
    Result<MoveDefect> recordDefect(const Session& who, qint64 moveId, const DefectFound& found);
    // Ends an open move that will not happen (field "reason"); its cargo-lift booking is cancelled. Refused
    // once the move has changed the unit (field "move"): a move-in whose keys were handed over or whose
    // day started the fees, a move-out whose keys came back.
    Result<Move> cancel(const Session& who, qint64 moveId, const QString& reason);

    [[nodiscard]] Result<Move> find(const Session& who, qint64 moveId) const;
    // Open moves (by planned day), or every move newest first; with their steps, without defects.
    [[nodiscard]] Result<QList<Move>> moves(const Session& who, bool openOnly, int limit = 200) const;
    // Every move of a unit, newest first, with their steps (the owner's archive lists them).
    [[nodiscard]] Result<QList<Move>> movesOfUnit(const Session& who, qint64 unitId) const;
    // What the unit owes now, in fen (the move-out's fee steps).
    [[nodiscard]] Result<qint64> owed(const Session& who, qint64 unitId) const;

    // The site's steps of a kind in its order (the defaults until it sets its own).
    [[nodiscard]] Result<QList<MoveSteps::Definition>> plan(MoveKind kind) const;
    // Sets the site's steps in this order; the required ones must be in it (site rules; field "steps").
    // `seen`: the steps as the page read them (plan's keys); a list another administrator saved since
    // is move.plan.stale with who and when, nothing written (issue 16).
    Status setPlan(const Session& who, MoveKind kind, const QStringList& keys, const QStringList& seen);
    // What setPlan checks, before anything is written: known steps, each once, the required ones in, and
    // a move-out's damage inspected before its fees are settled and the keys returned last of those.
    [[nodiscard]] static Status checkPlan(MoveKind kind, const QStringList& keys);
    // The documents a move-in checks for an owner or a tenant: each entry is satisfied by any of its
    // kinds (an ID card or a passport).
    [[nodiscard]] Result<QList<QList<DocumentKind>>> documentsRequired(ResidentRelation relation) const;
    // `seen`: documentsRequired as the page read it; one saved since is move.plan.stale, as setPlan.
    Status setDocumentsRequired(const Session& who, ResidentRelation relation,
                                const QList<QList<DocumentKind>>& documents, const QList<QList<DocumentKind>>& seen);

    // For the global search: number, unit, resident (the number says which kind: RH move-in, QC move-out).
    [[nodiscard]] static SearchSource searchSource();
    // The watches of open move-ins and move-outs, counted by the weekly report, and the search's kind.
    [[nodiscard]] static QList<RecordSource> recordSources();

private:
    // On PostgreSQL, the site's move lists are saved one at a time (to the commit).
    Status lockPlans() const;
    Result<Move> load(qint64 moveId, bool withDefects = true) const;
    // The moves whose ids `sql` selects, in its order, with their steps and without defects.
    Result<QList<Move>> loadAll(const QString& sql, const QVariantList& binds) const;
    Result<Move> loadOpen(qint64 moveId) const;
    Status checkNext(const Move& move, const QString& stepKey) const;
    Status doStep(const Session& who, Move& move, const MoveStep& step, const MoveSteps::Definition& def,
                  const StepDone& done, QString& note, qint64& signatureId);
    Status checkDocuments(const Move& move) const;
    Status keysReturned(const Session& who, const Move& move, const StepDone& done, QString& note);
    Status moveDay(const Session& who, Move& move, const StepDone& done, QString& note);
    // Writes the step done or skipped, audits it, moves the watch or ends the move, and commits `tx`.
    Result<Move> closeStep(const Session& who, Transaction& tx, qint64 moveId, const QString& stepKey,
                           StepStatus status, const QString& note, qint64 signatureId);
    Status finish(const Session& who, Move& move);
    Status armWatch(const Move& move);
    Result<QString> allocateNumber(MoveKind kind);
    Result<qint64> owedFen(qint64 unitId) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    TicketService& m_tickets;
    UnitKeyService& m_keys;
    LiftBookingService& m_lift;
    OwnerArchiveService& m_archive;
    ChargeService& m_charges;
    OneOffChargeService& m_oneOff;
    RegistryService& m_registry;
};

} // namespace fd

#pragma once

#include "core/Result.h"
#include "core/Signature.h"
#include "engine/search/SearchService.h"
#include "engine/watches/RecordSources.h"
#include "modules/fees/DepositLedger.h"
#include "modules/renovations/Renovation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
class OneOffChargeService;
class OwnerArchiveService;
class SiteSettings;
class Transaction;
struct Session;

// Renovations (二次装修, R-RN-1), one stage after another, each refused until the one before it is done:
// application with drawings (filed into the unit's archive) → engineering's review in rounds (rejected
// with what to change and resubmitted, or approved; a forbidden item is never approved) → the agreement
// signed → the deposit and the decoration-waste fee charged as deposits and paid at the counter → the
// schedule → workers and their passes (never valid past the renovation's end; a removed worker's are
// voided) → inspections (a problem told to the owner with a day to fix it) and extensions of the end →
// acceptance asked for → passed, or failed with what to put right and asked for again → damages deducted
// from the deposit → the deposit refunded no sooner than the site's months after passing (3), never more
// than it holds. The engine reminds the desk at the planned end and on a problem's day, and the cashier
// when the refund comes due. Every change is audited; a refused one writes nothing.
// Roles: the desk (WorkTheDesk) applies, charges, keeps the roster and passes, records inspections and
// asks for acceptance; engineering's decisions, extensions and deductions need ReviewRenovations; the
// refund needs CollectFees; the site's scope list needs EditSiteRules.
class RenovationService
{
    Q_DECLARE_TR_FUNCTIONS(RenovationService)

public:
    static constexpr auto SearchKind = "renovation";           // renovations by number, unit, owner, company
    static constexpr auto PassSearchKind = "renovation_pass";  // worker passes by number and worker
    static constexpr auto EndWatch = "renovation_work";        // the planned end date
    static constexpr auto ProblemWatch = "renovation_problem"; // an inspection's problem, on its day to fix
    static constexpr auto RefundWatch = "renovation_refund";   // the deposit's refund, the cashier's

    RenovationService(Database& db, const Clock& clock, AuditLog& audit, SiteSettings& settings,
                      OwnerArchiveService& archive, OneOffChargeService& oneOffCharges);

    // The application. Errors name the field: unit, owner, company, licence, person, phone, scope, start,
    // end, drawings.
    Result<Renovation> apply(const Session& who, const RenovationApplication& application);
    // A new round after a rejection: scope, description, days and drawings (unit, owner, company ignored).
    Result<Renovation> resubmit(const Session& who, qint64 renovationId, const RenovationApplication& application);
    // Engineering's answer to the round under review. Approving a round with a forbidden item is refused
    // (field "scope"); a rejection says what to change (field "comment"). `seenRound`: the id of the round
    // the reviewer's page showed (0: the one under review); a newer round submitted since is not decided
    // unread (renovation.round.stale, issue 16).
    Result<Renovation> approve(const Session& who, qint64 renovationId, const QString& conditions,
                               qint64 seenRound = 0);
    Result<Renovation> reject(const Session& who, qint64 renovationId, const QString& whatToChange,
                              qint64 seenRound = 0);
    // The renovation agreement signed by the owner (field "signature": on the pad or on paper, not refused);
    // `agreementPath`, optional, a scan filed into the archive.
    Result<Renovation> signAgreement(const Session& who, qint64 renovationId, const Signature& signature,
                                     const QString& agreementPath = {});
    // Charges the deposit and the decoration-waste fee (items of ChargeBasis::Deposit) to the unit; they
    // are paid at the counter like any bill. Fields: deposit_item, deposit_amount, waste_item, waste_amount.
    Result<Renovation> chargeDeposit(const Session& who, qint64 renovationId, qint64 depositItemId, qint64 depositFen,
                                     qint64 wasteItemId, qint64 wasteFen);
    // The schedule agreed once both are paid (field "deposit": what is still owed); the work starts.
    Result<Renovation> setSchedule(const Session& who, qint64 renovationId, const QString& schedule);
    // Ends a renovation that will not go ahead, before its work started (field "reason"; "renovation").
    Result<Renovation> withdraw(const Session& who, qint64 renovationId, const QString& reason);

    // The roster, while the work goes on. Fields: name, id_number, phone.
    Result<RenovationWorker> addWorker(const Session& who, qint64 renovationId, const NewWorker& worker);
    // Off the roster (field "reason"); the worker's passes are voided.
    Result<RenovationWorker> removeWorker(const Session& who, qint64 workerId, const QString& reason);
    // A numbered pass for a worker on the roster, valid from–until within the renovation's days (fields:
    // worker, from, until).
    Result<WorkerPass> issuePass(const Session& who, qint64 workerId, const QDate& from, const QDate& until);
    Result<WorkerPass> voidPass(const Session& who, qint64 passId, const QString& reason);
    // At the door: the pass is checked and, when valid, the worker is let in (kept, flagged outside the
    // working hours). Refused passes are answered, not an error: PassCheck::valid false with the reason.
    Result<PassCheck> checkIn(const Session& who, const QString& passNumber);

    // An inspection (巡查); a problem needs how the owner was told and a day to fix it (fields: day,
    // inspector, findings, told, fix_by).
    Result<RenovationInspection> recordInspection(const Session& who, qint64 renovationId,
                                                  const InspectionFound& found);
    Result<RenovationInspection> problemFixed(const Session& who, qint64 inspectionId, const QString& note);
    // A later end date, approved by who records it (fields: day, reason).
    Result<Renovation> extend(const Session& who, qint64 renovationId, const QDate& newEnd, const QString& reason);

    // The owner asks for acceptance (field "problems": an inspection's problem not fixed yet).
    Result<Renovation> requestAcceptance(const Session& who, qint64 renovationId, const QString& note);
    // Engineering's acceptance of the round asked for (field "acceptance": none asked for); a failure says
    // what to put right (field "rectification"). Passing sets the refund's day, and is refused while an
    // inspection's problem is not put right (field "problems").
    Result<Renovation> passAcceptance(const Session& who, qint64 renovationId);
    Result<Renovation> failAcceptance(const Session& who, qint64 renovationId, const QString& rectification);
    // A damage to the common parts deducted from the deposit (fields: amount, description), any time after
    // the deposit is paid and before it is refunded; from the deposit line only (the waste fee pays for
    // the waste), never more than it holds.
    Result<DepositDeduction> deduct(const Session& who, qint64 renovationId, qint64 amountFen,
                                    const QString& description);
    // The refund, once passed and due (field "day"), of at most what the deposit holds (field "amount");
    // with nothing left held the renovation ends. Damages come out of the deposit line only, so the
    // decoration-waste fee is always left to refund and the refund always ends it.
    Result<DepositRefund> refund(const Session& who, qint64 renovationId, const RefundToPay& refund);

    [[nodiscard]] Result<Renovation> find(const Session& who, qint64 renovationId) const;
    // Active ones (not ended), by planned end; or every one, newest first; without their lists.
    [[nodiscard]] Result<QList<Renovation>> renovations(const Session& who, bool activeOnly, int limit = 200) const;
    // The renovation a record of it belongs to: a worker's pass (PassSearchKind, found by the search), an
    // inspection's problem (ProblemWatch, reminded), or the renovation itself (any other kind).
    [[nodiscard]] Result<qint64> renovationOf(const Session& who, const QString& kind, qint64 refId) const;
    [[nodiscard]] Result<QList<DepositLine>> depositLines(const Session& who, qint64 renovationId) const;
    [[nodiscard]] Result<QList<DepositDeduction>> deductions(const Session& who, qint64 renovationId) const;
    [[nodiscard]] Result<QList<DepositRefund>> refunds(const Session& who, qint64 renovationId) const;

    // The site's scope list (built-in items named in the user's language).
    [[nodiscard]] Result<QList<ScopeItem>> scopeItems() const;
    // Sets an item's approval and whether it is offered; a new item (empty key) gets a "site_" key.
    // An item's change is made on the item as the page showed it (`seen`, the same key; empty for a
    // new item): one another
    // administrator changed since is refused as renovation.scope.stale with who and when (issue 16).
    Result<ScopeItem> setScopeItem(const Session& who, const ScopeItem& item, const ScopeItem& seen);

    [[nodiscard]] static SearchSource searchSource();
    [[nodiscard]] static SearchSource passSearchSource();
    [[nodiscard]] static QList<RecordSource> recordSources();

private:
    Result<Renovation> load(qint64 id, bool withLists = true) const;
    Result<QList<Renovation>> loadAll(const QString& sql, const QVariantList& binds) const;
    Status loadLists(Renovation& r) const;
    // Locks the renovation (PostgreSQL) and checks its stage is one of `stages` (field "renovation").
    Result<Renovation> loadAt(qint64 id, const QList<RenovationStage>& stages) const;
    Status checkApplication(const RenovationApplication& a, bool first) const;
    Status addRound(const Session& who, const Renovation& r, int round, const RenovationApplication& a);
    Status setStage(const Session& who, const Renovation& r, RenovationStage stage, const QString& action,
                    const QJsonObject& details);
    Result<Renovation> decide(const Session& who, qint64 renovationId, bool approved, const QString& comment,
                              qint64 seenRound);
    Result<Renovation> decideAcceptance(const Session& who, qint64 renovationId, bool passed,
                                        const QString& rectification);
    Status armEndWatch(const Renovation& r);
    // What the renovation's deposit lines hold together.
    Result<qint64> heldFen(const Renovation& r) const;
    // Ends an accepted renovation once its last refund is paid; its cashier's reminder stops.
    Status end(const Session& who, const Renovation& r);
    Result<QString> allocateNumber(const QString& kind, const QString& prefix);
    Result<WorkerPass> loadPass(qint64 passId) const;
    // The passes `where` selects (over `p`, binding `id`), by number order: a renovation's in one read.
    Result<QList<WorkerPass>> readPasses(const QString& where, qint64 id) const;
    Result<Renovation> commitAndLoad(Transaction& tx, qint64 id);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    SiteSettings& m_settings;
    OwnerArchiveService& m_archive;
    OneOffChargeService& m_oneOff;
};

} // namespace fd

// RenovationService's reads: a renovation with its lists, the lists of renovations, the site's scope
// list, and what the search and the reminders are told.
#include "modules/renovations/RenovationService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "modules/renovations/RenovationTerms.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QDate dayFrom(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

std::optional<QDate> optionalDay(const QVariant& v)
{
    if (v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    return dayFrom(v);
}

constexpr auto kColumns =
    "r.id, r.number, r.unit_id, un.code, r.resident_id, res.name, r.company_name, r.company_licence, "
    "r.company_person, r.company_phone, r.planned_start, r.planned_end, r.stage, "
    "COALESCE(r.agreement_signature_id, 0), COALESCE(r.deposit_line_id, 0), COALESCE(r.waste_line_id, 0), "
    "r.schedule_note, r.accepted_day, r.refund_due_day, r.opened_ms, u.display_name, COALESCE(r.ended_ms, 0), "
    "COALESCE(r.withdraw_reason, ''), (SELECT COUNT(*) FROM renovation_inspections i WHERE i.renovation_id = r.id "
    "AND i.problem AND i.fixed_ms IS NULL) FROM renovations r JOIN units un ON un.id = r.unit_id JOIN residents res "
    "ON res.id = r.resident_id JOIN users u ON u.id = r.opened_by";

Renovation fromRow(const QSqlQuery& q)
{
    Renovation r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toString();
    r.unitId = q.value(2).toLongLong();
    r.unitCode = q.value(3).toString();
    r.residentId = q.value(4).toLongLong();
    r.ownerName = q.value(5).toString();
    r.companyName = q.value(6).toString();
    r.companyLicence = q.value(7).toString();
    r.companyPerson = q.value(8).toString();
    r.companyPhone = q.value(9).toString();
    r.plannedStart = dayFrom(q.value(10));
    r.plannedEnd = dayFrom(q.value(11));
    r.stage = RenovationTerms::stageFromKey(q.value(12).toString()).value_or(RenovationStage::Review);
    r.agreementSignatureId = q.value(13).toLongLong();
    r.depositLineId = q.value(14).toLongLong();
    r.wasteLineId = q.value(15).toLongLong();
    r.scheduleNote = q.value(16).toString();
    r.acceptedDay = optionalDay(q.value(17));
    r.refundDueDay = optionalDay(q.value(18));
    r.openedMs = q.value(19).toLongLong();
    r.openedBy = q.value(20).toString();
    r.endedMs = q.value(21).toLongLong();
    r.withdrawReason = q.value(22).toString();
    r.openProblems = q.value(23).toInt();
    return r;
}

} // namespace

Result<Renovation> RenovationService::load(qint64 id, bool withLists) const
{
    auto q = m_db.exec(u"SELECT %1 WHERE r.id = ?"_s.arg(QLatin1StringView(kColumns)), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"renovation.none"_s, tr("There is no such renovation."), u"renovation"_s};
    Renovation r = fromRow(q.value());
    q.value().finish();
    if (withLists)
        if (Status s = loadLists(r); !s)
            return s.error();
    return r;
}

Status RenovationService::loadLists(Renovation& r) const
{
    auto rounds = m_db.exec(u"SELECT o.id, o.round, o.scope, o.description, o.planned_start, o.planned_end, "
                            "o.submitted_ms, s.display_name, o.decision, COALESCE(o.decided_ms, 0), "
                            "COALESCE(d.display_name, ''), o.comment FROM renovation_rounds o JOIN users s ON "
                            "s.id = o.submitted_by LEFT JOIN users d ON d.id = o.decided_by WHERE o.renovation_id = ? "
                            "ORDER BY o.round"_s,
                            {r.id});
    if (!rounds)
        return rounds.error();
    while (rounds.value().next()) {
        const QSqlQuery& q = rounds.value();
        RenovationRound o;
        o.id = q.value(0).toLongLong();
        o.round = q.value(1).toInt();
        o.scope = q.value(2).toString().split(u',', Qt::SkipEmptyParts);
        o.description = q.value(3).toString();
        o.plannedStart = dayFrom(q.value(4));
        o.plannedEnd = dayFrom(q.value(5));
        o.submittedMs = q.value(6).toLongLong();
        o.submittedBy = q.value(7).toString();
        o.decision = RenovationTerms::decisionFromKey(q.value(8).toString()).value_or(RoundDecision::Pending);
        o.decidedMs = q.value(9).toLongLong();
        o.decidedBy = q.value(10).toString();
        o.comment = q.value(11).toString();
        r.rounds << o;
    }
    rounds.value().finish();
    auto drawings = m_db.exec(u"SELECT d.round_id, d.file_id FROM renovation_drawings d JOIN renovation_rounds o ON "
                              "o.id = d.round_id WHERE o.renovation_id = ? ORDER BY d.id"_s,
                              {r.id});
    if (!drawings)
        return drawings.error();
    while (drawings.value().next())
        for (RenovationRound& o : r.rounds)
            if (o.id == drawings.value().value(0).toLongLong())
                o.drawingFileIds << drawings.value().value(1).toLongLong();
    drawings.value().finish();
    auto workers =
        m_db.exec(u"SELECT id, name, id_masked, phone, trade, added_ms, COALESCE(removed_ms, 0), "
                  "COALESCE(removed_reason, '') FROM renovation_workers WHERE renovation_id = ? ORDER BY id"_s,
                  {r.id});
    if (!workers)
        return workers.error();
    while (workers.value().next()) {
        const QSqlQuery& q = workers.value();
        r.workers << RenovationWorker{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong(),
                                      q.value(6).toLongLong(), q.value(7).toString()};
    }
    workers.value().finish();
    auto passes = readPasses(u"p.renovation_id = ?"_s, r.id);
    if (!passes)
        return passes.error();
    r.passes = passes.value();
    auto inspections = m_db.exec(u"SELECT i.id, i.day, i.department, i.inspector, i.findings, i.problem, i.told_how, "
                                 "i.fix_by, COALESCE(i.fixed_ms, 0), COALESCE(i.fixed_note, ''), i.created_ms, "
                                 "u.display_name FROM renovation_inspections i JOIN users u ON u.id = i.created_by "
                                 "WHERE i.renovation_id = ? ORDER BY i.day, i.id"_s,
                                 {r.id});
    if (!inspections)
        return inspections.error();
    while (inspections.value().next()) {
        const QSqlQuery& q = inspections.value();
        RenovationInspection i;
        i.id = q.value(0).toLongLong();
        i.day = dayFrom(q.value(1));
        i.department =
            RenovationTerms::departmentFromKey(q.value(2).toString()).value_or(InspectionDepartment::Engineering);
        i.inspector = q.value(3).toString();
        i.findings = q.value(4).toString();
        i.problem = q.value(5).toBool();
        i.toldHow = q.value(6).toString();
        i.fixBy = optionalDay(q.value(7));
        i.fixedMs = q.value(8).toLongLong();
        i.fixedNote = q.value(9).toString();
        i.createdMs = q.value(10).toLongLong();
        i.createdBy = q.value(11).toString();
        r.inspections << i;
    }
    inspections.value().finish();
    auto extensions =
        m_db.exec(u"SELECT e.id, e.from_day, e.to_day, e.reason, u.display_name, e.created_ms FROM "
                  "renovation_extensions e JOIN users u ON u.id = e.approved_by WHERE e.renovation_id = ? "
                  "ORDER BY e.id"_s,
                  {r.id});
    if (!extensions)
        return extensions.error();
    while (extensions.value().next()) {
        const QSqlQuery& q = extensions.value();
        r.extensions << RenovationExtension{q.value(0).toLongLong(), dayFrom(q.value(1)),   dayFrom(q.value(2)),
                                            q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong()};
    }
    extensions.value().finish();
    auto acceptances = m_db.exec(u"SELECT a.id, a.round, a.requested_ms, q.display_name, a.request_note, a.decision, "
                                 "COALESCE(a.decided_ms, 0), COALESCE(d.display_name, ''), a.rectification FROM "
                                 "renovation_acceptances a JOIN users q ON q.id = a.requested_by LEFT JOIN users d ON "
                                 "d.id = a.decided_by WHERE a.renovation_id = ? ORDER BY a.round"_s,
                                 {r.id});
    if (!acceptances)
        return acceptances.error();
    while (acceptances.value().next()) {
        const QSqlQuery& q = acceptances.value();
        RenovationAcceptance a;
        a.id = q.value(0).toLongLong();
        a.round = q.value(1).toInt();
        a.requestedMs = q.value(2).toLongLong();
        a.requestedBy = q.value(3).toString();
        a.requestNote = q.value(4).toString();
        a.decision = RenovationTerms::acceptanceFromKey(q.value(5).toString()).value_or(AcceptanceDecision::Pending);
        a.decidedMs = q.value(6).toLongLong();
        a.decidedBy = q.value(7).toString();
        a.rectification = q.value(8).toString();
        r.acceptances << a;
    }
    acceptances.value().finish();
    return {};
}

Result<QList<WorkerPass>> RenovationService::readPasses(const QString& where, qint64 id) const
{
    auto q = m_db.exec(u"SELECT p.id, p.number, p.worker_id, w.name, p.valid_from, p.valid_until, p.issued_ms, "
                       "u.display_name, COALESCE(p.voided_ms, 0), COALESCE(p.void_reason, '') FROM renovation_passes p "
                       "JOIN renovation_workers w ON w.id = p.worker_id JOIN users u ON u.id = p.issued_by "
                       "WHERE %1 ORDER BY p.id"_s.arg(where),
                       {id});
    if (!q)
        return q.error();
    QList<WorkerPass> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << WorkerPass{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(),
                          r.value(3).toString(),   dayFrom(r.value(4)),   dayFrom(r.value(5)),
                          r.value(6).toLongLong(), r.value(7).toString(), r.value(8).toLongLong(),
                          r.value(9).toString()};
    }
    return out;
}

Result<WorkerPass> RenovationService::loadPass(qint64 passId) const
{
    auto passes = readPasses(u"p.id = ?"_s, passId);
    if (!passes)
        return passes.error();
    if (passes.value().isEmpty())
        return Error{u"renovation.no_pass"_s, tr("There is no such pass."), u"pass"_s};
    return passes.value().first();
}

Result<Renovation> RenovationService::loadAt(qint64 id, const QList<RenovationStage>& stages) const
{
    // Inside the caller's transaction: on PostgreSQL two desks acting on one renovation wait for each other.
    if (m_db.backend() == Backend::Postgres)
        if (auto q = m_db.exec(u"SELECT id FROM renovations WHERE id = ? FOR UPDATE"_s, {id}); !q)
            return q.error();
    auto r = load(id);
    if (!r)
        return r.error();
    if (!stages.contains(r.value().stage))
        return Error{u"renovation.stage"_s,
                     tr("%1 is %2: that is not done at this stage.")
                         .arg(r.value().number, RenovationTerms::displayName(r.value().stage)),
                     u"renovation"_s};
    return r;
}

Result<QList<Renovation>> RenovationService::loadAll(const QString& where, const QVariantList& binds) const
{
    auto q = m_db.exec(u"SELECT %1 %2"_s.arg(QLatin1StringView(kColumns), where), binds);
    if (!q)
        return q.error();
    QList<Renovation> out;
    while (q.value().next())
        out << fromRow(q.value());
    return out;
}

Result<Renovation> RenovationService::find(const Session& who, qint64 renovationId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    return load(renovationId);
}

Result<QList<Renovation>> RenovationService::renovations(const Session& who, bool activeOnly, int limit) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    if (activeOnly)
        return loadAll(u"WHERE r.ended_ms IS NULL ORDER BY r.planned_end, r.id LIMIT ?"_s, {limit});
    return loadAll(u"ORDER BY r.id DESC LIMIT ?"_s, {limit});
}

Result<qint64> RenovationService::renovationOf(const Session& who, const QString& kind, qint64 refId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    QString sql = u"SELECT id FROM renovations WHERE id = ?"_s;
    if (kind == QLatin1StringView(PassSearchKind))
        sql = u"SELECT renovation_id FROM renovation_passes WHERE id = ?"_s;
    else if (kind == QLatin1StringView(ProblemWatch))
        sql = u"SELECT renovation_id FROM renovation_inspections WHERE id = ?"_s;
    auto id = m_db.scalar(sql, {refId});
    if (!id)
        return id.error();
    if (!id.value().isValid())
        return Error{u"renovation.none"_s, tr("There is no such renovation."), u"renovation"_s};
    return id.value().toLongLong();
}

Result<QList<DepositLine>> RenovationService::depositLines(const Session& who, qint64 renovationId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    auto r = load(renovationId, false);
    if (!r)
        return r.error();
    return DepositLedger(m_db).lines(r.value().depositLines());
}

Result<QList<DepositDeduction>> RenovationService::deductions(const Session& who, qint64 renovationId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    auto r = load(renovationId, false);
    if (!r)
        return r.error();
    return DepositLedger(m_db).deductions(r.value().depositLines());
}

Result<QList<DepositRefund>> RenovationService::refunds(const Session& who, qint64 renovationId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    auto r = load(renovationId, false);
    if (!r)
        return r.error();
    return DepositLedger(m_db).refunds(r.value().depositLines());
}

Result<QList<ScopeItem>> RenovationService::scopeItems() const
{
    auto q = m_db.exec(u"SELECT item_key, name, approval, active FROM renovation_scope_items ORDER BY position, "
                       "item_key"_s);
    if (!q)
        return q.error();
    QList<ScopeItem> out;
    while (q.value().next()) {
        ScopeItem i;
        i.key = q.value().value(0).toString();
        i.name = q.value().value(1).toString();
        if (i.name.isEmpty())
            i.name = RenovationTerms::builtInScopeName(i.key);
        i.approval = RenovationTerms::approvalFromKey(q.value().value(2).toString()).value_or(ScopeApproval::Forbidden);
        i.active = q.value().value(3).toBool();
        out << i;
    }
    return out;
}

Result<ScopeItem> RenovationService::setScopeItem(const Session& who, const ScopeItem& item, const ScopeItem& seen)
{
    if (Status s = who.require(Permission::EditSiteRules); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    ScopeItem saved = item;
    const qint64 now = m_clock.nowMs();
    if (item.key.isEmpty()) {
        saved.name = item.name.simplified();
        if (saved.name.isEmpty())
            return Error{u"renovation.scope_name"_s, tr("Enter the name of the work."), u"name"_s};
        auto next = m_db.scalar(u"SELECT COALESCE(MAX(position), 0) + 1 FROM renovation_scope_items"_s);
        if (!next)
            return next.error();
        saved.key = u"site_%1"_s.arg(next.value().toInt());
        if (auto q = m_db.exec(u"INSERT INTO renovation_scope_items (item_key, name, approval, position, active, "
                               "changed_ms, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                               {saved.key, saved.name, RenovationTerms::key(saved.approval), next.value().toInt(),
                                saved.active, now, who.user.id});
            !q)
            return q.error();
        if (auto e = m_audit.append(who, u"renovation_scope"_s, 0, u"added"_s, {},
                                    {{u"key"_s, saved.key},
                                     {u"name"_s, saved.name},
                                     {u"approval"_s, RenovationTerms::key(saved.approval)}});
            !e)
            return e.error();
    } else {
        if (seen.key != item.key)
            return Error{u"renovation.scope"_s, tr("There is no such item of work."), u"scope"_s};
        // Only over what the page showed: another administrator's change since is not undone unseen.
        auto written = m_db.update(u"UPDATE renovation_scope_items SET approval = ?, active = ?, changed_ms = ?, "
                                   "changed_by = ? WHERE item_key = ? AND approval = ? AND active = ?"_s,
                                   {RenovationTerms::key(item.approval), item.active, now, who.user.id, item.key,
                                    RenovationTerms::key(seen.approval), seen.active});
        if (!written)
            return written.error();
        if (written.value() == 0)
            return LastChange::doneBy(m_db,
                                      u"SELECT COALESCE(u.display_name, ''), s.changed_ms FROM renovation_scope_items "
                                      "s LEFT JOIN users u ON u.id = s.changed_by WHERE s.item_key = ?"_s,
                                      {item.key}, u"renovation.scope.stale"_s,
                                      tr("%1 changed this item at %2; the list shows it as it is now."), u"scope"_s);
        if (auto e = m_audit.append(who, u"renovation_scope"_s, 0, u"changed"_s,
                                    {{u"key"_s, item.key},
                                     {u"approval"_s, RenovationTerms::key(seen.approval)},
                                     {u"active"_s, seen.active}},
                                    {{u"key"_s, item.key},
                                     {u"approval"_s, RenovationTerms::key(item.approval)},
                                     {u"active"_s, item.active}});
            !e)
            return e.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    auto all = scopeItems();
    if (!all)
        return all.error();
    for (const ScopeItem& i : all.value())
        if (i.key == saved.key)
            return i;
    return saved;
}

SearchSource RenovationService::searchSource()
{
    // The number, the unit, the owner and the decoration company.
    return SearchSource{QString::fromLatin1(SearchKind),
                        u"SELECT r.id, r.opened_ms, r.number, un.code || ' ' || res.name || ' ' || r.company_name, "
                        "r.number || ' ' || un.code || ' ' || res.name || ' ' || r.company_name || ' ' || "
                        "r.company_person, r.unit_id FROM renovations r JOIN units un ON un.id = r.unit_id "
                        "JOIN residents res ON res.id = r.resident_id WHERE r.id > ? ORDER BY r.id LIMIT ?"_s};
}

SearchSource RenovationService::passSearchSource()
{
    // A worker's pass by its number, the worker's name and phone, and the renovation's number.
    return SearchSource{QString::fromLatin1(PassSearchKind),
                        u"SELECT p.id, p.issued_ms, p.number, w.name || ' ' || un.code || ' ' || r.number, "
                        "p.number || ' ' || w.name || ' ' || w.phone || ' ' || r.number || ' ' || un.code, "
                        "r.unit_id FROM renovation_passes p JOIN renovation_workers w ON w.id = p.worker_id "
                        "JOIN renovations r ON r.id = p.renovation_id JOIN units un ON un.id = r.unit_id "
                        "WHERE p.id > ? ORDER BY p.id LIMIT ?"_s};
}

QList<RecordSource> RenovationService::recordSources()
{
    RecordSource search{QString::fromLatin1(SearchKind),
                        [] { return QCoreApplication::translate("WatchService", "Renovations"); }, 66};
    search.deskLog = false;
    RecordSource passes{QString::fromLatin1(PassSearchKind),
                        [] { return QCoreApplication::translate("WatchService", "Worker passes"); }, 67};
    passes.deskLog = false;
    RecordSource refund{QString::fromLatin1(RefundWatch),
                        [] { return QCoreApplication::translate("WatchService", "Renovation deposits due"); }, 65};
    refund.audience = {Role::Cashier, Role::Manager};
    refund.deskLog = false;
    // The desk's reminders, not logs of the desk: the weekly report counts renovations in a table of its
    // own (RenovationWeek).
    RecordSource end{QString::fromLatin1(EndWatch),
                     [] { return QCoreApplication::translate("WatchService", "Renovations in progress"); }, 63};
    end.deskLog = false;
    RecordSource problem{QString::fromLatin1(ProblemWatch),
                         [] { return QCoreApplication::translate("WatchService", "Renovation problems"); }, 64};
    problem.deskLog = false;
    return {end, problem, refund, search, passes};
}

} // namespace fd

// MoveService's reads and the site's plan of steps and documents.
#include "modules/moves/MoveService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "modules/fees/FeeLedger.h"
#include "modules/moves/MoveTerms.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr auto kMoveColumns =
    "SELECT m.id, m.number, m.kind, m.unit_id, un.code, un.building_id, m.resident_id, r.name, r.relation, "
    "m.planned_day, m.note, m.status, m.opened_ms, COALESCE(u.display_name, ''), m.ended_ms, m.cancel_reason, "
    "m.lift_booking_id FROM moves m JOIN units un ON un.id = m.unit_id JOIN residents r ON r.id = m.resident_id "
    "LEFT JOIN users u ON u.id = m.opened_by ";

Move moveFrom(const QSqlQuery& q)
{
    Move m;
    m.id = q.value(0).toLongLong();
    m.number = q.value(1).toString();
    m.kind = MoveSteps::kindFromKey(q.value(2).toString()).value_or(MoveKind::In);
    m.unitId = q.value(3).toLongLong();
    m.unitCode = q.value(4).toString();
    m.buildingId = q.value(5).toLongLong();
    m.residentId = q.value(6).toLongLong();
    m.residentName = q.value(7).toString();
    m.tenant = q.value(8).toString() == "tenant"_L1;
    m.plannedDay = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    m.note = q.value(10).toString();
    m.status = MoveSteps::statusFromKey(q.value(11).toString()).value_or(MoveStatus::Open);
    m.openedMs = q.value(12).toLongLong();
    m.openedBy = q.value(13).toString();
    m.endedMs = q.value(14).toLongLong();
    m.cancelReason = q.value(15).toString();
    m.liftBookingId = q.value(16).toLongLong();
    return m;
}

QString relationKey(ResidentRelation relation)
{
    return relation == ResidentRelation::Tenant ? u"tenant"_s : u"owner"_s;
}

} // namespace

Result<Move> MoveService::load(qint64 moveId, bool withDefects) const
{
    auto q = m_db.exec(QString::fromLatin1(kMoveColumns) + u"WHERE m.id = ?"_s, {moveId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"move.none"_s, tr("That move is not on record."), u"move"_s};
    Move m = moveFrom(q.value());
    q.value().finish();
    auto steps = m_db.exec(u"SELECT s.id, s.position, s.step_key, s.status, s.due_day, s.done_ms, "
                           "COALESCE(u.display_name, ''), s.note, s.signature_id FROM move_steps s LEFT JOIN users u "
                           "ON u.id = s.done_by WHERE s.move_id = ? ORDER BY s.position"_s,
                           {moveId});
    if (!steps)
        return steps.error();
    while (steps.value().next()) {
        const QSqlQuery& r = steps.value();
        MoveStep s;
        s.id = r.value(0).toLongLong();
        s.position = r.value(1).toInt();
        s.key = r.value(2).toString();
        s.status = MoveSteps::stepStatusFromKey(r.value(3).toString()).value_or(StepStatus::Pending);
        if (!r.value(4).isNull())
            s.dueDay = QDate::fromString(r.value(4).toString(), Qt::ISODate);
        s.doneMs = r.value(5).toLongLong();
        s.doneBy = r.value(6).toString();
        s.note = r.value(7).toString();
        s.signatureId = r.value(8).toLongLong();
        m.steps << s;
    }
    steps.value().finish();
    if (!withDefects)
        return m;
    auto defects =
        m_db.exec(u"SELECT d.id, d.room, d.item, d.description, d.photo_file_id, d.ticket_id, "
                  "COALESCE(t.number, ''), COALESCE(t.status, ''), d.bill_line_id, COALESCE(l.amount_fen, 0), "
                  "d.created_ms FROM move_defects d LEFT JOIN tickets t ON t.id = d.ticket_id "
                  "LEFT JOIN bill_lines l ON l.id = d.bill_line_id WHERE d.move_id = ? ORDER BY d.id"_s,
                  {moveId});
    if (!defects)
        return defects.error();
    while (defects.value().next()) {
        const QSqlQuery& r = defects.value();
        MoveDefect d;
        d.id = r.value(0).toLongLong();
        d.moveId = moveId;
        d.room = r.value(1).toString();
        d.item = r.value(2).toString();
        d.description = r.value(3).toString();
        d.photoFileId = r.value(4).toLongLong();
        d.ticketId = r.value(5).toLongLong();
        d.ticketNumber = r.value(6).toString();
        const QString status = r.value(7).toString();
        d.ticketOpen = d.ticketId != 0 && status != "closed"_L1 && status != "cancelled"_L1;
        d.billLineId = r.value(8).toLongLong();
        d.amountFen = r.value(9).toLongLong();
        d.createdMs = r.value(10).toLongLong();
        m.defects << d;
    }
    defects.value().finish();
    return m;
}

Result<Move> MoveService::loadOpen(qint64 moveId) const
{
    // Inside the caller's transaction: on PostgreSQL two desks doing one move's step wait for each other.
    if (m_db.backend() == Backend::Postgres)
        if (auto q = m_db.exec(u"SELECT id FROM moves WHERE id = ? FOR UPDATE"_s, {moveId}); !q)
            return q.error();
    auto move = load(moveId);
    if (!move)
        return move.error();
    if (move.value().status != MoveStatus::Open)
        return Error{u"move.ended"_s,
                     tr("%1 is %2: nothing more is done on it.")
                         .arg(move.value().number, MoveSteps::displayName(move.value().status)),
                     u"move"_s};
    return move;
}

Result<Move> MoveService::find(const Session& who, qint64 moveId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    return load(moveId);
}

Result<QList<Move>> MoveService::loadAll(const QString& sql, const QVariantList& binds) const
{
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    q.value().finish();
    QList<Move> out;
    for (qint64 id : ids) {
        auto m = load(id, false);
        if (!m)
            return m.error();
        out << m.value();
    }
    return out;
}

Result<QList<Move>> MoveService::moves(const Session& who, bool openOnly, int limit) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    return loadAll(openOnly ? u"SELECT id FROM moves WHERE status = 'open' ORDER BY planned_day, id LIMIT ?"_s
                            : u"SELECT id FROM moves ORDER BY id DESC LIMIT ?"_s,
                   {limit});
}

Result<QList<Move>> MoveService::movesOfUnit(const Session& who, qint64 unitId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    return loadAll(u"SELECT id FROM moves WHERE unit_id = ? ORDER BY id DESC"_s, {unitId});
}

Result<qint64> MoveService::owedFen(qint64 unitId) const
{
    auto lines = FeeLedger(m_db).openLines(unitId);
    if (!lines)
        return lines.error();
    qint64 owed = 0;
    for (const OpenLine& l : lines.value())
        owed += l.outstandingFen();
    return owed;
}

Result<qint64> MoveService::owed(const Session& who, qint64 unitId) const
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    return owedFen(unitId);
}

Result<QList<MoveSteps::Definition>> MoveService::plan(MoveKind kind) const
{
    auto q =
        m_db.exec(u"SELECT step_key FROM move_step_plans WHERE kind = ? ORDER BY position"_s, {MoveSteps::key(kind)});
    if (!q)
        return q.error();
    QList<MoveSteps::Definition> out;
    while (q.value().next())
        if (const auto d = MoveSteps::find(kind, q.value().value(0).toString()))
            out << *d;
    q.value().finish();
    return out.isEmpty() ? MoveSteps::defaults(kind) : out;
}

Status MoveService::checkPlan(MoveKind kind, const QStringList& keys)
{
    QSet<QString> seen;
    for (const QString& k : keys) {
        if (!MoveSteps::find(kind, k))
            return Error{u"move.plan_step"_s, tr("There is no step “%1” of a %2.").arg(k, MoveSteps::displayName(kind)),
                         u"steps"_s};
        if (seen.contains(k))
            return Error{u"move.plan_twice"_s, tr("“%1” is in the list twice.").arg(MoveSteps::displayName(k)),
                         u"steps"_s};
        seen.insert(k);
    }
    // R-MI-1, R-MO-1: a site orders its steps and leaves optional ones out, never the required ones.
    for (const MoveSteps::Definition& d : MoveSteps::defaults(kind))
        if (d.required && !seen.contains(d.key))
            return Error{
                u"move.plan_required"_s,
                tr("“%1” is always a step of a %2.").arg(MoveSteps::displayName(d.key), MoveSteps::displayName(kind)),
                u"steps"_s};
    // R-MO-1: the damage is charged before the fees are settled, and the keys come back after them, so no
    // order lets a move-out end with money owed.
    const auto before = [&keys](const char* first, const char* then) {
        const qsizetype a = keys.indexOf(QString::fromLatin1(first));
        const qsizetype b = keys.indexOf(QString::fromLatin1(then));
        return a < 0 || b < 0 || a < b;
    };
    if (kind == MoveKind::Out &&
        (!before("damage_inspection", "fees_settled") || !before("fees_settled", "keys_returned")))
        return Error{u"move.plan_fees"_s,
                     tr("“%1” comes after “%2” and before “%3”.")
                         .arg(MoveSteps::displayName(u"fees_settled"_s), MoveSteps::displayName(u"damage_inspection"_s),
                              MoveSteps::displayName(u"keys_returned"_s)),
                     u"steps"_s};
    return {};
}

Status MoveService::lockPlans() const
{
    // A plain BEGIN on PostgreSQL locks nothing read: the second of two administrators saving the
    // same list would not see the first's. One list saved at a time, to the commit.
    if (m_db.backend() != Backend::Postgres)
        return {};
    if (auto q = m_db.exec(u"LOCK TABLE move_step_plans, move_documents_required IN SHARE ROW EXCLUSIVE MODE"_s); !q)
        return q.error();
    return {};
}

Status MoveService::setPlan(const Session& who, MoveKind kind, const QStringList& keys, const QStringList& seen)
{
    if (Status s = who.require(Permission::EditSiteRules); !s)
        return s;
    if (Status s = checkPlan(kind, keys); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (Status locked = lockPlans(); !locked)
        return locked;
    auto before = plan(kind);
    if (!before)
        return before.error();
    const QStringList wasKeys = MoveSteps::keys(before.value());
    if (wasKeys != seen)
        return LastChange::doneMeanwhile(m_db, u"move_plan"_s, kind == MoveKind::In ? 1 : 2, u"move.plan.stale"_s,
                                         kind == MoveKind::In ? tr("%1 changed the move-in steps at %2.")
                                                              : tr("%1 changed the move-out steps at %2."),
                                         u"steps"_s);
    if (auto q = m_db.exec(u"DELETE FROM move_step_plans WHERE kind = ?"_s, {MoveSteps::key(kind)}); !q)
        return q.error();
    int position = 0;
    for (const QString& k : keys)
        if (auto q = m_db.exec(u"INSERT INTO move_step_plans (kind, position, step_key, changed_ms, changed_by) "
                               "VALUES (?, ?, ?, ?, ?)"_s,
                               {MoveSteps::key(kind), ++position, k, m_clock.nowMs(), who.user.id});
            !q)
            return q.error();
    if (auto a = m_audit.append(who, u"move_plan"_s, kind == MoveKind::In ? 1 : 2, u"changed"_s,
                                {{u"steps"_s, QJsonArray::fromStringList(wasKeys)}},
                                {{u"steps"_s, QJsonArray::fromStringList(keys)}});
        !a)
        return a.error();
    return tx.commit();
}

Result<QList<QList<DocumentKind>>> MoveService::documentsRequired(ResidentRelation relation) const
{
    auto q = m_db.exec(u"SELECT kinds FROM move_documents_required WHERE relation = ? ORDER BY position"_s,
                       {relationKey(relation)});
    if (!q)
        return q.error();
    QList<QList<DocumentKind>> out;
    bool written = false;
    while (q.value().next()) {
        written = true;
        QList<DocumentKind> any;
        for (const QString& k : q.value().value(0).toString().split(u'|', Qt::SkipEmptyParts))
            if (const auto kind = MoveTerms::documentKindFromKey(k))
                any << *kind;
        if (!any.isEmpty())
            out << any;
    }
    q.value().finish();
    if (written)
        return out;
    // The defaults: who they are, and what makes the unit theirs (R-MI-1 "ID, purchase contract or lease").
    return QList<QList<DocumentKind>>{
        {DocumentKind::IdCard, DocumentKind::Passport},
        {relation == ResidentRelation::Tenant ? DocumentKind::Lease : DocumentKind::PurchaseContract,
         relation == ResidentRelation::Tenant ? DocumentKind::Lease : DocumentKind::PropertyCertificate}};
}

Status MoveService::setDocumentsRequired(const Session& who, ResidentRelation relation,
                                         const QList<QList<DocumentKind>>& documents,
                                         const QList<QList<DocumentKind>>& seen)
{
    if (Status s = who.require(Permission::EditSiteRules); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (Status locked = lockPlans(); !locked)
        return locked;
    auto now = documentsRequired(relation);
    if (!now)
        return now.error();
    if (now.value() != seen)
        return LastChange::doneMeanwhile(
            m_db, u"move_documents"_s, relation == ResidentRelation::Owner ? 1 : 2, u"move.plan.stale"_s,
            relation == ResidentRelation::Owner ? tr("%1 changed the documents asked of an owner at %2.")
                                                : tr("%1 changed the documents asked of a tenant at %2."),
            u"documents"_s);
    if (auto q = m_db.exec(u"DELETE FROM move_documents_required WHERE relation = ?"_s, {relationKey(relation)}); !q)
        return q.error();
    QJsonArray after;
    int position = 0;
    for (const QList<DocumentKind>& any : documents) {
        QStringList keys;
        for (DocumentKind k : any)
            keys << MoveTerms::key(k);
        if (keys.isEmpty())
            continue;
        after.append(keys.join(u'|'));
        if (auto q =
                m_db.exec(u"INSERT INTO move_documents_required (relation, position, kinds, changed_ms, changed_by) "
                          "VALUES (?, ?, ?, ?, ?)"_s,
                          {relationKey(relation), ++position, keys.join(u'|'), m_clock.nowMs(), who.user.id});
            !q)
            return q.error();
    }
    if (position == 0) // none asked: one row that names no kind keeps the defaults from coming back
        if (auto q = m_db.exec(u"INSERT INTO move_documents_required (relation, position, kinds, changed_ms, "
                               "changed_by) VALUES (?, 0, '', ?, ?)"_s,
                               {relationKey(relation), m_clock.nowMs(), who.user.id});
            !q)
            return q.error();
    if (auto a = m_audit.append(who, u"move_documents"_s, relation == ResidentRelation::Owner ? 1 : 2, u"changed"_s, {},
                                {{u"documents"_s, after}});
        !a)
        return a.error();
    return tx.commit();
}

SearchSource MoveService::searchSource()
{
    // The number (RH: a move-in, QC: a move-out), the unit and the resident.
    return SearchSource{QString::fromLatin1(SearchKind),
                        u"SELECT m.id, m.opened_ms, m.number, un.code || ' ' || r.name, "
                        "m.number || ' ' || un.code || ' ' || r.name || ' ' || m.note, m.unit_id FROM moves m "
                        "JOIN units un ON un.id = m.unit_id JOIN residents r ON r.id = m.resident_id "
                        "WHERE m.id > ? ORDER BY m.id LIMIT ?"_s};
}

QList<RecordSource> MoveService::recordSources()
{
    RecordSource search{QString::fromLatin1(SearchKind),
                        [] { return QCoreApplication::translate("WatchService", "Move-ins and move-outs"); }, 62};
    search.deskLog = false; // the search's kind of record; the watches are the two below
    return {
        {MoveSteps::key(MoveKind::In), [] { return QCoreApplication::translate("WatchService", "Move-ins"); }, 60},
        {MoveSteps::key(MoveKind::Out), [] { return QCoreApplication::translate("WatchService", "Move-outs"); }, 61},
        search};
}

} // namespace fd

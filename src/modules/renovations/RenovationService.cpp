#include "modules/renovations/RenovationService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "core/PhoneNumber.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/watches/SignatureService.h"
#include "engine/watches/WatchService.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/moves/OwnerArchiveService.h"
#include "modules/renovations/RenovationTerms.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

qint64 startOfDay(const QDate& day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

} // namespace

RenovationService::RenovationService(Database& db, const Clock& clock, AuditLog& audit, SiteSettings& settings,
                                     OwnerArchiveService& archive, OneOffChargeService& oneOffCharges)
    : m_db(db), m_clock(clock), m_audit(audit), m_settings(settings), m_archive(archive), m_oneOff(oneOffCharges)
{}

Result<QString> RenovationService::allocateNumber(const QString& kind, const QString& prefix)
{
    // The daily counters of tickets, stored items and moves, under the renovation's own kinds.
    const QString day = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date().toString(u"yyyyMMdd"_s);
    auto last = m_db.exec(u"INSERT INTO ticket_counters (kind, day, last) VALUES (?, ?, 1) "
                          "ON CONFLICT (kind, day) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last"_s,
                          {kind, day});
    if (!last)
        return last.error();
    if (!last.value().next())
        return Error{u"renovation.number"_s, tr("The database did not give out a number.")};
    const int n = last.value().value(0).toInt();
    last.value().finish();
    return u"%1-%2-%3"_s.arg(prefix, day).arg(n, 3, 10, QChar(u'0'));
}

Status RenovationService::checkApplication(const RenovationApplication& a, bool first) const
{
    if (first) {
        if (a.companyName.trimmed().isEmpty())
            return Error{u"renovation.company"_s, tr("Enter the decoration company's name."), u"company"_s};
        if (a.companyLicence.trimmed().isEmpty())
            return Error{u"renovation.licence"_s, tr("Enter the company's business licence number."), u"licence"_s};
        if (a.companyPerson.trimmed().isEmpty())
            return Error{u"renovation.person"_s, tr("Enter the company's person in charge."), u"person"_s};
        if (!PhoneNumber::isValid(a.companyPhone))
            return Error{u"renovation.phone"_s, tr("Enter the person in charge's phone number."), u"phone"_s};
    }
    if (a.scope.isEmpty())
        return Error{u"renovation.scope"_s, tr("Tick what the work covers."), u"scope"_s};
    auto items = scopeItems();
    if (!items)
        return items.error();
    for (const QString& key : a.scope) {
        const auto it = std::find_if(items.value().cbegin(), items.value().cend(),
                                     [&](const ScopeItem& i) { return i.key == key && i.active; });
        if (it == items.value().cend())
            return Error{u"renovation.scope"_s, tr("“%1” is not on the site's list of work.").arg(key), u"scope"_s};
    }
    if (!a.plannedStart.isValid())
        return Error{u"renovation.start"_s, tr("Enter the day the work starts."), u"start"_s};
    if (!a.plannedEnd.isValid() || a.plannedEnd < a.plannedStart)
        return Error{u"renovation.end"_s, tr("Enter the day the work ends, not before it starts."), u"end"_s};
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    if (a.plannedEnd < today)
        return Error{u"renovation.end"_s, tr("The work would have ended already: check the days."), u"end"_s};
    if (a.plannedStart.daysTo(a.plannedEnd) > 366)
        return Error{u"renovation.end"_s, tr("A renovation is planned for a year at most; extend it later."), u"end"_s};
    // R-RN-1: an application comes with its drawings.
    if (a.drawingPaths.isEmpty())
        return Error{u"renovation.drawings"_s, tr("Attach the drawings of the work."), u"drawings"_s};
    return {};
}

Status RenovationService::addRound(const Session& who, const Renovation& r, int round, const RenovationApplication& a)
{
    auto id = m_db.insert(u"INSERT INTO renovation_rounds (renovation_id, round, scope, description, planned_start, "
                          "planned_end, submitted_ms, submitted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {r.id, round, a.scope.join(u','), sql::text(a.description.trimmed()),
                           a.plannedStart.toString(Qt::ISODate), a.plannedEnd.toString(Qt::ISODate), m_clock.nowMs(),
                           who.user.id});
    if (!id)
        return id.error();
    QJsonArray files;
    for (const QString& path : a.drawingPaths) {
        FileToFile f;
        f.unitId = r.unitId;
        f.residentId = r.residentId;
        f.kind = ArchiveFileKind::Other;
        f.title = tr("Renovation %1, round %2: drawing %3").arg(r.number).arg(round).arg(QFileInfo(path).fileName());
        f.path = path;
        auto filed = m_archive.attach(who, f);
        if (!filed) {
            Error e = filed.error();
            e.field = u"drawings"_s;
            return e;
        }
        if (auto q = m_db.exec(u"INSERT INTO renovation_drawings (round_id, file_id) VALUES (?, ?)"_s,
                               {id.value(), filed.value().id});
            !q)
            return q.error();
        files.append(filed.value().id);
    }
    if (auto e = m_audit.append(who, u"renovation"_s, r.id, u"submitted"_s, {},
                                {{u"round"_s, round},
                                 {u"scope"_s, a.scope.join(u',')},
                                 {u"description"_s, a.description.trimmed()},
                                 {u"planned_start"_s, a.plannedStart.toString(Qt::ISODate)},
                                 {u"planned_end"_s, a.plannedEnd.toString(Qt::ISODate)},
                                 {u"drawing_file_ids"_s, files}});
        !e)
        return e.error();
    return {};
}

Result<Renovation> RenovationService::apply(const Session& who, const RenovationApplication& a)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (Status s = checkApplication(a, true); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto owner =
        m_db.exec(u"SELECT r.unit_id, r.active, r.name, r.relation FROM residents r WHERE r.id = ?"_s, {a.residentId});
    if (!owner)
        return owner.error();
    if (!owner.value().next() || owner.value().value(0).toLongLong() != a.unitId)
        return Error{u"renovation.owner"_s, tr("Choose the owner from the unit's residents."), u"owner"_s};
    if (!owner.value().value(1).toBool())
        return Error{u"renovation.owner"_s, tr("%1 has moved out.").arg(owner.value().value(2).toString()), u"owner"_s};
    // R-RN-1: the owner applies and signs the agreement (a tenant comes with the owner's application).
    if (owner.value().value(3).toString() != u"owner"_s)
        return Error{u"renovation.owner"_s,
                     tr("%1 is a tenant: the owner applies for a renovation.").arg(owner.value().value(2).toString()),
                     u"owner"_s};
    owner.value().finish();
    auto other = m_db.scalar(u"SELECT number FROM renovations WHERE unit_id = ? AND ended_ms IS NULL"_s, {a.unitId});
    if (!other)
        return other.error();
    if (other.value().isValid())
        return Error{u"renovation.open"_s,
                     tr("The unit's renovation %1 is still open: one at a time.").arg(other.value().toString()),
                     u"unit"_s};
    auto number = allocateNumber(u"renovation"_s, u"ZX"_s);
    if (!number)
        return number.error();
    auto id = m_db.insert(
        u"INSERT INTO renovations (number, unit_id, resident_id, company_name, company_licence, company_person, "
        "company_phone, planned_start, planned_end, stage, opened_ms, opened_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "'review', ?, ?) RETURNING id"_s,
        {number.value(), a.unitId, a.residentId, a.companyName.simplified(), a.companyLicence.simplified(),
         a.companyPerson.simplified(), PhoneNumber::normalize(a.companyPhone), a.plannedStart.toString(Qt::ISODate),
         a.plannedEnd.toString(Qt::ISODate), m_clock.nowMs(), who.user.id});
    if (!id)
        return id.error();
    if (auto e = m_audit.append(who, u"renovation"_s, id.value(), u"applied"_s, {},
                                {{u"number"_s, number.value()},
                                 {u"unit_id"_s, a.unitId},
                                 {u"resident_id"_s, a.residentId},
                                 {u"company"_s, a.companyName.simplified()},
                                 {u"licence"_s, a.companyLicence.simplified()},
                                 {u"person"_s, a.companyPerson.simplified()}});
        !e)
        return e.error();
    auto r = load(id.value(), false);
    if (!r)
        return r.error();
    if (Status s = addRound(who, r.value(), 1, a); !s)
        return s.error();
    return commitAndLoad(tx, id.value());
}

Result<Renovation> RenovationService::resubmit(const Session& who, qint64 renovationId, const RenovationApplication& a)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (Status s = checkApplication(a, false); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, {RenovationStage::Returned});
    if (!r)
        return r.error();
    if (Status s = addRound(who, r.value(), r.value().rounds.size() + 1, a); !s)
        return s.error();
    if (Status s = setStage(who, r.value(), RenovationStage::Review, u"resubmitted"_s, {}); !s)
        return s.error();
    return commitAndLoad(tx, renovationId);
}

Result<Renovation> RenovationService::approve(const Session& who, qint64 renovationId, const QString& conditions,
                                              qint64 seenRound)
{
    return decide(who, renovationId, true, conditions, seenRound);
}

Result<Renovation> RenovationService::reject(const Session& who, qint64 renovationId, const QString& whatToChange,
                                             qint64 seenRound)
{
    return decide(who, renovationId, false, whatToChange, seenRound);
}

Result<Renovation> RenovationService::decide(const Session& who, qint64 renovationId, bool approved,
                                             const QString& comment, qint64 seenRound)
{
    if (Status s = who.require(Permission::ReviewRenovations); !s)
        return s.error();
    const QString words = comment.trimmed();
    if (!approved && words.isEmpty())
        return Error{u"renovation.comment"_s, tr("Say what the applicant is to change."), u"comment"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, {RenovationStage::Review});
    if (!r)
        return r.error();
    const RenovationRound& round = *r.value().lastRound();
    if (seenRound != 0 && seenRound != round.id) // rejected and resubmitted meanwhile at other desks
        return Error{
            u"renovation.round.stale"_s,
            tr("Round %1 was submitted by %2 at %3, after you opened the round before it: read it before "
               "deciding. Nothing was changed here.")
                .arg(QString::number(round.round), round.submittedBy, DateTimeText::dateTime(round.submittedMs)),
            u"scope"_s};
    if (approved) {
        // R-RN-1: a forbidden item (load-bearing walls, the façade) is never approved.
        auto items = scopeItems();
        if (!items)
            return items.error();
        QStringList forbidden;
        for (const ScopeItem& i : items.value())
            if (i.approval == ScopeApproval::Forbidden && round.scope.contains(i.key))
                forbidden << i.name;
        if (!forbidden.isEmpty())
            return Error{u"renovation.forbidden"_s,
                         tr("Not allowed, so it cannot be approved: %1. Reject the round with what to change.")
                             .arg(forbidden.join(u"、"_s)),
                         u"scope"_s};
    }
    if (auto q = m_db.exec(
            u"UPDATE renovation_rounds SET decision = ?, decided_ms = ?, decided_by = ?, comment = ? "
            "WHERE id = ?"_s,
            {approved ? u"approved"_s : u"rejected"_s, m_clock.nowMs(), who.user.id, sql::text(words), round.id});
        !q)
        return q.error();
    if (approved)
        if (auto q = m_db.exec(
                u"UPDATE renovations SET planned_start = ?, planned_end = ? WHERE id = ?"_s,
                {round.plannedStart.toString(Qt::ISODate), round.plannedEnd.toString(Qt::ISODate), renovationId});
            !q)
            return q.error();
    if (Status s =
            setStage(who, r.value(), approved ? RenovationStage::Approved : RenovationStage::Returned,
                     approved ? u"approved"_s : u"rejected"_s, {{u"round"_s, round.round}, {u"comment"_s, words}});
        !s)
        return s.error();
    return commitAndLoad(tx, renovationId);
}

Result<Renovation> RenovationService::signAgreement(const Session& who, qint64 renovationId, const Signature& signature,
                                                    const QString& agreementPath)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (signature.isEmpty() || signature.waivedReason == QLatin1StringView(Signature::Refused))
        return Error{u"renovation.signature"_s,
                     tr("The owner signs the renovation agreement, on the pad or on the paper copy."), u"signature"_s};
    if (Status s = SignatureService::validate(signature); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, {RenovationStage::Approved});
    if (!r)
        return r.error();
    auto signatureId = SignatureService(m_db, m_clock, m_audit).store(who, signature);
    if (!signatureId)
        return signatureId.error();
    qint64 fileId = 0;
    if (!agreementPath.trimmed().isEmpty()) {
        FileToFile f{r.value().unitId, r.value().residentId, ArchiveFileKind::Agreement,
                     tr("Renovation agreement %1").arg(r.value().number), agreementPath};
        auto filed = m_archive.attach(who, f);
        if (!filed) {
            Error e = filed.error();
            e.field = u"agreement"_s;
            return e;
        }
        fileId = filed.value().id;
    }
    if (auto q = m_db.exec(u"UPDATE renovations SET agreement_signature_id = ?, agreement_file_id = ? WHERE id = ?"_s,
                           {signatureId.value(), sql::idOrNull(fileId), renovationId});
        !q)
        return q.error();
    if (Status s = setStage(who, r.value(), RenovationStage::Agreed, u"agreement_signed"_s,
                            {{u"signature_id"_s, signatureId.value()}, {u"file_id"_s, fileId}});
        !s)
        return s.error();
    return commitAndLoad(tx, renovationId);
}

Result<Renovation> RenovationService::chargeDeposit(const Session& who, qint64 renovationId, qint64 depositItemId,
                                                    qint64 depositFen, qint64 wasteItemId, qint64 wasteFen)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, {RenovationStage::Agreed});
    if (!r)
        return r.error();
    // Charged once; again only when the charge was taken back before it was paid (R-FE-5).
    if (r.value().depositLineId != 0) {
        auto lines = DepositLedger(m_db).lines(r.value().depositLines());
        if (!lines)
            return lines.error();
        for (const DepositLine& l : lines.value())
            if (!l.takenBack)
                return Error{u"renovation.charged"_s, tr("The deposit of %1 is charged already.").arg(r.value().number),
                             u"deposit_amount"_s};
    }
    auto charge = [&](qint64 itemId, qint64 fen, const QString& prefix, const QString& what) -> Result<BillLine> {
        OneOffCharge c{r.value().unitId, itemId, fen, what + u' ' + r.value().number, true};
        auto line = m_oneOff.chargeRenovationDeposit(who, c);
        if (!line) {
            Error e = line.error();
            e.field = prefix + (e.field == u"item"_s ? u"_item"_s : u"_amount"_s);
            return e;
        }
        return line;
    };
    auto deposit = charge(depositItemId, depositFen, u"deposit"_s, tr("Renovation deposit"));
    if (!deposit)
        return deposit.error();
    if (wasteItemId == depositItemId)
        return Error{u"renovation.waste_item"_s, tr("The waste fee is an item of its own."), u"waste_item"_s};
    auto waste = charge(wasteItemId, wasteFen, u"waste"_s, tr("Decoration-waste fee"));
    if (!waste)
        return waste.error();
    if (auto q = m_db.exec(u"UPDATE renovations SET deposit_line_id = ?, waste_line_id = ? WHERE id = ?"_s,
                           {deposit.value().id, waste.value().id, renovationId});
        !q)
        return q.error();
    if (auto e = m_audit.append(who, u"renovation"_s, renovationId, u"deposit_charged"_s, {},
                                {{u"deposit_line_id"_s, deposit.value().id},
                                 {u"deposit_fen"_s, depositFen},
                                 {u"waste_line_id"_s, waste.value().id},
                                 {u"waste_fen"_s, wasteFen}});
        !e)
        return e.error();
    return commitAndLoad(tx, renovationId);
}

Result<Renovation> RenovationService::setSchedule(const Session& who, qint64 renovationId, const QString& schedule)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, {RenovationStage::Agreed});
    if (!r)
        return r.error();
    if (r.value().depositLineId == 0)
        return Error{u"renovation.deposit"_s, tr("Charge the deposit and the waste fee first."), u"deposit"_s};
    // R-RN-1: the work starts once the deposit is paid.
    auto lines = DepositLedger(m_db).lines(r.value().depositLines());
    if (!lines)
        return lines.error();
    qint64 owed = 0;
    for (const DepositLine& l : lines.value()) {
        if (l.takenBack)
            return Error{
                u"renovation.taken_back"_s,
                tr("The charge of %1 was taken back: charge the deposit and the waste fee again.").arg(l.itemName),
                u"deposit"_s};
        owed += l.amountFen - l.paidFen;
    }
    if (owed > 0)
        return Error{u"renovation.unpaid"_s,
                     tr("%1 of the deposit and the waste fee is still to pay at the counter.").arg(Money::text(owed)),
                     u"deposit"_s};
    const QString note = schedule.trimmed();
    if (auto q = m_db.exec(u"UPDATE renovations SET schedule_note = ? WHERE id = ?"_s, {sql::text(note), renovationId});
        !q)
        return q.error();
    if (Status s = setStage(who, r.value(), RenovationStage::Working, u"work_started"_s, {{u"schedule"_s, note}}); !s)
        return s.error();
    auto started = load(renovationId, false);
    if (!started)
        return started.error();
    if (Status s = armEndWatch(started.value()); !s)
        return s.error();
    return commitAndLoad(tx, renovationId);
}

Result<Renovation> RenovationService::withdraw(const Session& who, qint64 renovationId, const QString& reason)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{u"renovation.reason"_s, tr("Say why the renovation is withdrawn."), u"reason"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, {RenovationStage::Review, RenovationStage::Returned, RenovationStage::Approved,
                                   RenovationStage::Agreed});
    if (!r)
        return r.error();
    // Only with nothing owed and nothing held: no deposit charged, or its charge taken back.
    if (r.value().depositLineId != 0) {
        auto lines = DepositLedger(m_db).lines(r.value().depositLines());
        if (!lines)
            return lines.error();
        for (const DepositLine& l : lines.value())
            if (!l.takenBack)
                return Error{u"renovation.charged"_s,
                             tr("The deposit is charged: the renovation goes on to its refund, it is not withdrawn "
                                "(a charge not paid yet is taken back at the cashier's first)."),
                             u"renovation"_s};
    }
    const qint64 now = m_clock.nowMs();
    if (auto q =
            m_db.exec(u"UPDATE renovations SET stage = 'withdrawn', ended_ms = ?, ended_by = ?, withdraw_reason = ? "
                      "WHERE id = ?"_s,
                      {now, who.user.id, why, renovationId});
        !q)
        return q.error();
    if (auto e = m_audit.append(who, u"renovation"_s, renovationId, u"withdrawn"_s,
                                {{u"stage"_s, RenovationTerms::key(r.value().stage)}}, {{u"reason"_s, why}});
        !e)
        return e.error();
    if (Status s = WatchService(m_db).close(QString::fromLatin1(EndWatch), renovationId, now); !s)
        return s.error();
    return commitAndLoad(tx, renovationId);
}

Status RenovationService::setStage(const Session& who, const Renovation& r, RenovationStage stage,
                                   const QString& action, const QJsonObject& details)
{
    if (auto q = m_db.exec(u"UPDATE renovations SET stage = ? WHERE id = ?"_s, {RenovationTerms::key(stage), r.id}); !q)
        return q.error();
    QJsonObject after = details;
    after.insert(u"stage"_s, RenovationTerms::key(stage));
    if (auto e =
            m_audit.append(who, u"renovation"_s, r.id, action, {{u"stage"_s, RenovationTerms::key(r.stage)}}, after);
        !e)
        return e.error();
    return {};
}

Result<Renovation> RenovationService::commitAndLoad(Transaction& tx, qint64 id)
{
    if (Status s = tx.commit(); !s)
        return s.error();
    return load(id);
}

Status RenovationService::armEndWatch(const Renovation& r)
{
    // The desk is reminded on the planned end day: ask for acceptance, or record an extension.
    Watch w;
    w.source = QString::fromLatin1(EndWatch);
    w.refId = r.id;
    w.unitId = r.unitId;
    w.title = tr("Renovation %1 · %2 %3").arg(r.number, r.unitCode, r.ownerName);
    w.detail = tr("Planned to end %1: acceptance asked for, or the end extended").arg(DateTimeText::date(r.plannedEnd));
    w.dueMs = startOfDay(r.plannedEnd);
    return WatchService(m_db).arm(w, m_clock.nowMs());
}

} // namespace fd

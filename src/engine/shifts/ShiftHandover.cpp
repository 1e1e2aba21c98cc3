// ShiftService, part two: signing and sealing the handover sheet (R-SH-2). Part one (ShiftService.cpp)
// holds posts, starting a shift and drafting the sheet.
#include "engine/shifts/ShiftService.h"

#include "core/Clock.h"
#include "engine/AccountService.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

Result<HandoverSheet> ShiftService::signLeaving(const Session& who, qint64 sheetId, const QString& password)
{
    if (Status s = who.require(Permission::WorkShifts); !s) // R-SH-2
        return s.error();
    auto seen = m_store.sheet(sheetId);
    if (!seen)
        return seen.error();
    if (seen.value().leavingUserId != who.user.id)
        return Error{u"perm.denied"_s, tr("Only the person handing over signs as the leaving person.")};
    if (seen.value().status != HandoverStatus::Draft || seen.value().leavingSignedMs)
        return Error{u"handover.signed"_s, tr("This handover sheet is already signed by the leaving person.")};
    // The password is checked (and a wrong one counted) before anything is written.
    if (Status s = m_accounts.confirmPassword(who, password); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto current = m_store.sheet(sheetId);
    if (!current)
        return current.error();
    if (current.value().version != seen.value().version)
        return ShiftStore::staleError();
    HandoverSheet next = current.value();
    next.leavingSignedMs = m_clock.nowMs();
    auto version = m_store.updateSheet(next, current.value().version);
    if (!version)
        return version.error();
    next.version = version.value();
    if (auto r = m_audit.append(who, u"handover_sheet"_s, next.id, u"signed_leaving"_s, describe(current.value()),
                                describe(next));
        !r)
        return r.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return next;
}

Status ShiftService::checkAnswers(const HandoverSheet& sheet, const QList<HandoverAnswer>& answers) const
{
    QHash<qint64, int> given;
    for (const HandoverAnswer& a : answers)
        ++given[a.itemId];
    for (const HandoverAnswer& a : answers) {
        const bool known = std::any_of(sheet.items.cbegin(), sheet.items.cend(),
                                       [&a](const HandoverItem& i) { return i.id == a.itemId; });
        if (!known || given.value(a.itemId) > 1)
            return Error{u"handover.answer"_s, tr("Answer each line of this sheet once."), u"items"_s};
    }
    for (const HandoverItem& i : sheet.items)
        if (!given.contains(i.id))
            return Error{u"handover.unacknowledged"_s,
                         tr("Acknowledge every line, or write down what does not match: line %1 (%2) is not answered.")
                             .arg(i.position)
                             .arg(i.text),
                         u"item:"_s + QString::number(i.id)};
    return {};
}

Result<HandoverSheet> ShiftService::acceptByArriving(qint64 sheetId, const QString& arrivingLogin,
                                                     const QString& password, const QList<HandoverAnswer>& answers,
                                                     qint64 arrivingPostId)
{
    auto seen = m_store.sheet(sheetId);
    if (!seen)
        return seen.error();
    const HandoverSheet& sheet = seen.value();
    if (sheet.status != HandoverStatus::Draft)
        return Error{u"handover.sealed"_s, tr("This handover sheet is already sealed.")};
    if (!sheet.leavingSignedMs)
        return Error{u"handover.unsigned"_s, tr("The leaving person signs the sheet first.")};
    // One cannot hand over to oneself (R-SH-2): refused before any password is tried.
    if (auto arriving = m_accounts.find(arrivingLogin); arriving) {
        if (arriving.value().id == sheet.leavingUserId)
            return Error{u"handover.self"_s,
                         tr("The arriving person must be someone else: one cannot hand over to oneself."), u"login"_s};
        // R-SH-2: the arriving person takes over the post, so their role must work shifts.
        if (!Roles::allows(arriving.value().role, Permission::WorkShifts))
            return Error{u"perm.denied"_s, Roles::refusal(arriving.value().role, Permission::WorkShifts), u"login"_s};
    }
    if (auto arrivingPost = m_store.post(arrivingPostId); !arrivingPost)
        return Error{u"handover.post"_s, tr("Choose the post the arriving person works at."), u"post"_s};
    if (Status s = checkAnswers(sheet, answers); !s)
        return s.error();
    // Their own password, counted towards their lockout like any sign-in.
    auto arriving = m_accounts.signIn(arrivingLogin, password);
    if (!arriving)
        return arriving.error();
    const Session& who = arriving.value();
    if (who.user.id == sheet.leavingUserId)
        return Error{u"handover.self"_s,
                     tr("The arriving person must be someone else: one cannot hand over to oneself."), u"login"_s};

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto current = m_store.sheet(sheetId);
    if (!current)
        return current.error();
    if (current.value().version != sheet.version)
        return ShiftStore::staleError();
    const qint64 now = m_clock.nowMs();
    HandoverSheet next = current.value();
    QJsonArray disputes;
    for (const HandoverAnswer& a : answers) {
        const QString dispute = a.dispute.trimmed();
        if (Status s = m_store.answerItem(a.itemId, now, dispute); !s)
            return s.error();
        for (HandoverItem& i : next.items)
            if (i.id == a.itemId) {
                i.acknowledgedMs = now;
                i.dispute = dispute;
                if (!dispute.isEmpty())
                    disputes.append(QJsonObject{{u"item_id"_s, i.id}, {u"text"_s, i.text}, {u"dispute"_s, dispute}});
            }
    }
    next.arrivingUserId = who.user.id;
    next.arrivingSignedMs = now;
    next.sealedMs = now;
    next.status = HandoverStatus::Sealed;
    auto version = m_store.updateSheet(next, current.value().version);
    if (!version)
        return version.error();
    next.version = version.value();
    QJsonObject after = describe(next);
    after.insert(u"disputes"_s, disputes);
    if (auto r = m_audit.append(who, u"handover_sheet"_s, next.id, u"sealed"_s, describe(current.value()), after); !r)
        return r.error();
    auto leaving = m_store.shift(next.shiftId);
    if (!leaving)
        return leaving.error();
    if (Status s = endShiftAs(who, leaving.value(), u"handover"_s, now, next.id); !s)
        return s.error();
    // R-SH-3: at night the control room, already on its own shift, covers the desk it took over and
    // takes its tickets. Anyone else works at the post they chose (never inferred from the sheet):
    // their shift there goes on, or starts now, clearing the way as startShift does.
    auto open = m_store.openShiftOf(who.user.id);
    if (!open)
        return open.error();
    qint64 custodyPost = arrivingPostId;
    bool covered = false;
    if (open.value() && open.value()->postId != arrivingPostId) {
        auto theirs = m_store.post(open.value()->postId);
        auto handed = m_store.post(next.postId);
        if (!theirs || !handed)
            return !theirs ? theirs.error() : handed.error();
        covered = theirs.value().isControlRoom && !handed.value().isControlRoom && !pastEnd(*open.value(), now);
        if (covered)
            custodyPost = theirs.value().id;
    }
    if (!covered) {
        auto mine = clearWay(who, arrivingPostId);
        if (!mine)
            return mine.error();
        if (!mine.value())
            if (auto started = insertShift(who, arrivingPostId, next.id); !started)
                return started.error();
    }
    // R-SH-2: what was handed over is in the custody of the post that took it.
    QList<qint64> tickets;
    for (const HandoverItem& i : next.items)
        if (i.kind == HandoverItemKind::Ticket && i.refId)
            tickets << i.refId;
    if (Status s = m_store.moveCustody(tickets, custodyPost); !s)
        return s.error();
    if (!tickets.isEmpty() && custodyPost != next.postId)
        if (auto r = m_audit.append(who, u"handover_sheet"_s, next.id, u"custody_moved"_s,
                                    {{u"post_id"_s, next.postId}},
                                    {{u"post_id"_s, custodyPost}, {u"tickets"_s, tickets.size()}});
            !r)
            return r.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return next;
}

} // namespace fd

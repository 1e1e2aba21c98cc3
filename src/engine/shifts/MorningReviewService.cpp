#include "engine/shifts/MorningReviewService.h"

#include "core/DateTimeText.h"
#include "core/EnumTable.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "engine/shifts/ControlRoomService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/TicketTerms.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString clockText(qint64 ms)
{
    return DateTimeText::dateTime(ms);
}

// The stored keys of review_marks.kind and chase_items.kind: never change one. An unknown key reads
// as a sheet's mark, and as a call to chase.
constexpr auto kMarkKinds =
    enumTable<ReviewMark::Kind>(nullptr, {{ReviewMark::Kind::Sheet, "sheet"}, {ReviewMark::Kind::Call, "call"}});
constexpr auto kChaseKinds = enumTable<ChaseItem::Kind>(
    nullptr,
    {{ChaseItem::Kind::Ticket, "ticket"}, {ChaseItem::Kind::Dispute, "dispute"}, {ChaseItem::Kind::Call, "call"}});

QString markKey(ReviewMark::Kind kind)
{
    return kMarkKinds.key(kMarkKinds.known(kind, ReviewMark::Kind::Call));
}

QString chaseKey(ChaseItem::Kind kind)
{
    return kChaseKinds.key(kind);
}

} // namespace

MorningReviewService::MorningReviewService(Database& db, const Clock& clock, AuditLog& audit,
                                           const ShiftService& shifts, const ControlRoomService& calls)
    : m_db(db), m_clock(clock), m_audit(audit), m_shifts(shifts), m_calls(calls)
{}

Status MorningReviewService::mayReview(const Session& who) const
{
    return who.require(Permission::ReviewShifts); // R-SH-4
}

Result<ShiftReview> MorningReviewService::review(qint64 id) const
{
    auto q = m_db.exec(u"SELECT id, supervisor_id, cover_from_ms, cover_to_ms, started_ms, done_ms, version "
                       "FROM shift_reviews WHERE id = ?"_s,
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"review.unknown"_s, tr("There is no such review.")};
    ShiftReview r;
    r.id = q.value().value(0).toLongLong();
    r.supervisorId = q.value().value(1).toLongLong();
    r.coverFromMs = q.value().value(2).toLongLong();
    r.coverToMs = q.value().value(3).toLongLong();
    r.startedMs = q.value().value(4).toLongLong();
    if (!q.value().value(5).isNull())
        r.doneMs = q.value().value(5).toLongLong();
    r.version = q.value().value(6).toInt();
    q.value().finish();
    auto marks = m_db.exec(u"SELECT id, kind, ref_id, title, read_ms, comment FROM review_marks WHERE review_id = ? "
                           "ORDER BY id"_s,
                           {id});
    if (!marks)
        return marks.error();
    while (marks.value().next()) {
        const QSqlQuery& m = marks.value();
        ReviewMark mark;
        mark.id = m.value(0).toLongLong();
        mark.kind = kMarkKinds.from(m.value(1).toString()).value_or(ReviewMark::Kind::Sheet);
        mark.refId = m.value(2).toLongLong();
        mark.title = m.value(3).toString();
        if (!m.value(4).isNull())
            mark.readMs = m.value(4).toLongLong();
        mark.comment = m.value(5).toString();
        r.marks << mark;
    }
    auto chase = m_db.exec(u"SELECT id, kind, ref_id, text FROM chase_items WHERE review_id = ? ORDER BY id"_s, {id});
    if (!chase)
        return chase.error();
    while (chase.value().next()) {
        const QSqlQuery& c = chase.value();
        r.chase << ChaseItem{c.value(0).toLongLong(),
                             kChaseKinds.from(c.value(1).toString()).value_or(ChaseItem::Kind::Call),
                             c.value(2).toLongLong(), c.value(3).toString()};
    }
    return r;
}

Status MorningReviewService::addMarksAndChase(const ShiftReview& r)
{
    auto sheets = m_shifts.sheetsOfShiftsStarted(r.coverFromMs, r.coverToMs);
    if (!sheets)
        return sheets.error();
    auto calls = m_calls.callsBetween(r.coverFromMs, r.coverToMs);
    if (!calls)
        return calls.error();
    auto posts = m_shifts.posts();
    if (!posts)
        return posts.error();
    auto nameOf = [this](qint64 userId) {
        auto v = m_db.scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {userId});
        return v && v.value().isValid() ? v.value().toString() : tr("(not yet accepted)");
    };
    auto mark = [&](ReviewMark::Kind kind, qint64 refId, const QString& title) {
        return m_db.exec(u"INSERT INTO review_marks (review_id, kind, ref_id, title) VALUES (?, ?, ?, ?)"_s,
                         {r.id, markKey(kind), refId, title});
    };
    auto chase = [&](ChaseItem::Kind kind, qint64 refId, const QString& text) {
        return m_db.exec(u"INSERT INTO chase_items (review_id, kind, ref_id, text) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (review_id, kind, ref_id) DO NOTHING"_s,
                         {r.id, chaseKey(kind), refId, text});
    };
    QSet<qint64> tickets;
    for (const HandoverSheet& h : sheets.value()) {
        QString post;
        for (const Post& p : posts.value())
            if (p.id == h.postId)
                post = p.name;
        //: A handover sheet in the morning review: post, time drafted, leaving person, arriving person.
        const QString title = tr("Handover at %1, %2: %3 to %4")
                                  .arg(post, clockText(h.createdMs), nameOf(h.leavingUserId), nameOf(h.arrivingUserId));
        if (auto q = mark(ReviewMark::Kind::Sheet, h.id, title); !q)
            return q.error();
        for (const HandoverItem& i : h.items) {
            if (!i.dispute.isEmpty())
                if (auto q = chase(ChaseItem::Kind::Dispute, i.id, tr("%1 — disputed: %2").arg(i.text, i.dispute)); !q)
                    return q.error();
            if (i.kind != HandoverItemKind::Ticket || tickets.contains(i.refId))
                continue;
            tickets << i.refId;
            auto t = m_db.exec(u"SELECT number, status, description FROM tickets WHERE id = ?"_s, {i.refId});
            if (!t)
                return t.error();
            if (!t.value().next())
                continue;
            const auto status = TicketTerms::statusFrom(t.value().value(1).toString()).value_or(TicketStatus::New);
            const QString text = tr("%1 · %2 · %3")
                                     .arg(t.value().value(0).toString(), TicketTerms::displayName(status),
                                          t.value().value(2).toString());
            t.value().finish();
            if (TicketTerms::isOpen(status))
                if (auto q = chase(ChaseItem::Kind::Ticket, i.refId, text); !q)
                    return q.error();
        }
    }
    for (const ControlRoomCall& c : calls.value()) {
        if (auto q = mark(ReviewMark::Kind::Call, c.id,
                          tr("Control room call at %1: %2").arg(clockText(c.callMs), c.description));
            !q)
            return q.error();
        if (c.enteredTicketId == 0) // R-RP-5: still to be entered by the desk
            if (auto q = chase(ChaseItem::Kind::Call, c.id, tr("Not yet entered as a ticket: %1").arg(c.description));
                !q)
                return q.error();
    }
    return {};
}

Result<ShiftReview> MorningReviewService::startReview(const Session& who)
{
    if (Status s = mayReview(who); !s)
        return s.error();
    if (auto open = pendingReview(who); !open)
        return open.error();
    else if (open.value())
        return *open.value();

    ShiftReview r;
    r.supervisorId = who.user.id;
    r.startedMs = m_clock.nowMs();
    r.coverToMs = m_shifts.calendar().lastStart(u'A', r.startedMs).startMs; // R-SH-1, R-SH-4
    auto last = m_db.scalar(u"SELECT MAX(cover_to_ms) FROM shift_reviews WHERE done_ms IS NOT NULL"_s);
    if (!last)
        return last.error();
    r.coverFromMs = last.value().isNull() || !last.value().isValid()
                        ? QDateTime::fromMSecsSinceEpoch(r.coverToMs).addDays(-1).toMSecsSinceEpoch()
                        : last.value().toLongLong();
    if (r.coverFromMs >= r.coverToMs)
        return Error{u"review.done"_s, tr("The previous shifts have already been reviewed.")};

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id = m_db.insert(u"INSERT INTO shift_reviews (supervisor_id, cover_from_ms, cover_to_ms, started_ms) "
                          "VALUES (?, ?, ?, ?) RETURNING id"_s,
                          {r.supervisorId, r.coverFromMs, r.coverToMs, r.startedMs});
    if (!id)
        return id.error();
    r.id = id.value();
    if (Status s = addMarksAndChase(r); !s)
        return s.error();
    auto saved = review(r.id);
    if (!saved)
        return saved.error();
    if (auto a = m_audit.append(who, u"shift_review"_s, r.id, u"started"_s, {},
                                {{u"cover_from_ms"_s, r.coverFromMs},
                                 {u"cover_to_ms"_s, r.coverToMs},
                                 {u"marks"_s, saved.value().marks.size()},
                                 {u"chase"_s, saved.value().chase.size()}});
        !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return saved;
}

Result<ShiftReview> MorningReviewService::markRead(const Session& who, qint64 reviewId, qint64 markId,
                                                   const QString& comment, const std::optional<QString>& seen)
{
    if (Status s = mayReview(who); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto before = review(reviewId);
    if (!before)
        return before.error();
    if (before.value().doneMs)
        return Error{u"review.closed"_s, tr("This review is already complete.")};
    const ReviewMark* found = nullptr;
    for (const ReviewMark& m : before.value().marks)
        if (m.id == markId)
            found = &m;
    if (!found)
        return Error{u"review.mark"_s, tr("That record is not part of this review.")};
    const qint64 now = m_clock.nowMs();
    // The comment as the page showed it: another supervisor's comment saved since is said, not written over.
    if (auto q = m_db.update(u"UPDATE review_marks SET read_ms = ?, read_by = ?, comment = ? WHERE id = ? AND "
                             "comment = ?"_s,
                             {found->readMs.value_or(now), who.user.id, QString(u""_s + comment.trimmed()), markId,
                              QString(u""_s + seen.value_or(found->comment))});
        !q)
        return q.error();
    else if (q.value() == 0)
        return LastChange::doneMeanwhile(m_db, u"review_mark"_s, markId, u"review.mark_stale"_s,
                                         tr("%1 wrote on this record at %2."));
    if (auto a = m_audit.append(who, u"review_mark"_s, markId, u"read"_s, {{u"comment"_s, found->comment}},
                                {{u"review_id"_s, reviewId},
                                 {u"kind"_s, markKey(found->kind)},
                                 {u"ref_id"_s, found->refId},
                                 {u"comment"_s, comment.trimmed()}});
        !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return review(reviewId);
}

Result<ShiftReview> MorningReviewService::complete(const Session& who, qint64 reviewId)
{
    if (Status s = mayReview(who); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto before = review(reviewId);
    if (!before)
        return before.error();
    if (before.value().doneMs)
        return Error{u"review.closed"_s, tr("This review is already complete.")};
    int unread = 0;
    for (const ReviewMark& m : before.value().marks)
        unread += m.readMs ? 0 : 1;
    if (unread > 0)
        return Error{u"review.unread"_s, tr("%n record(s) of the previous shifts are not read yet.", nullptr, unread)};
    const qint64 now = m_clock.nowMs();
    auto q = m_db.exec(u"UPDATE shift_reviews SET done_ms = ?, version = version + 1 WHERE id = ? AND done_ms IS NULL "
                       "RETURNING id"_s,
                       {now, reviewId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"review.closed"_s, tr("This review is already complete.")};
    q.value().finish();
    if (auto a = m_audit.append(who, u"shift_review"_s, reviewId, u"completed"_s, {},
                                {{u"done_ms"_s, now}, {u"chase"_s, before.value().chase.size()}});
        !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return review(reviewId);
}

Result<std::optional<ShiftReview>> MorningReviewService::pendingReview(const Session& who) const
{
    if (!who.may(Permission::ReviewShifts))
        return std::optional<ShiftReview>();
    auto id = m_db.scalar(u"SELECT MAX(id) FROM shift_reviews WHERE done_ms IS NULL"_s);
    if (!id)
        return id.error();
    if (!id.value().isValid() || id.value().isNull())
        return std::optional<ShiftReview>();
    auto r = review(id.value().toLongLong());
    if (!r)
        return r.error();
    return std::optional<ShiftReview>(r.value());
}

Result<bool> MorningReviewService::reviewDue(const Session& who) const
{
    if (!who.may(Permission::ReviewShifts))
        return false;
    auto open = m_db.scalar(u"SELECT COUNT(*) FROM shift_reviews WHERE done_ms IS NULL"_s);
    if (!open)
        return open.error();
    if (open.value().toLongLong() > 0)
        return true;
    // The same boundary startReview would cover up to (R-SH-1, R-SH-4).
    const qint64 to = m_shifts.calendar().lastStart(u'A', m_clock.nowMs()).startMs;
    auto last = m_db.scalar(u"SELECT MAX(cover_to_ms) FROM shift_reviews WHERE done_ms IS NOT NULL"_s);
    if (!last)
        return last.error();
    return !last.value().isValid() || last.value().isNull() || last.value().toLongLong() < to;
}

} // namespace fd

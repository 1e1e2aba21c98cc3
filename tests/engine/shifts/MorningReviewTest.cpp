#include "ShiftFixture.h"

#include "core/DateTimeText.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class MorningReviewTest : public ShiftFixture
{
protected:
    // From the night of 21–22 November to the morning of 23 November (the FakeClock's day 0):
    //   21st 20:30  zhao.min's desk C                      (before the night to review)
    //   22nd 06:00  control-room call K0                   (before)
    //   22nd 07:30  sheet S0 → li.na's desk A; 10:00 repair T1 stays open
    //   22nd 14:50  sheet S1 → zhao.min's desk B
    //   22nd 20:30  wang.kong starts the control room's C
    //   22nd 20:40  sheet S2 → control room (radio disputed); 23:10 call K1 dispatched, not yet entered
    //   23rd 07:30  sheet S3 → liu.kong's control-room A; sun.li starts the desk's A
    //   23rd 07:40  call K2                                (after: today's)
    void SetUp() override
    {
        ShiftFixture::SetUp();
        setTime(at(20, 30, -2));
        start(m_evening, m_desk);
        start(m_control2, m_controlPost);
        setTime(at(6, 0, -1));
        m_k0 = m_calls->recordCall(m_control2, {{}, m_unitId, {}, u"车库门打不开"_s}).value().id;
        setTime(at(7, 30, -1));
        m_s0 = handOver(m_evening, m_clerk).id;
        m_s0b = handOver(m_control2, m_control).id; // the control room's own morning handover
        setTime(at(10, 0, -1));
        m_t1 = openTicket(repairRequest()).id;
        setTime(at(14, 50, -1));
        m_s1 = handOver(m_clerk, m_evening).id;
        setTime(at(20, 30, -1));
        // wang.kong worked the control room's A and B; its day sheet goes to liu.kong and back.
        m_s1b = handOver(m_control, m_control2).id;
        m_s1c = handOver(m_control2, m_control).id;
        setTime(at(20, 40, -1));
        m_s2 = handOver(m_evening, m_control, {{u"对讲机"_s, u"只有一台"_s}}).id;
        setTime(at(23, 10, -1));
        m_k1 = m_calls->recordCall(m_control, {{}, m_unitId, {}, u"水管爆裂"_s}).value().id;
        EXPECT_TRUE(m_calls->recordDirectDispatch(m_control, m_k1, u"工程部"_s, u"刘师傅"_s).ok());
        setTime(at(7, 30));
        m_s3 = handOver(m_control, m_control2).id;
        start(m_morning, m_desk);
        setTime(at(7, 40));
        m_k2 = m_calls->recordCall(m_control2, {{}, m_unitId, {}, u"电梯异响"_s}).value().id;
        setTime(at(8, 0));
    }

    static QSet<qint64> refs(const ShiftReview& r, ReviewMark::Kind kind)
    {
        QSet<qint64> out;
        for (const ReviewMark& m : r.marks)
            if (m.kind == kind)
                out << m.refId;
        return out;
    }

    static QSet<qint64> chased(const ShiftReview& r, ChaseItem::Kind kind)
    {
        QSet<qint64> out;
        for (const ChaseItem& c : r.chase)
            if (c.kind == kind)
                out << c.refId;
        return out;
    }

    qint64 m_k0 = 0, m_k1 = 0, m_k2 = 0, m_t1 = 0;
    qint64 m_s0 = 0, m_s0b = 0, m_s1 = 0, m_s1b = 0, m_s1c = 0, m_s2 = 0, m_s3 = 0;
};

TEST_P(MorningReviewTest, TheMorningReviewListsExactlyThePreviousNight)
{
    // R-SH-4: from yesterday's A start to today's A start (R-SH-1), by the start of each sheet's shift.
    auto started = m_reviews->startReview(m_supervisor);
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    const ShiftReview r = started.value();
    EXPECT_EQ(r.coverFromMs, at(7, 30, -1));
    EXPECT_EQ(r.coverToMs, at(7, 30));
    // S0 and S0b hand over shifts that started on the 21st; S3's successor started today.
    EXPECT_EQ(refs(r, ReviewMark::Kind::Sheet), (QSet<qint64>{m_s1, m_s1b, m_s1c, m_s2, m_s3}));
    EXPECT_EQ(refs(r, ReviewMark::Kind::Call), QSet<qint64>{m_k1});

    // The chase list: the repair still open, the disputed radio, the call not yet entered.
    EXPECT_EQ(chased(r, ChaseItem::Kind::Ticket), QSet<qint64>{m_t1});
    EXPECT_EQ(chased(r, ChaseItem::Kind::Call), QSet<qint64>{m_k1});
    const QSet<qint64> disputes = chased(r, ChaseItem::Kind::Dispute);
    ASSERT_EQ(disputes.size(), 1);
    for (const ChaseItem& c : r.chase) {
        if (c.kind == ChaseItem::Kind::Dispute) {
            EXPECT_TRUE(c.text.contains(u"只有一台"_s));
        }
    }
    EXPECT_EQ(m_shifts->sheet(m_s2).value().postId, m_desk);
    // The control room hands its unentered calls on, as open lines, until the desk enters them:
    // yesterday's K0 as well as the night's K1 (R-SH-2, R-RP-5).
    QList<qint64> callLines;
    const HandoverSheet s3 = m_shifts->sheet(m_s3).value();
    for (const HandoverItem& i : s3.items)
        if (i.source == u"control_room_calls"_s)
            callLines << i.refId;
    EXPECT_EQ(callLines, (QList<qint64>{m_k0, m_k1}));
    expectAuditIntact();
}

TEST_P(MorningReviewTest, TheReviewStaysOnTheStartPageUntilEveryRecordIsRead)
{
    // R-SH-4
    EXPECT_EQ(m_reviews->startReview(m_morning).error().code, u"perm.denied"_s);
    EXPECT_FALSE(m_reviews->pendingReview(m_supervisor).value().has_value());
    ShiftReview r = m_reviews->startReview(m_supervisor).value();
    EXPECT_EQ(m_reviews->pendingReview(m_supervisor).value()->id, r.id);
    EXPECT_EQ(m_reviews->startReview(m_supervisor).value().id, r.id); // one open review, not two

    ASSERT_GE(r.marks.size(), 2);
    setTime(at(8, 20));
    r = m_reviews->markRead(m_supervisor, r.id, r.marks[0].id, u"交接清楚"_s).value();
    EXPECT_EQ(r.marks[0].readMs, at(8, 20));
    EXPECT_EQ(r.marks[0].comment, u"交接清楚"_s);
    auto early = m_reviews->complete(m_supervisor, r.id);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, u"review.unread"_s);
    EXPECT_TRUE(m_reviews->pendingReview(m_supervisor).value().has_value());

    for (const ReviewMark& m : r.marks) {
        if (!m.readMs) {
            ASSERT_TRUE(m_reviews->markRead(m_supervisor, r.id, m.id).ok());
        }
    }
    setTime(at(8, 40));
    auto done = m_reviews->complete(m_supervisor, r.id);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done.value().doneMs, at(8, 40));
    EXPECT_FALSE(m_reviews->pendingReview(m_supervisor).value().has_value());
    EXPECT_EQ(m_reviews->startReview(m_supervisor).error().code, u"review.done"_s);
    EXPECT_FALSE(m_reviews->markRead(m_supervisor, r.id, r.marks[0].id, u"改"_s).ok());

    // The next morning starts where this one ended: today's desk A and K2 are in it, nothing twice.
    setTime(at(8, 0, 1));
    const ShiftReview next = m_reviews->startReview(m_supervisor).value();
    EXPECT_EQ(next.coverFromMs, at(7, 30));
    EXPECT_EQ(next.coverToMs, at(7, 30, 1));
    EXPECT_EQ(refs(next, ReviewMark::Kind::Call), QSet<qint64>{m_k2});
    EXPECT_TRUE(refs(next, ReviewMark::Kind::Sheet).isEmpty()); // nobody has handed over yet
    EXPECT_EQ(m_audit->history(u"shift_review"_s, r.id).value().size(), 2);
    expectAuditIntact();
}

TEST_P(MorningReviewTest, TheStartPageAsksForTheReviewUntilTheNightIsCovered)
{
    // R-SH-4: due before it starts and while it is open; no longer once complete; due again the next
    // morning once shift A has started, not before. Asking writes nothing.
    EXPECT_FALSE(m_reviews->reviewDue(m_morning).value()); // a clerk does not review
    EXPECT_TRUE(m_reviews->reviewDue(m_supervisor).value());
    EXPECT_EQ(count(u"shift_reviews"_s), 0);
    ShiftReview r = m_reviews->startReview(m_supervisor).value();
    EXPECT_TRUE(m_reviews->reviewDue(m_supervisor).value());
    for (const ReviewMark& m : r.marks)
        ASSERT_TRUE(m_reviews->markRead(m_supervisor, r.id, m.id).ok());
    EXPECT_TRUE(m_reviews->reviewDue(m_supervisor).value()); // all read, but not completed
    ASSERT_TRUE(m_reviews->complete(m_supervisor, r.id).ok());
    EXPECT_FALSE(m_reviews->reviewDue(m_supervisor).value());
    setTime(at(7, 0, 1)); // still the night's C: nothing new to cover before 07:30
    EXPECT_FALSE(m_reviews->reviewDue(m_supervisor).value());
    setTime(at(7, 30, 1));
    EXPECT_TRUE(m_reviews->reviewDue(m_supervisor).value());
    EXPECT_EQ(count(u"shift_reviews"_s), 1);
}

// R-SH-4 with two supervisors (issue 16): a comment written on a record at one desk is not replaced by
// the other desk's, typed on what its page showed before; the refusal says who and when.
TEST_P(MorningReviewTest, ACommentSavedAtAnotherDeskIsNeverWrittenOver)
{
    ShiftReview r = m_reviews->startReview(m_supervisor).value();
    ASSERT_FALSE(r.marks.isEmpty());
    const Session other = person(Role::Supervisor, QStringLiteral("li.zg"));
    const QString shown = r.marks[0].comment; // both pages show the record without a comment
    setTime(at(8, 20));
    ASSERT_TRUE(m_reviews->markRead(other, r.id, r.marks[0].id, u"交接清楚"_s, shown).ok());
    setTime(at(8, 22));
    auto late = m_reviews->markRead(m_supervisor, r.id, r.marks[0].id, u"钥匙未交"_s, shown);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().message.contains(u"li.zg"_s)) << late.error().message.toStdString();
    EXPECT_TRUE(late.error().message.contains(DateTimeText::dateTime(at(8, 20)))) << late.error().message.toStdString();
    EXPECT_EQ(m_reviews->review(r.id).value().marks[0].comment, u"交接清楚"_s);
    // Read again, her comment goes on what is there now.
    EXPECT_TRUE(m_reviews->markRead(m_supervisor, r.id, r.marks[0].id, u"交接清楚；钥匙未交"_s, u"交接清楚"_s).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, MorningReviewTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

#include "ComplaintFixture.h"

#include "engine/AuditLog.h"
#include "engine/tickets/TicketClocks.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ComplaintServiceTest : public ComplaintFixture
{
};

constexpr qint64 Hour = 3'600'000;

TEST_P(ComplaintServiceTest, AnInvalidDecisionNeedsAReasonAndThenClosesWithIt)
{
    // R-CP-2: invalid — the explanation given is recorded and it closes.
    const Ticket t = openComplaint();
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    auto refused = complaints->decide(supervisor, t, {false, Severity::None, {}, u"  "_s});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"reason"_s);
    EXPECT_EQ(reload(t).status, TicketStatus::New);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM complaint_decisions"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s), audits);

    auto done =
        complaints->decide(supervisor, t, {false, Severity::None, {}, u"噪音来自邻栋施工，非物业责任，已解释"_s});
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done.value().status, TicketStatus::Cancelled);
    auto rec = complaints->latestDecision(t.id);
    ASSERT_TRUE(rec.ok() && rec.value().has_value());
    EXPECT_FALSE(rec.value()->decision.valid);
    EXPECT_EQ(rec.value()->decision.reason, u"噪音来自邻栋施工，非物业责任，已解释"_s);
    EXPECT_EQ(rec.value()->decidedBy, supervisor.user.id);
}

TEST_P(ComplaintServiceTest, AClerkCannotJudgeAndNothingIsWritten)
{
    // R-CP-2: the supervisor judges.
    const Ticket t = openComplaint();
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    auto refused = complaints->decide(clerk, t, {true, Severity::Major, {}, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"perm.denied"_s);
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_EQ(reload(t).severity, Severity::None);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM complaint_decisions"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s), audits);
}

TEST_P(ComplaintServiceTest, GradingSetsTheLimitBySeverity)
{
    // R-CP-5: minor half a day, important 1 day, major a reply in 2 days and resolution in 15.
    const Ticket minor = graded(openComplaint(), Severity::Minor);
    const Ticket important = graded(openComplaint(u"保洁员态度恶劣"_s, u"3-1-502"_s, u"李四"_s), Severity::Important,
                                    {ComplaintCriterion::StaffConduct});
    const Ticket major = graded(openComplaint(u"停水两天无人通知"_s, u"3-1-502"_s, u"王五"_s), Severity::Major,
                                {ComplaintCriterion::SuddenOutage});
    ASSERT_TRUE(minor.resolveByMs && important.resolveByMs && major.resolveByMs && major.replyByMs);
    EXPECT_EQ(*minor.resolveByMs - minor.occurredMs, 12 * Hour);
    EXPECT_EQ(*important.resolveByMs - important.occurredMs, 24 * Hour);
    EXPECT_EQ(*major.replyByMs - major.occurredMs, 48 * Hour);
    EXPECT_EQ(*major.resolveByMs - major.occurredMs, 15 * 24 * Hour);

    // The checklist is stored with the decision.
    auto rec = complaints->latestDecision(major.id);
    ASSERT_TRUE(rec.ok() && rec.value().has_value());
    EXPECT_EQ(rec.value()->decision.criteria, QList<ComplaintCriterion>{ComplaintCriterion::SuddenOutage});
}

TEST_P(ComplaintServiceTest, AGradeBelowWhatTheTickedCriteriaCallForIsRefused)
{
    // R-CP-3: financial loss or injury makes a complaint major.
    const Ticket t = openComplaint();
    auto refused = complaints->decide(supervisor, t, {true, Severity::Minor, {ComplaintCriterion::LossOrInjury}, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"severity"_s);
    EXPECT_EQ(reload(t).severity, Severity::None);
}

TEST_P(ComplaintServiceTest, TheFifthLinkedComplaintMakesTheWholeGroupMajor)
{
    // R-CP-3: 5 or more customers about the same event — automatic upgrade when linked.
    const Ticket first = graded(openComplaint(u"电梯停运一整天"_s, u"3-1-502"_s, u"张三"_s), Severity::Minor);
    QList<Ticket> others;
    const QStringList people{u"李四"_s, u"王五"_s, u"赵六"_s, u"孙七"_s};
    for (const QString& p : people)
        others << graded(openComplaint(u"电梯停运，老人无法下楼"_s, u"3-1-502"_s, p), Severity::Minor);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(complaints->linkSameEvent(clerk, others.at(i), first.id).ok());
    EXPECT_EQ(complaints->eventGroupSize(first.id).value(), 4);
    EXPECT_EQ(reload(first).severity, Severity::Minor); // four is not yet five

    auto fifth = complaints->linkSameEvent(clerk, others.at(3), others.at(0).id); // linked via a member
    ASSERT_TRUE(fifth.ok()) << fifth.error().message.toStdString();
    EXPECT_EQ(complaints->eventRoot(others.at(3).id).value(), first.id);
    EXPECT_EQ(reload(first).severity, Severity::Major);
    for (const Ticket& o : others) {
        EXPECT_EQ(reload(o).severity, Severity::Major);
        ASSERT_TRUE(reload(o).resolveByMs.has_value());
        EXPECT_EQ(*reload(o).resolveByMs - o.occurredMs, 15 * 24 * Hour); // R-CP-5: the major limit
    }
}

TEST_P(ComplaintServiceTest, AThirdComplaintJoinsTheGroupFromAnyMemberItIsLinkedTo)
{
    // R-CP-3: the desk had linked B to A; selecting B and linking C to it answered "already linked
    // to another event". C joins A's group instead, whichever member it is linked from.
    const Ticket a = openComplaint(u"地下车库积水"_s);
    const Ticket b = openComplaint(u"车库积水泡车"_s, u"3-1-601"_s, u"钱七"_s);
    const Ticket c = openComplaint(u"车库进水无人管"_s, u"3-1-502"_s, u"孙八"_s);
    const Ticket d = openComplaint(u"车库积水第四位"_s, u"3-1-502"_s, u"周九"_s);
    ASSERT_TRUE(complaints->linkSameEvent(clerk, b, a.id).ok());
    auto third = complaints->linkSameEvent(clerk, reload(b), c.id);
    ASSERT_TRUE(third.ok()) << third.error().message.toStdString();
    EXPECT_EQ(complaints->eventRoot(c.id).value(), a.id);
    auto fourth = complaints->linkSameEvent(clerk, reload(a), d.id); // from the root, too
    ASSERT_TRUE(fourth.ok()) << fourth.error().message.toStdString();
    EXPECT_EQ(complaints->eventRoot(d.id).value(), a.id);
    EXPECT_EQ(complaints->eventGroupSize(a.id).value(), 4);
}

TEST_P(ComplaintServiceTest, SeveralComplaintsAreLinkedToOneEventInOneAuditedAction)
{
    // R-CP-3: the desk selects the complaints about one event and links them together at once; the
    // earliest is the group's root, and the group can grow later by a third, fourth... one.
    const Ticket a = openComplaint(u"电梯困人"_s);
    host.clock().advanceMinutes(5);
    const Ticket b = openComplaint(u"电梯困人半小时"_s, u"3-1-601"_s, u"钱七"_s);
    const Ticket c = openComplaint(u"电梯又坏了"_s, u"3-1-502"_s, u"孙八"_s);
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'complaint_group'"_s);
    auto linked = complaints->linkSameEvent(clerk, QList<qint64>{c.id, b.id, a.id});
    ASSERT_TRUE(linked.ok()) << linked.error().message.toStdString();
    EXPECT_EQ(linked.value(), a.id);
    for (const Ticket& t : {b, c})
        EXPECT_EQ(complaints->eventRoot(t.id).value(), a.id);
    EXPECT_EQ(complaints->eventGroupSize(a.id).value(), 3);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'complaint_group'"_s), audits + 1);
    const auto history = host.services().audit.history(u"complaint_group"_s, a.id).value();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().action, u"link"_s);

    const Ticket d = openComplaint(u"电梯停在半层"_s, u"3-1-601"_s, u"周九"_s);
    const Ticket e = openComplaint(u"电梯门夹人"_s, u"3-1-502"_s, u"吴十"_s);
    auto grown = complaints->linkSameEvent(clerk, QList<qint64>{c.id, d.id, e.id}); // via a member
    ASSERT_TRUE(grown.ok()) << grown.error().message.toStdString();
    EXPECT_EQ(grown.value(), a.id);
    EXPECT_EQ(complaints->eventGroupSize(a.id).value(), 5);
    EXPECT_EQ(reload(a).severity, Severity::Major); // the fifth customer: automatic upgrade

    auto again = complaints->linkSameEvent(clerk, QList<qint64>{a.id, e.id});
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(u"already"_s));
    auto one = complaints->linkSameEvent(clerk, QList<qint64>{a.id});
    ASSERT_FALSE(one.ok());
    EXPECT_EQ(one.error().field, u"event"_s);
}

TEST_P(ComplaintServiceTest, AComplaintInAnotherGroupIsNamedAndNothingIsLinked)
{
    // R-CP-3: a complaint belongs to one event; the refusal names it and its group, and writes nothing.
    const Ticket a = openComplaint(u"停水"_s);
    const Ticket b = openComplaint(u"停水无通知"_s, u"3-1-601"_s, u"钱七"_s);
    const Ticket c = openComplaint(u"噪音扰民"_s, u"3-1-502"_s, u"孙八"_s);
    const Ticket d = openComplaint(u"夜间施工噪音"_s, u"3-1-601"_s, u"周九"_s);
    const Ticket e = openComplaint(u"停水一整天"_s, u"3-1-502"_s, u"吴十"_s);
    ASSERT_TRUE(complaints->linkSameEvent(clerk, QList<qint64>{a.id, b.id}).ok());
    ASSERT_TRUE(complaints->linkSameEvent(clerk, QList<qint64>{c.id, d.id}).ok());
    const qint64 links = scalar(u"SELECT COUNT(*) FROM complaint_links"_s);
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    auto mixed = complaints->linkSameEvent(clerk, QList<qint64>{b.id, e.id, d.id});
    ASSERT_FALSE(mixed.ok());
    EXPECT_EQ(mixed.error().field, u"event"_s);
    EXPECT_TRUE(mixed.error().message.contains(d.number)) << mixed.error().message.toStdString();
    EXPECT_TRUE(mixed.error().message.contains(c.number)) << mixed.error().message.toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM complaint_links"_s), links);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s), audits);
    EXPECT_EQ(complaints->eventRoot(e.id).value(), e.id);

    auto single = complaints->linkSameEvent(clerk, reload(b), d.id); // the detail's one-at-a-time path too
    ASSERT_FALSE(single.ok());
    EXPECT_TRUE(single.error().message.contains(c.number)) << single.error().message.toStdString();

    const Session cashier = host.signedIn(Role::Cashier, u"chen.jing"_s);
    auto refused = complaints->linkSameEvent(cashier, QList<qint64>{e.id, a.id});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"perm.denied"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM complaint_links"_s), links);
}

TEST_P(ComplaintServiceTest, AnExtensionNeedsTheApprovalTheGradeNames)
{
    // R-CP-5: minor longer than half a day — supervisor; important longer than a day — manager.
    const Ticket minor = graded(openComplaint(), Severity::Minor);
    const qint64 later = *minor.resolveByMs + 24 * Hour;
    auto byClerk = complaints->extend(clerk, minor, later, u"需等待业主回家"_s);
    ASSERT_FALSE(byClerk.ok());
    EXPECT_EQ(byClerk.error().code, u"perm.denied"_s);
    EXPECT_EQ(reload(minor).resolveByMs, minor.resolveByMs);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM complaint_extensions"_s), 0);

    const Ticket important = graded(openComplaint(u"保洁员态度恶劣"_s), Severity::Important);
    auto bySupervisor = complaints->extend(supervisor, important, *important.resolveByMs + Hour, u"涉事员工休假"_s);
    ASSERT_FALSE(bySupervisor.ok());
    EXPECT_EQ(reload(important).resolveByMs, important.resolveByMs);

    auto approved = complaints->extend(supervisor, minor, later, u"需等待业主回家"_s);
    ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
    EXPECT_EQ(approved.value().resolveByMs, later);
    EXPECT_EQ(scalar(u"SELECT approved_by FROM complaint_extensions WHERE ticket_id = ?"_s, {minor.id}),
              supervisor.user.id);
    EXPECT_EQ(scalar(u"SELECT new_limit_ms FROM complaint_extensions WHERE ticket_id = ?"_s, {minor.id}), later);

    auto earlier = complaints->extend(manager, important, *important.resolveByMs - Hour, u"提前"_s);
    ASSERT_FALSE(earlier.ok());
    EXPECT_EQ(earlier.error().field, u"limit"_s);
    EXPECT_TRUE(complaints->extend(manager, important, *important.resolveByMs + Hour, u"涉事员工休假"_s).ok());
}

TEST_P(ComplaintServiceTest, TheReplyIsRecordedWithItsTime)
{
    // R-CP-6: the reply time is recorded (its due, the same day, is in ComplaintReminderTest).
    const Ticket t = graded(openComplaint(), Severity::Minor);
    EXPECT_FALSE(complaints->repliedMs(t.id).value().has_value());
    auto empty = complaints->reply(clerk, t, u" "_s);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, u"answer"_s);

    host.clock().advanceMinutes(95);
    const qint64 now = host.clock().nowMs();
    auto replied = complaints->reply(clerk, reload(t), u"已联系装修户，晚八点后停止施工"_s);
    ASSERT_TRUE(replied.ok()) << replied.error().message.toStdString();
    EXPECT_EQ(replied.value().status, TicketStatus::Replied);
    EXPECT_EQ(complaints->repliedMs(t.id).value(), std::optional<qint64>(now));
}

TEST_P(ComplaintServiceTest, TheCustomerNoteIsKeptOnTheUnitForTheNextClerk)
{
    // R-CP-10: a customer who complained carries a note so the next clerk sees it.
    const Ticket t = openComplaint();
    auto empty = complaints->addCustomerNote(clerk, t, u""_s);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, u"note"_s);
    ASSERT_TRUE(complaints->addCustomerNote(clerk, t, u"脾气急，先道歉再解释"_s).ok());
    auto notes = host.db().scalar(u"SELECT notes FROM units WHERE id = ?"_s, {t.unitId});
    ASSERT_TRUE(notes.ok());
    EXPECT_TRUE(notes.value().toString().contains(u"脾气急，先道歉再解释"_s));
    EXPECT_TRUE(notes.value().toString().contains(t.number));
}

TEST_P(ComplaintServiceTest, TheListPagesOpenComplaintsFirstByTheirLimitWhateverThePageSize)
{
    // The complaints page lists open ones first, then by the nearest resolution limit (R-CP-5; none
    // last), then newest (issue 12: read in parts along their indexes). Every page size and offset
    // gives the rows of the one ordered query the page used to run.
    QList<Ticket> opened;
    for (int i = 0; i < 8; ++i) {
        host.clock().advanceMinutes(11);
        opened << openComplaint(u"投诉 %1"_s.arg(i));
    }
    for (int i : {1, 2, 4, 6}) // graded minor or important: a resolution limit each
        opened[i] = graded(opened.at(i), i % 4 == 0 ? Severity::Important : Severity::Minor,
                           i % 4 == 0 ? QList<ComplaintCriterion>{ComplaintCriterion::StaffConduct}
                                      : QList<ComplaintCriterion>{});
    for (int i : {0, 2, 4, 5}) // finished: with and without a limit
        ASSERT_TRUE(host.services().tickets.cancel(supervisor, opened.at(i), u"重复登记"_s).ok());
    QList<qint64> expected;
    auto q = host.db().exec(u"SELECT id FROM tickets WHERE kind = 'complaint' ORDER BY CASE WHEN status IN "
                            "('closed', 'cancelled') THEN 1 ELSE 0 END, CASE WHEN resolve_by_ms IS NULL THEN 1 "
                            "ELSE 0 END, resolve_by_ms, id DESC"_s);
    ASSERT_TRUE(q.ok());
    while (q.value().next())
        expected << q.value().value(0).toLongLong();
    q.value().finish();
    ASSERT_EQ(expected.size(), 8);
    for (int size = 1; size <= 9; ++size)
        for (int offset = 0; offset <= 9; ++offset) {
            auto rows = complaints->complaints(size, offset);
            ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
            QList<qint64> ids;
            for (const ComplaintRow& row : rows.value())
                ids << row.ticketId;
            EXPECT_EQ(ids, expected.mid(offset, size)) << "page of " << size << " at " << offset;
        }
}

INSTANTIATE_TEST_SUITE_P(Backends, ComplaintServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test

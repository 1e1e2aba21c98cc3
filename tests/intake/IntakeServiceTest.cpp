// The intake service: what it refuses (naming the field, writing nothing) and which ticket each
// class opens, with the clocks and records R-IN-1..5 ask for.
#include "IntakeFixture.h"

#include "engine/reminders/ReminderService.h"

#include "engine/tickets/TicketClocks.h"

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

class IntakeSubmit : public IntakeFixture
{
protected:
    // Submits and expects a refusal naming `field`, with nothing written.
    void expectRefused(const IntakeForm& form, const QString& field)
    {
        const auto before = counts();
        auto r = intake.submit(clerk, form);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, field) << r.error().message.toStdString();
        EXPECT_FALSE(r.error().message.isEmpty());
        EXPECT_EQ(counts(), before);
    }
};

// R-IN-1: a matter is logged against a unit or a person.
TEST_P(IntakeSubmit, RefusesAFormWithNeitherUnitNorPerson)
{
    IntakeForm f = call(IntakeClass::Inquiry);
    f.unitId = 0;
    f.personName = u"  "_s;
    expectRefused(f, u"unit"_s);
    // The same form with only a name is taken.
    f.personName = u"路过的王先生"_s;
    f.answer = u"物业费可在前台或微信缴纳"_s;
    EXPECT_TRUE(intake.submit(clerk, f).ok());
}

// R-IN-1: what the customer said is recorded.
TEST_P(IntakeSubmit, RefusesAnEmptyText)
{
    IntakeForm f = call(IntakeClass::Repair);
    f.description = u"   "_s;
    expectRefused(f, u"description"_s);
}

// R-IN-1: a call records the caller's number, and it must be one.
TEST_P(IntakeSubmit, RefusesAMissingOrInvalidCallerNumberOnACall)
{
    IntakeForm f = call(IntakeClass::Repair);
    f.callerPhone = u"13800"_s;
    expectRefused(f, u"caller_phone"_s);
    f.callerPhone.clear();
    expectRefused(f, u"caller_phone"_s);
    f.channel = Channel::WalkIn; // a visitor at the desk need not give one
    EXPECT_TRUE(intake.submit(clerk, f).ok());
}

// R-IN-1: every matter is classified.
TEST_P(IntakeSubmit, RefusesAFormWithoutClass)
{
    IntakeForm f = call(IntakeClass::Repair);
    f.intakeClass.reset();
    expectRefused(f, u"class"_s);
}

// R-RP-1: a repair names what needs repairing.
TEST_P(IntakeSubmit, RefusesARepairWithoutCategory)
{
    IntakeForm f = call(IntakeClass::Repair);
    f.category.clear();
    expectRefused(f, u"category"_s);
}

// R-IN-1: repair → repair record, complaint → complaint, request → request, inquiry and the rest →
// the daily-affairs register (inquiry, affair).
TEST_P(IntakeSubmit, EachClassOpensItsKindOfTicket)
{
    const QList<std::pair<IntakeClass, TicketKind>> expected{{IntakeClass::Repair, TicketKind::Repair},
                                                             {IntakeClass::Complaint, TicketKind::Complaint},
                                                             {IntakeClass::Request, TicketKind::Request},
                                                             {IntakeClass::Inquiry, TicketKind::Inquiry},
                                                             {IntakeClass::Other, TicketKind::Affair}};
    for (const auto& [c, kind] : expected) {
        IntakeForm f = call(c);
        f.answer = u"已告知"_s;
        auto r = intake.submit(clerk, f);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        auto stored = host.services().tickets.find(r.value().ticket.id);
        ASSERT_TRUE(stored.ok());
        EXPECT_EQ(stored.value().kind, kind) << IntakeForm::key(c).toStdString();
        EXPECT_TRUE(stored.value().number.startsWith(TicketTerms::numberPrefix(kind)));
        EXPECT_EQ(stored.value().unitId, unitId(u"3-1-502"_s));
        EXPECT_EQ(stored.value().callerPhone, u"13800001111"_s);
        EXPECT_EQ(stored.value().category, c == IntakeClass::Repair ? u"水"_s : QString());
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM intake_details WHERE ticket_id = ?"_s, {stored.value().id}), 1);
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'intake' AND entity_id = ?"_s,
                         {stored.value().id}),
                  1);
    }
}

// R-CP-1: a complaint is taken in with who, when, where, what, the people or departments
// involved and what the customer asks, and all of it is kept.
TEST_P(IntakeSubmit, AComplaintKeepsWhoWhenWhereWhatWhoIsInvolvedAndWhatTheCustomerAsks)
{
    IntakeForm f = call(IntakeClass::Complaint, u"保安态度恶劣，拒绝外卖进入"_s);
    f.peopleInvolved = u"东门保安 小王"_s;
    f.customerAsks = u"当面道歉，并加强培训"_s;
    auto r = intake.submit(clerk, f);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const Ticket t = host.services().tickets.find(r.value().ticket.id).value();
    EXPECT_EQ(t.personName, u"张三"_s);                        // who
    EXPECT_EQ(t.occurredMs, host.clock().nowMs());             // when
    EXPECT_EQ(t.unitId, unitId(u"3-1-502"_s));                 // where
    EXPECT_EQ(t.description, u"保安态度恶劣，拒绝外卖进入"_s); // what
    auto q = host.db().exec(u"SELECT people_involved, customer_asks FROM intake_details WHERE ticket_id = ?"_s, {t.id});
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q.value().next());
    EXPECT_EQ(q.value().value(0).toString(), u"东门保安 小王"_s);
    EXPECT_EQ(q.value().value(1).toString(), u"当面道歉，并加强培训"_s);
}

// R-IN-4: a request or suggestion is owed a reply within the site's reply hours (1 day by default).
TEST_P(IntakeSubmit, RequestGetsTheOneDayReplyClock)
{
    const qint64 now = host.clock().nowMs();
    auto r = intake.submit(clerk, call(IntakeClass::Request, u"建议小区东门加装雨棚"_s));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_TRUE(r.value().replyDueMs.has_value());
    EXPECT_EQ(*r.value().replyDueMs, now + TicketClocks::hours(24));
    EXPECT_EQ(r.value().ticket.resolveByMs, r.value().replyDueMs);
    // The reminders see it: it is due in the ticket engine's list once the day has passed.
    auto due = host.services().tickets.overdue(now + TicketClocks::hours(25));
    ASSERT_TRUE(due.ok());
    bool found = false;
    for (const TicketDue& d : due.value())
        found = found || (d.ticketId == r.value().ticket.id && d.clock == TicketClock::Resolve);
    EXPECT_TRUE(found);
}

// R-IN-5: when the department head is absent, the clerk keeps the customer's contact and owes a reply.
TEST_P(IntakeSubmit, UnansweredInquiryKeepsTheContactAndAReplyDue)
{
    IntakeForm f = call(IntakeClass::Inquiry, u"问下个月停水时间"_s);
    f.inquiryRoute = InquiryRoute::HeadAbsent;
    f.contactName = u"张三"_s;
    f.contactPhone = u"139-0000-3333"_s;
    auto r = intake.submit(clerk, f);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_TRUE(r.value().replyDueMs.has_value());
    EXPECT_EQ(r.value().ticket.status, TicketStatus::New);
    auto q = host.db().exec(u"SELECT contact_name, contact_phone, reply_due_ms, answered_now FROM intake_details "
                            "WHERE ticket_id = ?"_s,
                            {r.value().ticket.id});
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q.value().next());
    EXPECT_EQ(q.value().value(0).toString(), u"张三"_s);
    EXPECT_EQ(q.value().value(1).toString(), u"13900003333"_s);
    EXPECT_EQ(q.value().value(2).toLongLong(), *r.value().replyDueMs);
    EXPECT_FALSE(q.value().value(3).toBool());
    q.value().finish();

    // No contact number at all (a walk-in without a phone): refused next to the contact field.
    f.channel = Channel::WalkIn;
    f.callerPhone.clear();
    f.contactPhone.clear();
    expectRefused(f, u"contact_phone"_s);
}

// R-IN-5: an inquiry answered at once is recorded with its answer and closed.
TEST_P(IntakeSubmit, InquiryAnsweredNowIsClosedWithItsAnswer)
{
    IntakeForm f = call(IntakeClass::Inquiry, u"物业费怎么交"_s);
    f.answer.clear();
    expectRefused(f, u"answer"_s);
    f.answer = u"前台现金、刷卡或微信缴纳"_s;
    auto r = intake.submit(clerk, f);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().ticket.status, TicketStatus::Closed);
    EXPECT_FALSE(r.value().replyDueMs.has_value());
}

// R-IN-4: the time promised to the customer is the reply due; a time already past is refused next to
// the field, and nothing is written.
TEST_P(IntakeSubmit, APromisedTimeIsTheReplyDueAndAPastOneIsRefused)
{
    const qint64 now = host.clock().nowMs();
    IntakeForm f = call(IntakeClass::Request, u"建议小区东门加装雨棚"_s);
    f.promisedReplyMs = now - 60'000;
    expectRefused(f, u"promised"_s);
    f.promisedReplyMs = now + TicketClocks::hours(50);
    auto r = intake.submit(clerk, f);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().replyDueMs, now + TicketClocks::hours(50));
    EXPECT_EQ(r.value().ticket.resolveByMs, now + TicketClocks::hours(50));
    EXPECT_EQ(scalar(u"SELECT reply_due_ms FROM intake_details WHERE ticket_id = ?"_s, {r.value().ticket.id}),
              now + TicketClocks::hours(50));
    // Not overdue after the one day a reply would otherwise take.
    auto due = host.services().tickets.overdue(now + TicketClocks::hours(25));
    ASSERT_TRUE(due.ok());
    for (const TicketDue& d : due.value())
        EXPECT_FALSE(d.ticketId == r.value().ticket.id && d.clock == TicketClock::Resolve);
}

// R-IN-5: an inquiry the clerk cannot answer goes to the department head: the department and the head
// are required and recorded, and the reply is owed until the head's answer is given.
TEST_P(IntakeSubmit, AnInquiryReferredToTheHeadIsRecordedAndOwesTheHeadsAnswer)
{
    IntakeForm f = call(IntakeClass::Inquiry, u"车位租金明年是否上调"_s);
    f.inquiryRoute = InquiryRoute::Referred;
    f.referDepartment = u"财务部"_s;
    expectRefused(f, u"head_name"_s);
    f.referDepartment.clear();
    f.headName = u"周经理"_s;
    expectRefused(f, u"refer_department"_s);
    f.referDepartment = u"财务部"_s;
    auto r = intake.submit(clerk, f);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().ticket.status, TicketStatus::New);
    ASSERT_TRUE(r.value().replyDueMs.has_value());
    auto events = host.services().tickets.history(r.value().ticket.id).value();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(1).kind, u"referred"_s);
    EXPECT_EQ(events.at(1).data.value(u"department"_s).toString(), u"财务部"_s);
    EXPECT_EQ(events.at(1).data.value(u"head"_s).toString(), u"周经理"_s);

    // The head answers while the customer waits: given to the customer, and the inquiry is closed.
    f.headAnswer = u"明年租金不变"_s;
    auto answered = intake.submit(clerk, f);
    ASSERT_TRUE(answered.ok()) << answered.error().message.toStdString();
    EXPECT_EQ(answered.value().ticket.status, TicketStatus::Closed);
    EXPECT_FALSE(answered.value().replyDueMs.has_value());
}

// R-IN-2: the major/urgent/sudden tick is recorded with the ticket and in its opening note.
TEST_P(IntakeSubmit, AnUrgentIntakeIsReportedToTheSuperiorsAtOnce)
{
    // R-IN-2: major, urgent or sudden matters are reported to the superior immediately.
    auto plain = intake.submit(clerk, call(IntakeClass::Repair, u"客厅灯不亮"_s));
    ASSERT_TRUE(plain.ok());
    IntakeForm f = call(IntakeClass::Repair, u"地下车库进水"_s);
    f.urgent = true;
    auto r = intake.submit(clerk, f);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.value().ticket.urgent);
    ReminderService reminders(host.db(), host.clock(), host.services().audit, host.services().rules);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    const Session supervisor = host.signedIn(Role::Supervisor, u"chen.zhu"_s);
    QList<qint64> reported;
    for (const Reminder& rem : reminders.active(host.clock().nowMs(), supervisor).value())
        if (rem.due == ReminderDue::Report)
            reported << rem.ticketId;
    EXPECT_EQ(reported, QList<qint64>{r.value().ticket.id}) << "at once, and only the urgent one";
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM intake_details WHERE ticket_id = ? AND urgent"_s, {r.value().ticket.id}),
              1);
    auto events = host.services().tickets.history(r.value().ticket.id);
    ASSERT_TRUE(events.ok());
    ASSERT_FALSE(events.value().isEmpty());
    EXPECT_FALSE(events.value().constFirst().note.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, IntakeSubmit, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace

} // namespace fd::test

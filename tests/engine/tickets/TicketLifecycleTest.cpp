#include "TicketFixture.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class TicketLifecycleTest : public TicketFixture
{
protected:
    Ticket dispatchedRepairAtNine()
    {
        m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
        Ticket t = openTicket(repairRequest());
        auto d = m_tickets->dispatch(m_clerk, t, u"工程部"_s);
        EXPECT_TRUE(d.ok());
        return d.ok() ? d.value() : t;
    }
};

TEST_P(TicketLifecycleTest, ADispatchedRepairIsFollowedUpEveryFifteenMinutesOnAFixedGridUntilReturned)
{
    // R-RP-2
    Ticket t = dispatchedRepairAtNine();
    EXPECT_EQ(t.nextFollowUpMs, at(9, 15));
    EXPECT_TRUE(dueIds(m_tickets->dueFollowUps(at(9, 14)), TicketClock::FollowUp).isEmpty());
    EXPECT_EQ(dueIds(m_tickets->dueFollowUps(at(9, 15)), TicketClock::FollowUp), QList<qint64>{t.id});

    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 16))); // a minute late: the next one is still 09:30
    t = m_tickets->recordFollowUp(m_clerk, t, u"工程部说在路上"_s).value();
    EXPECT_EQ(t.nextFollowUpMs, at(9, 30));
    EXPECT_TRUE(dueIds(m_tickets->dueFollowUps(at(9, 29)), TicketClock::FollowUp).isEmpty());
    EXPECT_EQ(dueIds(m_tickets->dueFollowUps(at(9, 30)), TicketClock::FollowUp), QList<qint64>{t.id});

    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 30)));
    t = m_tickets->recordFollowUp(m_clerk, t).value();
    EXPECT_EQ(t.nextFollowUpMs, at(9, 45));

    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 40)));
    t = m_tickets->returned(m_clerk, t, u"换了水管接头"_s, u"刘师傅"_s).value();
    EXPECT_EQ(t.status, TicketStatus::Returned);
    EXPECT_FALSE(t.nextFollowUpMs.has_value());
    EXPECT_TRUE(dueIds(m_tickets->dueFollowUps(at(23, 59)), TicketClock::FollowUp).isEmpty());
    EXPECT_EQ(m_tickets->find(t.id).value().nextFollowUpMs, std::nullopt);
}

TEST_P(TicketLifecycleTest, AReturnedRepairOwesACallbackWithinADayAndTheCallbackClosesIt)
{
    // R-CB-1, R-RP-3
    Ticket t = dispatchedRepairAtNine();
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(10, 0)));
    t = m_tickets->returned(m_clerk, t, u"已修好"_s).value();
    EXPECT_EQ(t.callbackByMs, at(10, 0, 1));
    EXPECT_TRUE(dueIds(m_tickets->overdue(at(9, 59, 1)), TicketClock::Callback).isEmpty());
    EXPECT_EQ(dueIds(m_tickets->overdue(at(10, 0, 1)), TicketClock::Callback), QList<qint64>{t.id});

    // R-CB-3: not satisfied → the work is reopened, and must be dispatched again.
    t = m_tickets->callBack(m_clerk, t, false, u"还在滴水"_s).value();
    EXPECT_EQ(t.status, TicketStatus::Reopened);
    EXPECT_FALSE(t.callbackByMs.has_value());
    t = m_tickets->dispatch(m_clerk, t, u"工程部"_s).value();
    t = m_tickets->returned(m_clerk, t, u"换了阀门"_s).value();
    t = m_tickets->callBack(m_clerk, t, true, u"满意"_s).value();
    EXPECT_EQ(t.status, TicketStatus::Closed);
    EXPECT_EQ(t.closedMs, m_clock.nowMs());
    EXPECT_TRUE(m_tickets->overdue(at(0, 0, 30)).value().isEmpty());
}

TEST_P(TicketLifecycleTest, AComplaintsResolveByFollowsItsGrade)
{
    // R-CP-5: minor within half a day, important within a day, major replied in 2 days and resolved in 15.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    EXPECT_EQ(openTicket(complaintRequest(Severity::Minor)).resolveByMs, at(21, 0));
    EXPECT_EQ(openTicket(complaintRequest(Severity::None)).resolveByMs, at(21, 0));
    EXPECT_EQ(openTicket(complaintRequest(Severity::Important)).resolveByMs, at(9, 0, 1));
    Ticket major = openTicket(complaintRequest(Severity::Major));
    EXPECT_EQ(major.resolveByMs, at(9, 0, 15));
    EXPECT_EQ(major.replyByMs, at(9, 0, 2));
    EXPECT_EQ(major.respondByMs, at(9, 10)); // R-IN-3, R-CP-6

    // R-CP-2: only the supervisor grades an ungraded complaint; R-CP-5: its limits follow the grade.
    Ticket ungraded = openTicket(complaintRequest(Severity::None));
    EXPECT_EQ(m_tickets->grade(m_clerk, ungraded, Severity::Major).error().code, u"perm.denied"_s);
    const Session supervisor = person(Role::Supervisor, u"zhao.min"_s);
    Ticket graded = m_tickets->grade(supervisor, ungraded, Severity::Important).value();
    EXPECT_EQ(graded.resolveByMs, at(9, 0, 1));

    // A definite reply stops a major complaint's reply clock, not its resolve clock.
    major = m_tickets->dispatch(m_clerk, major, u"客服部"_s).value();
    major = m_tickets->reply(m_clerk, major, u"已联系楼上住户，两周内解决"_s).value();
    EXPECT_EQ(major.status, TicketStatus::Dispatched);
    EXPECT_FALSE(major.replyByMs.has_value());
    EXPECT_EQ(major.resolveByMs, at(9, 0, 15));
}

TEST_P(TicketLifecycleTest, WaitingStopsResolveByAndResumingMovesItByTheTimeWaited)
{
    // DESIGN "three clocks": waiting states pause resolve-by; R-CP-5 limits exclude the waiting time.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    Ticket t = openTicket(complaintRequest(Severity::Minor));
    ASSERT_EQ(t.resolveByMs, at(21, 0));
    t = m_tickets->dispatch(m_clerk, t, u"工程部"_s).value();
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(10, 0)));
    t = m_tickets->pause(m_clerk, t, TicketAction::WaitForCustomer, u"业主出差，周末回来"_s).value();
    EXPECT_EQ(t.status, TicketStatus::WaitingCustomer);
    EXPECT_FALSE(t.nextFollowUpMs.has_value());

    // While waiting nothing fires, however late it gets.
    EXPECT_TRUE(m_tickets->overdue(at(23, 0)).value().isEmpty());
    EXPECT_TRUE(m_tickets->dueFollowUps(at(23, 0)).value().isEmpty()); // R-RP-2: no follow-ups while waiting
    EXPECT_TRUE(m_tickets->dueWithin(at(12, 0), 24 * 60).value().isEmpty());

    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(13, 0)));
    t = m_tickets->resume(m_clerk, t).value();
    EXPECT_EQ(t.status, TicketStatus::Dispatched);
    EXPECT_EQ(t.pausedTotalMs, TicketClocks::hours(3));
    EXPECT_EQ(t.resolveByMs, at(0, 0, 1));   // 21:00 + 3 hours waited
    EXPECT_EQ(t.nextFollowUpMs, at(13, 15)); // follow-ups start again from the resume
    EXPECT_EQ(dueIds(m_tickets->dueWithin(at(23, 30), 30), TicketClock::Resolve), QList<qint64>{t.id});
}

TEST_P(TicketLifecycleTest, AnIllegalTransitionIsRefusedWithAReasonAndWritesNothing)
{
    // R-RP-4: closed work goes out again only by reopening it (a second dispatch), never silently.
    Ticket t = dispatchedRepairAtNine();
    t = m_tickets->returned(m_clerk, t, u"已修好"_s).value();
    t = m_tickets->callBack(m_clerk, t, true, u"满意"_s).value();
    const qint64 events = count(u"ticket_events"_s);
    const qint64 audits = count(u"audit_events"_s);

    auto again = m_tickets->dispatch(m_clerk, t, u"工程部"_s);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, u"ticket.transition"_s);
    EXPECT_TRUE(again.error().message.contains(u"reopened"_s)) << again.error().message.toStdString();
    EXPECT_EQ(m_tickets->recordFollowUp(m_clerk, t).error().code, u"ticket.transition"_s);
    EXPECT_EQ(count(u"ticket_events"_s), events);
    EXPECT_EQ(count(u"audit_events"_s), audits);
    const Ticket stored = m_tickets->find(t.id).value();
    EXPECT_EQ(stored.status, TicketStatus::Closed);
    EXPECT_EQ(stored.version, t.version);
}

TEST_P(TicketLifecycleTest, ARetroactiveEntryKeepsTheRealTimes)
{
    // R-RP-5, R-SH-3: the control room sent a plumber at night; the desk enters it in the morning.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(8, 0)));
    NewTicket r = repairRequest(u"地下车库水管爆裂"_s);
    r.channel = Channel::ControlRoom;
    r.retroactive = true;
    r.occurredMs = at(2, 10);
    r.dispatchedMs = at(2, 15);
    r.department = u"工程部"_s;
    r.returnedMs = at(3, 40);
    Ticket t = openTicket(r);
    EXPECT_TRUE(t.retroactive);
    EXPECT_EQ(t.occurredMs, at(2, 10));
    EXPECT_EQ(t.createdMs, at(8, 0));
    EXPECT_EQ(t.status, TicketStatus::Returned);
    EXPECT_FALSE(t.respondByMs.has_value()); // forwarded within 5 minutes of the call
    EXPECT_EQ(t.callbackByMs, at(3, 40, 1)); // R-CB-1 from the real return time

    const auto history = m_tickets->history(t.id).value();
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history[0].kind, u"opened"_s);
    EXPECT_EQ(history[0].atMs, at(2, 10));
    EXPECT_EQ(history[1].kind, u"dispatched"_s);
    EXPECT_EQ(history[1].atMs, at(2, 15));
    EXPECT_TRUE(history[1].data.value(u"direct"_s).toBool());
    EXPECT_EQ(history[2].atMs, at(3, 40));
    for (const TicketEvent& e : history)
        EXPECT_EQ(e.recordedMs, at(8, 0));

    // Times out of order, or in the future, are refused next to their field.
    r.returnedMs = at(2, 0);
    EXPECT_EQ(m_tickets->open(m_clerk, r).error().field, u"returned"_s);
    r.returnedMs.reset();
    r.occurredMs = at(9, 0);
    EXPECT_EQ(m_tickets->open(m_clerk, r).error().field, u"occurred"_s);
    NewTicket notRetro = repairRequest();
    notRetro.occurredMs = at(7, 0);
    EXPECT_EQ(m_tickets->open(m_clerk, notRetro).error().field, u"occurred"_s);
}

TEST_P(TicketLifecycleTest, ARuleChangedByTheAdminAppliesToTicketsOpenedAfterNotBefore)
{
    // PROCEDURES.md: rule numbers are the site's; a change applies to tickets opened after it. R-RP-2
    Ticket before = dispatchedRepairAtNine();
    ASSERT_TRUE(m_rules->set(m_admin, QString::fromLatin1(SiteRules::FollowUpMinutes), u"20"_s).ok());
    Ticket after = openTicket(repairRequest(u"门锁坏了"_s));
    after = m_tickets->dispatch(m_clerk, after, u"工程部"_s).value();
    EXPECT_EQ(after.nextFollowUpMs, at(9, 20));

    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 15)));
    before = m_tickets->recordFollowUp(m_clerk, before).value();
    EXPECT_EQ(before.nextFollowUpMs, at(9, 30)); // still every 15 minutes
    EXPECT_EQ(before.rules.followUpMinutes, 15);
    EXPECT_EQ(after.rules.followUpMinutes, 20);
}

TEST_P(TicketLifecycleTest, AChangeMadeOnAStaleVersionIsRefused)
{
    // R-RP-2, R-RP-3: each follow-up and return is recorded once, by whoever saw the latest ticket.
    Ticket t = dispatchedRepairAtNine();
    const Ticket seenByOtherDesk = t;
    t = m_tickets->recordFollowUp(m_clerk, t, u"第一台"_s).value();
    const qint64 events = count(u"ticket_events"_s);
    auto late = m_tickets->returned(m_clerk, seenByOtherDesk, u"已修好"_s);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, u"ticket.stale"_s);
    // Issue 16: who changed it, and that the input is kept for one action to apply it again.
    EXPECT_TRUE(late.error().message.contains(m_clerk.user.displayName)) << late.error().message.toStdString();
    EXPECT_TRUE(late.error().message.contains(u"Reload and apply again"_s));
    EXPECT_EQ(count(u"ticket_events"_s), events);
    EXPECT_EQ(m_tickets->find(t.id).value().status, TicketStatus::Dispatched);
}

TEST_P(TicketLifecycleTest, EveryChangeLeavesAnEventRowAndAnAuditEventAndTheChainStillVerifies)
{
    // R-RP-2 ("each follow-up is recorded"): every change is a new entry, never an edit.
    qint64 events = count(u"ticket_events"_s);
    qint64 audits = count(u"audit_events"_s);
    auto step = [&](const Result<Ticket>& r) {
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        EXPECT_EQ(count(u"ticket_events"_s), ++events);
        EXPECT_EQ(count(u"audit_events"_s), ++audits);
        return r.ok() ? r.value() : Ticket{};
    };
    Ticket t = step(m_tickets->open(m_clerk, repairRequest()));
    t = step(m_tickets->dispatch(m_clerk, t, u"工程部"_s));
    t = step(m_tickets->recordFollowUp(m_clerk, t));
    t = step(m_tickets->pause(m_clerk, t, TicketAction::WaitForParts, u"等配件"_s));
    t = step(m_tickets->resume(m_clerk, t));
    t = step(m_tickets->comment(m_clerk, t, u"业主来电催问"_s));
    t = step(m_tickets->returned(m_clerk, t, u"已修好"_s));
    t = step(m_tickets->reopen(m_clerk, t, u"又坏了"_s));
    t = step(m_tickets->cancel(m_clerk, t, u"业主自行处理"_s));
    EXPECT_EQ(t.status, TicketStatus::Cancelled);
    EXPECT_EQ(m_audit->history(u"ticket"_s, t.id).value().size(), 9);
    auto verified = m_audit->verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified.value().ok) << verified.value().reason.toStdString();
    // The history refuses to be rewritten.
    EXPECT_FALSE(m_db->exec(u"UPDATE ticket_events SET note = 'x'"_s).ok());
    EXPECT_FALSE(m_db->exec(u"DELETE FROM tickets"_s).ok());
}

TEST_P(TicketLifecycleTest, OpeningChecksEachFieldAndWritesNothingWhenOneIsWrong)
{
    // R-IN-1: what was said, where or who, and the caller's number for calls.
    const qint64 tickets = count(u"tickets"_s);
    NewTicket r = repairRequest();
    r.description = u" "_s;
    EXPECT_EQ(m_tickets->open(m_clerk, r).error().field, u"description"_s);
    r = repairRequest();
    r.unitId = 0;
    r.personName.clear();
    EXPECT_EQ(m_tickets->open(m_clerk, r).error().field, u"unit"_s);
    r = repairRequest();
    r.callerPhone.clear();
    EXPECT_EQ(m_tickets->open(m_clerk, r).error().field, u"caller_phone"_s);
    r.callerPhone = u"12345"_s;
    EXPECT_EQ(m_tickets->open(m_clerk, r).error().field, u"caller_phone"_s);
    r = repairRequest();
    r.unitId = 999'999;
    EXPECT_EQ(m_tickets->open(m_clerk, r).error().field, u"unit"_s);
    EXPECT_EQ(count(u"tickets"_s), tickets);
    EXPECT_EQ(openTicket(repairRequest()).callerPhone, u"13812345678"_s);
}

TEST_P(TicketLifecycleTest, ARequestMustBeForwardedWithinTenMinutesAndAnsweredWithinADay)
{
    // R-IN-3, R-IN-4
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    NewTicket r;
    r.kind = TicketKind::Request;
    r.description = u"建议小区增加充电桩"_s;
    Ticket t = openTicket(r);
    EXPECT_EQ(t.respondByMs, at(9, 10));
    EXPECT_EQ(t.resolveByMs, at(9, 0, 1));
    EXPECT_EQ(dueIds(m_tickets->dueWithin(at(9, 0), 10), TicketClock::Respond), QList<qint64>{t.id});
    EXPECT_TRUE(dueIds(m_tickets->overdue(at(9, 9)), TicketClock::Respond).isEmpty());
    EXPECT_EQ(dueIds(m_tickets->overdue(at(9, 10)), TicketClock::Respond), QList<qint64>{t.id});
    t = m_tickets->reply(m_clerk, t, u"已转工程部评估"_s).value();
    EXPECT_EQ(t.status, TicketStatus::Replied);
    EXPECT_FALSE(t.respondByMs.has_value());
    EXPECT_FALSE(t.resolveByMs.has_value());
    EXPECT_TRUE(t.callbackByMs.has_value()); // R-CB-1 after a request
}

TEST_P(TicketLifecycleTest, TheControlRoomMayDispatchACashierMayNeitherTakeInNorDispatch)
{
    // R-RP-5, R-SH-3
    const Session cashier = person(Role::Cashier, u"qian.cai"_s);
    const Session control = person(Role::ControlRoom, u"zhong.kong"_s);
    EXPECT_EQ(m_tickets->open(cashier, repairRequest()).error().message,
              Roles::refusal(Role::Cashier, Permission::TakeIn));
    auto opened = m_tickets->open(m_clerk, repairRequest());
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(m_tickets->dispatch(cashier, opened.value(), u"工程部"_s).error().code, u"perm.denied"_s);
    auto direct = m_tickets->dispatch(control, opened.value(), u"工程部"_s);
    ASSERT_TRUE(direct.ok());
    EXPECT_TRUE(m_tickets->history(direct.value().id).value().last().data.value(u"direct"_s).toBool());
}

TEST_P(TicketLifecycleTest, TwoDesksOnOneDatabaseNeverShareANumberAndTheSlowerEditIsRefused)
{
    // R-RP-1: numbered dispatch orders, unique across desks. Two workstations: a second connection with its own
    // services on the same database.
    auto other = Database::open(m_tdb->spec());
    ASSERT_TRUE(other.ok());
    AuditLog audit(*other.value(), m_clock);
    SiteSettings settings(*other.value(), m_clock, audit);
    SiteRules rules(settings);
    TicketService desk2(*other.value(), m_clock, audit, rules);

    Ticket mine = openTicket(repairRequest());
    auto theirs = desk2.open(m_clerk, repairRequest(u"电梯异响"_s));
    ASSERT_TRUE(theirs.ok());
    EXPECT_EQ(mine.number, u"BX-20261123-0001"_s);
    EXPECT_EQ(theirs.value().number, u"BX-20261123-0002"_s);

    ASSERT_TRUE(desk2.dispatch(m_clerk, mine, u"工程部"_s).ok());
    auto late = m_tickets->dispatch(m_clerk, mine, u"保安部"_s);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, u"ticket.stale"_s);
    EXPECT_EQ(m_tickets->find(mine.id).value().department, u"engineering"_s);
    EXPECT_TRUE(m_audit->verify().value().ok);
}

INSTANTIATE_TEST_SUITE_P(Backends, TicketLifecycleTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

// The replies a request or an inquiry owes (R-IN-4, R-IN-5) and the callback after a complaint's
// resolution (R-CP-8), on the ticket engine itself.
#include "TicketFixture.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class TicketRepliesTest : public TicketFixture
{
protected:
    NewTicket request(TicketKind kind = TicketKind::Request)
    {
        NewTicket r;
        r.kind = kind;
        r.channel = Channel::Call;
        r.callerPhone = u"13812345678"_s;
        r.unitId = m_unitId;
        r.description = kind == TicketKind::Inquiry ? u"下月停水时间？"_s : u"建议东门加装雨棚"_s;
        return r;
    }

    qint64 rows(const QString& table) { return m_db->scalar(u"SELECT COUNT(*) FROM "_s + table).value().toLongLong(); }

    QList<TicketEvent> eventsOf(qint64 id, const QString& kind)
    {
        QList<TicketEvent> out;
        for (const TicketEvent& e : m_tickets->history(id).value())
            if (e.kind == kind)
                out << e;
        return out;
    }
};

TEST_P(TicketRepliesTest, APromisedTimeIsTheRequestsReplyDueInsteadOfTheReplyHours)
{
    // R-IN-4: "a reply within 1 day, or by the time promised to the customer".
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    NewTicket r = request();
    r.promisedReplyMs = at(15, 0, 2); // two days and six hours later: the customer agreed to that
    Ticket t = openTicket(r);
    EXPECT_EQ(t.resolveByMs, at(15, 0, 2));
    // Not overdue the next day at 09:00, as the one-day reply would be; overdue once the promise passes.
    EXPECT_TRUE(dueIds(m_tickets->overdue(at(9, 30, 1)), TicketClock::Resolve).isEmpty());
    EXPECT_EQ(dueIds(m_tickets->overdue(at(15, 0, 2)), TicketClock::Resolve), QList<qint64>{t.id});
    // An earlier promise is held too.
    r.promisedReplyMs = at(11, 0);
    Ticket soon = openTicket(r);
    EXPECT_EQ(dueIds(m_tickets->overdue(at(11, 0)), TicketClock::Resolve), QList<qint64>{soon.id});
}

TEST_P(TicketRepliesTest, APromisedTimeInThePastIsRefusedAndNothingIsWritten)
{
    // R-IN-4: a promise is a time still to come; only requests and inquiries are promised one.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    const qint64 tickets = rows(u"tickets"_s), audit = rows(u"audit_events"_s);
    NewTicket r = request();
    r.promisedReplyMs = at(8, 59);
    auto refused = m_tickets->open(m_clerk, r);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"promised"_s);
    NewTicket repair = repairRequest();
    repair.promisedReplyMs = at(12, 0);
    auto notARequest = m_tickets->open(m_clerk, repair);
    ASSERT_FALSE(notARequest.ok());
    EXPECT_EQ(notARequest.error().field, u"promised"_s);
    EXPECT_EQ(rows(u"tickets"_s), tickets);
    EXPECT_EQ(rows(u"audit_events"_s), audit);
}

TEST_P(TicketRepliesTest, ChangingThePromiseLaterMovesTheReplyDueAndIsInTheHistoryAndTheAudit)
{
    // R-IN-4: the clerk records a (new) promised time on an open request; audited before → after.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    Ticket t = openTicket(request());
    EXPECT_EQ(t.resolveByMs, at(9, 0, 1));
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(14, 0)));
    auto past = m_tickets->promiseReply(m_clerk, t, at(13, 0));
    ASSERT_FALSE(past.ok());
    EXPECT_EQ(past.error().field, u"promised"_s);
    const qint64 audit = rows(u"audit_events"_s);
    auto promised = m_tickets->promiseReply(m_clerk, t, at(17, 0, 3), u"客户同意周五前答复"_s);
    ASSERT_TRUE(promised.ok()) << promised.error().message.toStdString();
    EXPECT_EQ(promised.value().resolveByMs, at(17, 0, 3));
    EXPECT_EQ(m_tickets->find(t.id).value().resolveByMs, at(17, 0, 3));
    const auto events = eventsOf(t.id, u"reply_promised"_s);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().data.value(u"promised_ms"_s).toInteger(), at(17, 0, 3));
    EXPECT_EQ(events.first().data.value(u"before_ms"_s).toInteger(), at(9, 0, 1));
    EXPECT_EQ(events.first().atMs, at(14, 0));
    EXPECT_EQ(rows(u"audit_events"_s), audit + 1);
    auto last = m_db->exec(u"SELECT before_json, after_json FROM audit_events ORDER BY id DESC LIMIT 1"_s);
    ASSERT_TRUE(last.ok());
    ASSERT_TRUE(last.value().next());
    EXPECT_TRUE(last.value().value(0).toString().contains(QString::number(at(9, 0, 1))));
    EXPECT_TRUE(last.value().value(1).toString().contains(QString::number(at(17, 0, 3))));
    last.value().finish();
    // Once replied, nothing is owed any more, so nothing is promised.
    Ticket replied = m_tickets->reply(m_clerk, promised.value(), u"已安排施工"_s).value();
    EXPECT_FALSE(m_tickets->promiseReply(m_clerk, replied, at(17, 0, 4)).ok());
}

TEST_P(TicketRepliesTest, AnInquiryReferredToTheHeadIsRecordedAndTheHeadsAnswerRepliesAndClosesIt)
{
    // R-IN-5: what the clerk cannot answer goes to the department head; the head's answer is given.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    Ticket t = openTicket(request(TicketKind::Inquiry));
    auto noHead = m_tickets->referToHead(m_clerk, t, u"工程部"_s, u" "_s);
    ASSERT_FALSE(noHead.ok());
    EXPECT_EQ(noHead.error().field, u"head_name"_s);
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 5)));
    auto referred = m_tickets->referToHead(m_clerk, t, u"工程部"_s, u"赵工"_s);
    ASSERT_TRUE(referred.ok()) << referred.error().message.toStdString();
    EXPECT_EQ(referred.value().status, TicketStatus::New);
    EXPECT_EQ(referred.value().resolveByMs, at(9, 0, 1)) << "still owes its reply until the head answers";
    const auto refer = eventsOf(t.id, u"referred"_s);
    ASSERT_EQ(refer.size(), 1);
    EXPECT_EQ(refer.first().atMs, at(9, 5));
    EXPECT_EQ(refer.first().data.value(u"department"_s).toString(), u"工程部"_s);
    EXPECT_EQ(refer.first().data.value(u"head"_s).toString(), u"赵工"_s);

    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(10, 30)));
    auto answered = m_tickets->replyFromHead(m_clerk, referred.value(), u"赵工"_s, u"12月5日9点至17点停水"_s);
    ASSERT_TRUE(answered.ok()) << answered.error().message.toStdString();
    EXPECT_EQ(answered.value().status, TicketStatus::Closed);
    EXPECT_FALSE(answered.value().resolveByMs.has_value());
    const auto reply = eventsOf(t.id, u"replied"_s);
    ASSERT_EQ(reply.size(), 1);
    EXPECT_EQ(reply.first().atMs, at(10, 30));
    EXPECT_EQ(reply.first().note, u"12月5日9点至17点停水"_s);
    EXPECT_EQ(reply.first().data.value(u"head"_s).toString(), u"赵工"_s);
    // Only inquiries go to a head.
    Ticket r = openTicket(request());
    EXPECT_FALSE(m_tickets->referToHead(m_clerk, r, u"工程部"_s, u"赵工"_s).ok());
}

TEST_P(TicketRepliesTest, WhenTheHeadIsAbsentTheContactIsKeptAndTheReplyStaysOwedUntilGiven)
{
    // R-IN-5: head absent → the customer's contact is kept (refused without one) and a reply is owed
    // (R-IN-4), which the reminders see until the reply is recorded.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    NewTicket walkIn = request(TicketKind::Inquiry);
    walkIn.channel = Channel::WalkIn;
    walkIn.callerPhone.clear();
    Ticket t = openTicket(walkIn);
    const qint64 events = rows(u"ticket_events"_s), audit = rows(u"audit_events"_s);
    auto noContact = m_tickets->headAbsent(m_clerk, t, u"张三"_s, QString());
    ASSERT_FALSE(noContact.ok());
    EXPECT_EQ(noContact.error().field, u"contact_phone"_s);
    EXPECT_EQ(rows(u"ticket_events"_s), events);
    EXPECT_EQ(rows(u"audit_events"_s), audit);

    auto absent = m_tickets->headAbsent(m_clerk, t, u"张三"_s, u"139-0000-3333"_s);
    ASSERT_TRUE(absent.ok()) << absent.error().message.toStdString();
    const auto kept = eventsOf(t.id, u"head_absent"_s);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().data.value(u"contact_phone"_s).toString(), u"13900003333"_s);
    EXPECT_EQ(kept.first().data.value(u"contact_name"_s).toString(), u"张三"_s);
    EXPECT_EQ(dueIds(m_tickets->overdue(at(9, 0, 1)), TicketClock::Resolve), QList<qint64>{t.id});
    Ticket replied = m_tickets->reply(m_clerk, absent.value(), u"已电话告知停水时间"_s).value();
    EXPECT_TRUE(dueIds(m_tickets->overdue(at(9, 0, 2)), TicketClock::Resolve).isEmpty());
    EXPECT_EQ(replied.status, TicketStatus::Replied);
}

TEST_P(TicketRepliesTest, AComplaintsCallbackIsDueADayAfterItsResolutionNotAfterItWasOpened)
{
    // R-CP-8: callback within 1 day of resolution: the department's result (returned) or, resolved at
    // the desk, the reply. Not from when the complaint was opened, and a later reply does not move it.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    Ticket t = openTicket(complaintRequest(Severity::Important));
    t = m_tickets->dispatch(m_clerk, t, u"工程部"_s).value();
    EXPECT_FALSE(t.callbackByMs.has_value());
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(15, 20, 2)));
    t = m_tickets->returned(m_clerk, t, u"已调整施工时间"_s).value();
    EXPECT_EQ(t.callbackByMs, at(15, 20, 3));
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(16, 0, 2)));
    t = m_tickets->reply(m_clerk, t, u"已告知业主处理结果"_s).value();
    EXPECT_EQ(t.callbackByMs, at(15, 20, 3));
    EXPECT_TRUE(dueIds(m_tickets->overdue(at(15, 19, 3)), TicketClock::Callback).isEmpty());
    EXPECT_EQ(dueIds(m_tickets->overdue(at(15, 20, 3)), TicketClock::Callback), QList<qint64>{t.id});

    // Resolved at the desk by the reply: due a day after the reply.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(8, 0, 4)));
    Ticket desk = openTicket(complaintRequest(Severity::Minor));
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(11, 0, 4)));
    desk = m_tickets->reply(m_clerk, desk, u"当面道歉并说明"_s).value();
    EXPECT_EQ(desk.callbackByMs, at(11, 0, 5));
}

TEST_P(TicketRepliesTest, ACallbackTicketAfterAnEventIsDueCallbackHoursAfterTheEventsEnd)
{
    // R-CB-1: a callback after a community event counts from the event's end.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    NewTicket r;
    r.kind = TicketKind::Callback;
    r.unitId = m_unitId;
    r.description = u"停水回访"_s;
    r.callbackFromMs = at(18, 0);
    Ticket t = openTicket(r);
    EXPECT_EQ(t.callbackByMs, at(18, 0, 1));
    NewTicket wrong = request();
    wrong.callbackFromMs = at(18, 0);
    EXPECT_FALSE(m_tickets->open(m_clerk, wrong).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, TicketRepliesTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

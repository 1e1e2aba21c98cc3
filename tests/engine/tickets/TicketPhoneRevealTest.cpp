// A callback cannot be made to 136****2305: the people who call customers reveal the caller's number
// with one action, and every reveal is audited (who, whose record and which number, when). The
// number stays masked everywhere else, the audit event included.
#include "TicketFixture.h"

#include "core/PersonalData.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class TicketPhoneRevealTest : public TicketFixture
{
protected:
    qint64 revealEvents() const
    {
        return m_db->scalar(u"SELECT COUNT(*) FROM audit_events WHERE action = 'phone.reveal'"_s).value().toLongLong();
    }
};

TEST_P(TicketPhoneRevealTest, ARevealGivesTheFullNumberAndWritesOneAuditEvent)
{
    // R-CB-1: the callback owed is made by telephone, to the number the caller gave.
    const Ticket t = openTicket(repairRequest());
    m_clock.advanceMinutes(5);
    const qint64 before = count(u"audit_events"_s);
    auto shown = m_tickets->revealCallerPhone(m_clerk, t.id);
    ASSERT_TRUE(shown.ok()) << shown.error().message.toStdString();
    EXPECT_EQ(shown.value(), u"13812345678"_s);
    EXPECT_EQ(count(u"audit_events"_s), before + 1);
    const auto history = m_audit->history(u"ticket"_s, t.id).value();
    ASSERT_FALSE(history.isEmpty());
    const AuditLog::Event& e = history.last();
    EXPECT_EQ(e.action, u"phone.reveal"_s);
    EXPECT_EQ(e.actorId, m_clerk.user.id);
    EXPECT_EQ(e.atMs, m_clock.nowMs());
    // Which number, as the audit chain may show it: masked, never in full.
    EXPECT_TRUE(e.afterJson.contains(PersonalData::maskPhone(u"13812345678"_s))) << e.afterJson.toStdString();
    EXPECT_FALSE(e.afterJson.contains(u"13812345678"_s)) << e.afterJson.toStdString();
    // The ticket itself is not changed by looking at it.
    EXPECT_EQ(m_tickets->find(t.id).value().version, t.version);
}

TEST_P(TicketPhoneRevealTest, ARoleThatMayNotSeeNumbersIsRefusedWithTheReasonAndNothingIsWritten)
{
    // R-CB-1: only the roles whose work is calling customers see the number (personal.see).
    const Ticket t = openTicket(repairRequest());
    const Session admin = person(Role::Admin, u"it.admin"_s);
    const qint64 before = count(u"audit_events"_s);
    auto refused = m_tickets->revealCallerPhone(admin, t.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"perm.denied"_s);
    EXPECT_EQ(refused.error().message, Roles::refusal(Role::Admin, Permission::SeePersonalData));
    EXPECT_EQ(count(u"audit_events"_s), before);
    EXPECT_EQ(revealEvents(), 0);
}

TEST_P(TicketPhoneRevealTest, ATicketWithoutANumberRevealsNothingAndWritesNothing)
{
    // R-CB-1: a walk-in left no number; there is nothing to reveal or audit.
    NewTicket r = repairRequest();
    r.channel = Channel::WalkIn;
    r.callerPhone.clear();
    const Ticket t = openTicket(r);
    auto none = m_tickets->revealCallerPhone(m_clerk, t.id);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().field, u"callerPhone"_s);
    EXPECT_EQ(revealEvents(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, TicketPhoneRevealTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

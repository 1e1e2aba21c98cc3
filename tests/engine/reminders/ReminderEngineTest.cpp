// The incremental engine (issue 12) against the full pass it replaces: after any history, what it
// keeps is exactly what ReminderService derives from the database, it raised everything itself,
// and a wake costs in proportion to what changed.
#include "ReminderFixture.h"

#include "engine/SiteSettings.h"
#include "engine/reminders/ReminderEngine.h"
#include "engine/tickets/SiteRules.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ReminderEngineTest : public ReminderFixture
{
protected:
    void SetUp() override
    {
        ReminderFixture::SetUp();
        m_engine = std::make_unique<ReminderEngine>(*m_db, m_clock, *m_audit, *m_rules);
    }

    void settle()
    {
        auto moved = m_engine->advance(m_clock.nowMs());
        ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
        ASSERT_TRUE(m_engine->settled());
    }

    static QStringList describe(const QList<Reminder>& list)
    {
        QStringList out;
        for (const Reminder& r : list)
            out << u"%1 %2 %3 %4 %5"_s.arg(r.id)
                       .arg(r.number, ReminderTerms::key(r.due))
                       .arg(r.dueMs)
                       .arg(int(r.level));
        out.sort();
        return out;
    }

    // The engine's reminders are the full pass's: nothing it should have raised is left for the
    // full pass to raise, and it keeps exactly the pending ones at the same rungs.
    void expectSameAsFullPass(const std::string& when)
    {
        const QList<Reminder>& pending = m_engine->pending();
        // In the panel's order, earliest due first, each once: the engine keeps it by merging what
        // changed into the sorted list, not by sorting everything again.
        EXPECT_TRUE(std::is_sorted(
            pending.begin(), pending.end(),
            [](const Reminder& a, const Reminder& b) { return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.id < b.id; }))
            << when << ": the pending reminders are out of order";
        const QStringList kept = describe(pending);
        EXPECT_EQ(QSet<QString>(kept.begin(), kept.end()).size(), kept.size()) << when << ": a reminder kept twice";
        auto missed = m_reminders->raiseDue(m_clock.nowMs());
        ASSERT_TRUE(missed.ok()) << missed.error().message.toStdString();
        EXPECT_EQ(describe(missed.value()), QStringList{}) << when << ": the engine did not raise these";
        auto full = m_reminders->pending(m_clock.nowMs());
        ASSERT_TRUE(full.ok());
        const QStringList derived = describe(full.value());
        QStringList onlyKept, onlyDerived;
        for (const QString& line : kept)
            if (!derived.contains(line))
                onlyKept << line;
        for (const QString& line : derived)
            if (!kept.contains(line))
                onlyDerived << line;
        EXPECT_EQ(onlyKept, QStringList{}) << when << ": kept by the engine, not pending";
        EXPECT_EQ(onlyDerived, QStringList{}) << when << ": pending, not kept by the engine";
    }

    std::unique_ptr<ReminderEngine> m_engine;
};

TEST_P(ReminderEngineTest, KeepsWhatTheFullPassDerivesThroughAnyHistory)
{
    // R-RP-2 follow-ups every quarter hour, R-IN-2/R-CP-4 reports and the ladder, R-CP-2 judging,
    // R-CP-3 the week's upgrade, R-CP-6 results: every rule the full pass applies, applied by the
    // engine's partial passes as changes and instants come, over generated histories.
    const QList<Severity> severities{Severity::None, Severity::Minor, Severity::Important, Severity::Major};
    for (quint32 seed : {1u, 2u, 3u}) {
        QRandomGenerator random(seed);
        QList<Ticket> tickets;
        settle();
        for (int step = 0; step < 60; ++step) {
            const int what = random.bounded(10);
            if (what <= 2 || tickets.isEmpty()) {
                Ticket t = random.bounded(3) == 0 ? openTicket(complaintRequest(severities.at(random.bounded(4))))
                                                  : openTicket(repairRequest());
                tickets << t;
            } else {
                Ticket t = reload(tickets.at(random.bounded(qsizetype(tickets.size()))));
                switch (what) {
                case 3:
                    (void)m_tickets->dispatch(m_clerk, t, u"工程部"_s);
                    break;
                case 4:
                    (void)m_tickets->recordFollowUp(m_clerk, t);
                    break;
                case 5:
                    (void)m_tickets->returned(m_clerk, t, u"已修好"_s);
                    break;
                case 6:
                    (void)m_tickets->close(m_clerk, t);
                    break;
                case 7:
                    (void)m_tickets->grade(m_supervisor, t, severities.at(1 + random.bounded(3)));
                    break;
                default:
                    break; // time only
                }
            }
            // Minutes to days; now and then the clock is set back (the engine starts over).
            const qint64 minutes = random.bounded(8) == 0   ? -random.bounded(30)
                                   : random.bounded(4) == 0 ? random.bounded(3 * 24 * 60)
                                                            : random.bounded(40);
            m_clock.advanceMinutes(minutes);
            settle();
            expectSameAsFullPass("seed " + std::to_string(seed) + " step " + std::to_string(step));
            if (HasFailure())
                return;
        }
    }
}

TEST_P(ReminderEngineTest, AWakeWithNothingNewPassesOverNoTicketAndOneChangeOverItsTicketOnly)
{
    // R-RP-2: the desk's reminders follow the work at once, at a cost in proportion to the change.
    QList<Ticket> repairs;
    for (int i = 0; i < 6; ++i)
        repairs << dispatchedRepair(); // follow-ups at 09:15, 09:30 …
    advanceTo(9, 5);
    for (int i = 0; i < 6; ++i)
        repairs << dispatchedRepair(); // at 09:20, 09:35 …
    advanceTo(9, 20);
    settle();
    ASSERT_EQ(m_engine->pending().size(), 12) << "each repair's first follow-up";
    const quint64 version = m_engine->version();

    settle();
    EXPECT_EQ(m_engine->lastTicketsPassed(), 0) << "nothing changed, nothing came due";
    EXPECT_EQ(m_engine->version(), version);

    ASSERT_TRUE(m_tickets->recordFollowUp(m_clerk, reload(repairs.at(4))).ok());
    settle();
    EXPECT_EQ(m_engine->lastTicketsPassed(), 1) << "only the ticket that changed";
    EXPECT_EQ(m_engine->pending().size(), 11) << "its follow-up reminder is gone at once";
    EXPECT_GT(m_engine->version(), version);

    // The next instant is the 09:30 slot of the first six; the others' comes at 09:35.
    ASSERT_TRUE(m_engine->nextDueMs().has_value());
    EXPECT_EQ(*m_engine->nextDueMs(), at(9, 30));
    advanceTo(9, 30);
    settle();
    EXPECT_EQ(m_engine->lastTicketsPassed(), 6) << "the tickets whose slot came, not the others";
    EXPECT_EQ(m_engine->pending().size(), 17);
}

TEST_P(ReminderEngineTest, AChangeMadeWithoutTheEngineIsFoundInTheAuditLog)
{
    // Another desk's service (here: one the engine never saw) records the follow-up; the audit log
    // carries it, so this desk's reminder goes at the next wake (R-RP-2).
    Ticket t = dispatchedRepair();
    advanceTo(9, 16);
    settle();
    ASSERT_EQ(m_engine->pending().size(), 1);
    TicketService elsewhere(*m_db, m_clock, *m_audit, *m_rules);
    ASSERT_TRUE(elsewhere.recordFollowUp(m_clerk, reload(t)).ok());
    settle();
    EXPECT_TRUE(m_engine->pending().isEmpty());
}

TEST_P(ReminderEngineTest, ASiteRuleChangedMovesTheLadderAtOnce)
{
    // R-IN-2: the escalation thresholds are site rules; lowering one escalates what is already late.
    const Session supervisor = person(Role::Supervisor, u"chen.zhu"_s);
    dispatchedRepair();
    advanceTo(9, 20);
    settle();
    ASSERT_EQ(m_engine->pending().size(), 1);
    EXPECT_EQ(m_engine->pending().first().level, ReminderLevel::Clerk);
    ASSERT_TRUE(m_settings->set(m_admin, QString::fromLatin1(SiteRules::EscalateSupervisorMinutes), u"5"_s).ok());
    settle();
    ASSERT_EQ(m_engine->pending().size(), 1);
    EXPECT_EQ(m_engine->pending().first().level, ReminderLevel::Supervisor);
    auto inbox = m_engine->active(m_clock.nowMs(), supervisor);
    ASSERT_TRUE(inbox.ok());
    EXPECT_EQ(inbox.value().size(), 1);
}

TEST_P(ReminderEngineTest, TellsEachPersonOnceThenAtTheRepeatMinutes)
{
    // R-IN-2's repeat (rule.reminder_repeat_minutes): the engine keeps when it last told, so a wake
    // tells nothing twice, and the next wake is armed for the repeat.
    dispatchedRepair();
    advanceTo(9, 15);
    settle();
    auto first = m_engine->noticesDue(m_clock.nowMs(), m_clerk);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value().size(), 1);
    EXPECT_TRUE(m_engine->noticesDue(m_clock.nowMs(), m_clerk).value().isEmpty());
    const qint64 repeat = m_rules->reminderRepeatMinutes() * 60'000LL;
    const auto next = m_engine->nextDueMs(&m_clerk);
    ASSERT_TRUE(next.has_value());
    EXPECT_LE(*next, at(9, 15) + repeat);
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 15) + repeat));
    settle();
    auto again = m_engine->noticesDue(m_clock.nowMs(), m_clerk);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.value().isEmpty()) << "told again at the repeat";
}

INSTANTIATE_TEST_SUITE_P(Backends, ReminderEngineTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test

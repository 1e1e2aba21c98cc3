#include "TicketFixture.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class SiteRulesTest : public TicketFixture
{
};

TEST_P(SiteRulesTest, TheRulesStartAtTheDocumentedDefaults)
{
    const auto s = m_rules->snapshot();
    EXPECT_EQ(s.forwardMinutes, 10);                     // R-IN-3
    EXPECT_EQ(s.followUpMinutes, 15);                    // R-RP-2
    EXPECT_EQ(s.replyHours, 24);                         // R-IN-4
    EXPECT_EQ(s.callbackHours, 24);                      // the callback limit, 1 day
    EXPECT_EQ(s.complaintMinorHours, 12);                // R-CP-5
    EXPECT_EQ(s.complaintImportantHours, 24);            // R-CP-5
    EXPECT_EQ(s.complaintMajorReplyHours, 48);           // R-CP-5
    EXPECT_EQ(s.complaintMajorResolveDays, 15);          // R-CP-5
    EXPECT_EQ(s.complaintUpgradeDays, 7);                // R-CP-3
    EXPECT_EQ(s.complaintUpgradeCount, 5);               // R-CP-3
    EXPECT_EQ(m_rules->visitorMinutes(), 90);            // R-VS-3
    EXPECT_EQ(m_rules->shift(u'A').start, QTime(7, 30)); // R-SH-1
    EXPECT_EQ(m_rules->shift(u'B').end, QTime(21, 0));
    EXPECT_EQ(m_rules->shift(u'C').end, QTime(7, 30));
    EXPECT_EQ(s, SiteRules::Snapshot::defaults());
    EXPECT_EQ(SiteRules::Snapshot::fromJson(s.toJson()), s);
}

TEST_P(SiteRulesTest, AClerkCannotChangeARule)
{
    // R-RP-2's interval belongs to the site, changed by its administrator only.
    const qint64 events = count(u"audit_events"_s);
    Status s = m_rules->set(m_clerk, QString::fromLatin1(SiteRules::FollowUpMinutes), u"30"_s);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, u"perm.denied"_s);
    EXPECT_EQ(m_rules->snapshot().followUpMinutes, 15);
    EXPECT_EQ(count(u"audit_events"_s), events);
}

TEST_P(SiteRulesTest, AnAdministratorsChangeIsCheckedSavedAndAudited)
{
    const QString key = QString::fromLatin1(SiteRules::FollowUpMinutes);
    for (const QString& bad : {u"0"_s, u"-5"_s, u"abc"_s, u""_s, u"9999999"_s}) {
        Status s = m_rules->set(m_admin, key, bad);
        ASSERT_FALSE(s.ok()) << bad.toStdString();
        EXPECT_EQ(s.error().field, key);
    }
    EXPECT_EQ(m_rules->set(m_admin, u"rule.no_such_rule"_s, u"5"_s).error().code, u"rule.unknown"_s);
    EXPECT_EQ(m_rules->set(m_admin, QString::fromLatin1(SiteRules::ShiftA), u"7:30 to 15"_s).error().field,
              QString::fromLatin1(SiteRules::ShiftA));

    const qint64 events = count(u"audit_events"_s);
    ASSERT_TRUE(m_rules->set(m_admin, key, u"20"_s).ok());
    ASSERT_TRUE(m_rules->set(m_admin, QString::fromLatin1(SiteRules::ShiftA), u"08:00-15:30"_s).ok());
    EXPECT_EQ(m_rules->snapshot().followUpMinutes, 20);
    EXPECT_EQ(m_rules->shift(u'A').start, QTime(8, 0));
    EXPECT_EQ(count(u"audit_events"_s), events + 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, SiteRulesTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

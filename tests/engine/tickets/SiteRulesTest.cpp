#include "TicketFixture.h"

#include "engine/SiteSettings.h"

#include <QSet>

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

TEST_P(SiteRulesTest, AValueIsCheckedByItsKindAndRangeAndARefusalWritesNothing)
{
    // R-IN-3, R-IN-4, R-IN-6: each rule has a unit and a range; the message names both.
    const qint64 events = count(u"audit_events"_s);
    const qint64 settings = count(u"settings"_s);
    Status s = m_rules->set(m_admin, QString::fromLatin1(SiteRules::ForwardMinutes), u"1441"_s);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, u"rule.invalid"_s);
    EXPECT_TRUE(s.error().message.contains(u"minutes"_s)) << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(u"1440"_s));
    s = m_rules->set(m_admin, QString::fromLatin1(SiteRules::ReplyHours), u"0"_s);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(u"hours"_s)) << s.error().message.toStdString();
    EXPECT_FALSE(m_rules->set(m_admin, QString::fromLatin1(SiteRules::WeekCloseDay), u"8"_s).ok());
    EXPECT_FALSE(m_rules->set(m_admin, QString::fromLatin1(SiteRules::ToolReturnTime), u"24:00"_s).ok());
    EXPECT_FALSE(m_rules->set(m_admin, QString::fromLatin1(SiteSettings::LockoutAttempts), u"0"_s).ok());
    // The settings path cannot store a rule out of range either.
    EXPECT_FALSE(m_settings->set(m_admin, QString::fromLatin1(SiteRules::ForwardMinutes), u"0"_s).ok());
    EXPECT_EQ(count(u"audit_events"_s), events);
    EXPECT_EQ(count(u"settings"_s), settings);
    EXPECT_EQ(m_rules->snapshot().forwardMinutes, 10);
    EXPECT_EQ(m_rules->weekCloseDay(), 5);
}

TEST_P(SiteRulesTest, EveryRuleHasAKindARangeAnIdAndALineOfWhatItGoverns)
{
    // What the site settings page is drawn from; the default itself is a valid value.
    QSet<QString> keys;
    for (const SiteRules::Definition& d : SiteRules::definitions()) {
        EXPECT_FALSE(d.ruleId.isEmpty()) << d.key.toStdString();
        EXPECT_FALSE(d.displayName().isEmpty()) << d.key.toStdString();
        EXPECT_FALSE(d.displayDescription().isEmpty()) << d.key.toStdString();
        EXPECT_TRUE(SiteRules::check(d.key, d.defaultValue).ok()) << d.key.toStdString();
        EXPECT_EQ(m_rules->value(d.key), d.defaultValue) << d.key.toStdString();
        if (d.isNumber()) {
            EXPECT_LT(d.min, d.max) << d.key.toStdString();
        }
        keys.insert(d.key);
    }
    for (const char* key : {SiteSettings::LockoutAttempts, SiteSettings::LockoutMinutes, SiteSettings::IdleLockMinutes,
                            SiteRules::WeekCloseDay, SiteRules::ReminderCatchUpMinutes, SiteRules::ToolReturnTime})
        EXPECT_TRUE(keys.contains(QString::fromLatin1(key))) << key;
}

TEST_P(SiteRulesTest, TheAuditHoldsTheValueBeforeAndAfter)
{
    // R-RP-2: a change is audited before → after, the default when the rule was never set.
    const QString key = QString::fromLatin1(SiteRules::FollowUpMinutes);
    ASSERT_TRUE(m_rules->set(m_admin, key, u"20"_s).ok());
    ASSERT_TRUE(m_rules->set(m_admin, key, u"25"_s).ok());
    auto q = m_db->exec(
        u"SELECT before_json, after_json FROM audit_events WHERE entity = 'setting' AND after_json LIKE '%follow_up%' ORDER BY id"_s);
    ASSERT_TRUE(q.ok());
    QStringList rows;
    while (q.value().next())
        rows << q.value().value(0).toString() + u" → "_s + q.value().value(1).toString();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows[0].contains(u"\"15\""_s) && rows[0].contains(u"\"20\""_s)) << rows[0].toStdString();
    EXPECT_TRUE(rows[1].contains(u"\"20\""_s) && rows[1].contains(u"\"25\""_s)) << rows[1].toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, SiteRulesTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

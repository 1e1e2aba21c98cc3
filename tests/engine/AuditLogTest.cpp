#include "EngineFixture.h"

#include "storage/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class AuditLogTest : public EngineFixture
{
protected:
    void appendSome(int n)
    {
        for (int i = 0; i < n; ++i) {
            Transaction tx(*m_db);
            ASSERT_TRUE(m_audit
                            ->append(Session::system(), u"unit"_s, i, u"updated"_s, {{u"notes"_s, u""_s}},
                                     {{u"notes"_s, u"第%1次"_s.arg(i)}})
                            .ok());
            ASSERT_TRUE(tx.commit().ok());
            m_clock.advanceSeconds(1);
        }
    }
};

TEST_P(AuditLogTest, EachChangeRecordsWhoWhenWhatAndBeforeAndAfter)
{
    Session admin = setUpSite();
    ASSERT_TRUE(m_setup->rename(admin, u"翠湖花园二期"_s).ok());
    auto history = m_audit->history(u"site"_s, m_setup->siteId());
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    const auto& renamed = history->last();
    EXPECT_EQ(renamed.actor, u"admin"_s);
    EXPECT_EQ(renamed.atMs, m_clock.nowMs());
    EXPECT_EQ(renamed.action, u"renamed"_s);
    EXPECT_TRUE(renamed.beforeJson.contains(u"翠湖花园"_s));
    EXPECT_TRUE(renamed.afterJson.contains(u"翠湖花园二期"_s));
}

TEST_P(AuditLogTest, AnUntouchedChainVerifies)
{
    appendSome(5);
    auto v = m_audit->verify();
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->ok);
    EXPECT_EQ(v->checked, 5);
}

TEST_P(AuditLogTest, AnEventAppendedOutsideATransactionIsRefused)
{
    EXPECT_FALSE(m_audit->append(Session::system(), u"unit"_s, 1, u"updated"_s, {}, {}).ok());
    EXPECT_EQ(count(u"audit_events"_s), 0);
}

TEST_P(AuditLogTest, AnEventEditedBehindTheProgramsBackIsFoundByItsNumber)
{
    appendSome(5);
    // Someone with direct database access removes the guard and rewrites event 3.
    if (GetParam() == u"sqlite"_s)
        ASSERT_TRUE(m_db->exec(u"DROP TRIGGER audit_events_append_only_update"_s).ok());
    else
        ASSERT_TRUE(m_db->exec(u"ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"_s).ok());
    ASSERT_TRUE(m_db->exec(u"UPDATE audit_events SET after_json = '{\"notes\":\"改过\"}' WHERE id = 3"_s).ok());
    auto v = m_audit->verify();
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->ok);
    EXPECT_EQ(v->firstBrokenId, 3);
}

TEST_P(AuditLogTest, DeletedEventsAtTheEndAreNoticed)
{
    appendSome(4);
    if (GetParam() == u"sqlite"_s)
        ASSERT_TRUE(m_db->exec(u"DROP TRIGGER audit_events_append_only_delete"_s).ok());
    else
        ASSERT_TRUE(m_db->exec(u"ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"_s).ok());
    ASSERT_TRUE(m_db->exec(u"DELETE FROM audit_events WHERE id = 4"_s).ok());
    auto v = m_audit->verify();
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->ok);
    EXPECT_EQ(v->firstBrokenId, 4);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditLogTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

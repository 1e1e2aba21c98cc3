// Issue 16, two desks on one record: an end, a void or a cancel is done once. The update is guarded by
// the state the desk read ("… AND ended_ms IS NULL"); when another desk got there first it changes no
// row, and the refusal says who did it and when, from the audit log.
#include "EngineFixture.h"

#include "core/DateTimeText.h"
#include "engine/LastChange.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class LastChangeTest : public EngineFixture
{
};

TEST_P(LastChangeTest, AGuardedUpdateChangesTheRowOnceAndTheSecondDeskIsToldWhoAndWhen)
{
    const Session admin = setUpSite();
    const QString guarded = u"UPDATE users SET display_name = ? WHERE id = ? AND display_name = ?"_s;
    {
        Transaction tx(*m_db); // the first desk
        auto first = m_db->update(guarded, {u"王经理（休假）"_s, admin.user.id, u"王经理"_s});
        ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
        EXPECT_EQ(first.value(), 1);
        ASSERT_TRUE(m_audit->append(admin, u"user"_s, admin.user.id, u"renamed"_s, {}, {}).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    const qint64 firstAt = m_clock.nowMs();
    m_clock.advanceMinutes(2);

    auto second = m_db->update(guarded, {u"王经理（出差）"_s, admin.user.id, u"王经理"_s}); // read before it
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value(), 0) << "the second desk writes nothing over the first";
    EXPECT_EQ(m_db->scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {admin.user.id}).value().toString(),
              u"王经理（休假）"_s);

    const Error said = LastChange::doneMeanwhile(*m_db, u"user"_s, admin.user.id, u"account.renamed"_s,
                                                 u"%1 renamed this account at %2."_s, u"name"_s);
    EXPECT_EQ(said.code, u"account.renamed"_s);
    EXPECT_EQ(said.field, u"name"_s);
    EXPECT_TRUE(said.message.startsWith(u"王经理（休假） renamed this account at "_s + DateTimeText::dateTime(firstAt)))
        << said.message.toStdString();
    EXPECT_TRUE(said.message.endsWith(u" Nothing was changed here."_s)) << said.message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, LastChangeTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

// Issue 12, one change feed: every change a service commits is published after the commit, as
// what changed; a rolled-back change publishes nothing.
#include "EngineFixture.h"

#include "engine/ChangeFeed.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

namespace {

class ChangeFeedTest : public EngineFixture
{
protected:
    void SetUp() override
    {
        EngineFixture::SetUp();
        m_audit->setFeed(&m_feed);
        m_admin = setUpSite();
        QCoreApplication::processEvents(); // the set-up's own changes
    }

    QList<Change> delivered(QSignalSpy& spy)
    {
        QCoreApplication::processEvents();
        QList<Change> out;
        for (const QList<QVariant>& call : spy)
            out += call.at(0).value<QList<Change>>();
        return out;
    }

    ChangeFeed m_feed;
    Session m_admin;
};

TEST_P(ChangeFeedTest, ACommittedChangeIsPublishedOnceAfterTheCommitAndARollbackPublishesNothing)
{
    QSignalSpy spy(&m_feed, &ChangeFeed::changed);
    {
        Transaction tx(*m_db);
        ASSERT_TRUE(m_audit->append(m_admin, u"ticket"_s, 7, u"dispatched"_s, {}, {}).ok());
        ASSERT_TRUE(m_audit->append(m_admin, u"visit"_s, 3, u"checked_out"_s, {}, {}).ok());
        QCoreApplication::processEvents();
        EXPECT_EQ(spy.count(), 0) << "nothing is published before the commit";
        ASSERT_TRUE(tx.commit().ok());
    }
    const QList<Change> changes = delivered(spy);
    ASSERT_EQ(spy.count(), 1) << "one batch per commit";
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes.at(0).kind, u"ticket"_s);
    EXPECT_EQ(changes.at(0).id, 7);
    EXPECT_EQ(changes.at(0).action, u"dispatched"_s);
    EXPECT_TRUE(ChangeFeed::touches(changes, {"visit"}));
    EXPECT_FALSE(ChangeFeed::touches(changes, {"parcel"}));

    spy.clear();
    {
        Transaction tx(*m_db);
        ASSERT_TRUE(m_audit->append(m_admin, u"ticket"_s, 8, u"closed"_s, {}, {}).ok());
    } // rolled back
    {
        Transaction tx(*m_db);
        ASSERT_TRUE(m_audit->append(m_admin, u"ticket"_s, 9, u"closed"_s, {}, {}).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    const QList<Change> after = delivered(spy);
    ASSERT_EQ(after.size(), 1) << "the rolled-back change is not among them";
    EXPECT_EQ(after.at(0).id, 9);
}

INSTANTIATE_TEST_SUITE_P(Backends, ChangeFeedTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace

namespace {

// Issue 16: what travels between desks is the batch as it was, with the desk it came from; a batch
// too large for one notice asks for a full refresh, and a full refresh touches every kind.
TEST(ChangeFeedPayload, ABatchTravelsAsItWasWithItsOriginAndAHugeOneAsARefreshOfEverything)
{
    const QList<Change> batch{{u"ticket"_s, 7, u"dispatched"_s}, {u"visit"_s, 3, u"checked_out"_s}};
    const auto back = ChangeFeed::decode(QString::fromUtf8(ChangeFeed::encode(u"desk-a"_s, batch)));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->origin, u"desk-a"_s);
    ASSERT_EQ(back->changes.size(), 2);
    EXPECT_EQ(back->changes.at(1).kind, u"visit"_s);
    EXPECT_EQ(back->changes.at(1).id, 3);
    EXPECT_EQ(back->changes.at(1).action, u"checked_out"_s);
    EXPECT_FALSE(ChangeFeed::isEverything(back->changes));

    QList<Change> import;
    for (int i = 0; i < 20000; ++i)
        import.append({u"unit"_s, i, u"imported"_s});
    const QByteArray payload = ChangeFeed::encode(u"desk-a"_s, import);
    EXPECT_LT(payload.size(), 8000) << "PostgreSQL refuses a notice of 8000 bytes or more";
    const auto many = ChangeFeed::decode(QString::fromUtf8(payload));
    ASSERT_TRUE(many.has_value());
    EXPECT_TRUE(ChangeFeed::isEverything(many->changes));
    EXPECT_TRUE(ChangeFeed::touches(many->changes, {"parcel"})) << "a full refresh is every page's business";

    EXPECT_FALSE(ChangeFeed::decode(u"some other program's notice"_s).has_value());
    EXPECT_FALSE(ChangeFeed::decode(u"desk-a\nticket\tseven\tclosed"_s).has_value());
}

} // namespace

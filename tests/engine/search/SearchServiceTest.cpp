// The global search: the desk finds tickets and people by whatever the customer says.
#include "engine/search/SearchService.h"
#include "engine/tickets/TicketFixture.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class SearchServiceTest : public TicketFixture
{
protected:
    void SetUp() override
    {
        TicketFixture::SetUp();
        m_search = std::make_unique<SearchService>(*m_db);
        auto resident = m_db->insert(u"INSERT INTO residents (unit_id, name, relation, created_ms) "
                                     "VALUES (?, '欧阳娜娜', 'owner', 0) RETURNING id"_s,
                                     {m_unitId});
        ASSERT_TRUE(resident.ok());
        ASSERT_TRUE(
            m_db->exec(u"INSERT INTO resident_phones (resident_id, phone, tail) VALUES (?, '13912345678', '5678')"_s,
                       {resident.value()})
                .ok());
    }

    QStringList titles(const QString& text, int limit = 50)
    {
        auto hits = m_search->find(m_clerk, text, limit);
        EXPECT_TRUE(hits.ok()) << (hits.ok() ? std::string() : hits.error().message.toStdString());
        QStringList out;
        if (hits.ok())
            for (const SearchHit& h : hits.value())
                out << h.title;
        return out;
    }

    std::unique_ptr<SearchService> m_search;
};

TEST_P(SearchServiceTest, OneChineseCharacterFindsTicketsAndPeopleNewestFirst)
{
    const Ticket older = openTicket(repairRequest(u"厨房水管漏水"_s));
    m_clock.advanceMinutes(5);
    const Ticket newer = openTicket(repairRequest(u"卫生间水龙头坏了"_s));
    EXPECT_EQ(titles(u"水"_s), (QStringList{newer.number, older.number}));
    EXPECT_EQ(titles(u"娜"_s), QStringList{u"欧阳娜娜"_s});
}

TEST_P(SearchServiceTest, TwoCharactersMatchOnlyWhereTheyStandTogether)
{
    const Ticket leak = openTicket(repairRequest(u"厨房水管漏水"_s));
    openTicket(repairRequest(u"管道疏通，水压低"_s)); // 水 and 管 both, but not as 水管
    EXPECT_EQ(titles(u"水管"_s), QStringList{leak.number});
    EXPECT_EQ(titles(u"欧阳"_s), QStringList{u"欧阳娜娜"_s});
}

TEST_P(SearchServiceTest, ThreeOrMoreCharactersUseTheTrigramIndex)
{
    const Ticket noise = openTicket(complaintRequest(Severity::Minor));
    openTicket(repairRequest());
    EXPECT_EQ(titles(u"装修噪音"_s), QStringList{noise.number});
    EXPECT_TRUE(titles(u"装修噪声"_s).isEmpty());
}

TEST_P(SearchServiceTest, NumbersUnitsAndPhoneDigitsAreFoundToo)
{
    const Ticket t = openTicket(repairRequest());
    EXPECT_EQ(titles(t.number), QStringList{t.number});
    EXPECT_EQ(titles(t.number.toLower()), QStringList{t.number});
    EXPECT_TRUE(titles(u"3-1-502"_s).contains(t.number));
    EXPECT_TRUE(titles(u"3-1-502"_s).contains(u"欧阳娜娜"_s));
    EXPECT_EQ(titles(u"5678"_s), (QStringList{t.number, u"欧阳娜娜"_s})); // caller 138…5678, resident 139…5678
    // Both hits know their unit, so choosing one opens 3-1-502.
    for (const SearchHit& hit : m_search->find(m_clerk, u"5678"_s).value())
        EXPECT_EQ(hit.unitId, m_unitId) << hit.title.toStdString();
}

TEST_P(SearchServiceTest, TicketsOpenedAfterASearchAreFoundByTheNextOne)
{
    EXPECT_TRUE(titles(u"电梯"_s).isEmpty());
    const Ticket lift = openTicket(repairRequest(u"2号电梯异响"_s));
    EXPECT_EQ(titles(u"电梯"_s), QStringList{lift.number});
}

TEST_P(SearchServiceTest, TypedQuotesAndWildcardsAreSearchedLiterallyAndTheLimitHolds)
{
    for (int i = 0; i < 5; ++i)
        openTicket(repairRequest(u"门禁卡 %1 号失效"_s.arg(i)));
    EXPECT_TRUE(titles(u"\"门禁"_s).isEmpty());
    EXPECT_TRUE(titles(u"%"_s).isEmpty());
    EXPECT_EQ(titles(u"门禁卡"_s, 3).size(), 3);
    EXPECT_TRUE(titles(u"   "_s).isEmpty());
}

// Issue 5: the desk's logs are searched with the tickets — a module registers its records as a
// source, and a hit carries the record's kind and unit so the window can open it.
TEST_P(SearchServiceTest, ALogSourceIsFoundByItsNumbersWithItsUnit)
{
    ASSERT_TRUE(
        m_db->exec(u"CREATE TABLE demo_log (id INTEGER PRIMARY KEY, at_ms BIGINT, tag TEXT, unit_id BIGINT)"_s).ok());
    ASSERT_TRUE(
        m_db->exec(u"INSERT INTO demo_log VALUES (1, 5, 'JC-20261122-003', ?), (2, 6, 'JC-20261122-004', NULL)"_s,
                   {m_unitId})
            .ok());
    m_search->addSource({u"stored_item"_s, u"SELECT id, at_ms, tag, '寄存', tag || ' 纸箱', unit_id FROM demo_log "
                                           "WHERE id > ? ORDER BY id LIMIT ?"_s});
    auto hits = m_search->find(m_clerk, u"20261122-003"_s);
    ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
    ASSERT_EQ(hits.value().size(), 1);
    EXPECT_EQ(hits.value().first().kind, u"stored_item"_s);
    EXPECT_EQ(hits.value().first().refId, 1);
    EXPECT_EQ(hits.value().first().unitId, m_unitId);
    EXPECT_EQ(titles(u"纸箱"_s), (QStringList{u"JC-20261122-004"_s, u"JC-20261122-003"_s}));
    // A record added later is found by the next search, once.
    ASSERT_TRUE(m_db->exec(u"INSERT INTO demo_log VALUES (3, 7, 'JC-20261123-001', NULL)"_s).ok());
    EXPECT_EQ(titles(u"20261123"_s), QStringList{u"JC-20261123-001"_s});
    EXPECT_EQ(titles(u"20261123"_s), QStringList{u"JC-20261123-001"_s});
}

TEST_P(SearchServiceTest, TheIndexHoldsNoDuplicateAfterManySearches)
{
    openTicket(repairRequest());
    for (int i = 0; i < 3; ++i)
        titles(u"漏水"_s);
    EXPECT_EQ(m_db->scalar(u"SELECT COUNT(*) FROM search_docs"_s).value().toInt(), 2); // the ticket and the resident
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

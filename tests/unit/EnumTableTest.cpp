#include "core/EnumTable.h"
#include "engine/tickets/TicketTerms.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace fd;

namespace {

enum class Fruit { None, Apple, Pear, Plum, Quince };

// Quince has no row: it stands for a value cast from an int the table does not know.
constexpr auto kFruits = enumTable<Fruit>("EnumTableTest", {{Fruit::None, "", "no fruit"},
                                                            {Fruit::Apple, "apple", "an apple"},
                                                            {Fruit::Pear, "pear", "a pear"},
                                                            {Fruit::Plum, "plum"}});

static_assert(kFruits.rows().size() == 4);
static_assert(kFruits.contains(Fruit::Pear) && !kFruits.contains(Fruit::Quince));
static_assert(kFruits.known(Fruit::Quince, Fruit::Apple) == Fruit::Apple);
static_assert(kFruits.known(Fruit::Plum, Fruit::Apple) == Fruit::Plum);

} // namespace

TEST(EnumTable, KeysParseBackToTheirValue)
{
    for (const auto& row : kFruits.rows())
        EXPECT_EQ(kFruits.from(kFruits.key(row.value)), row.value) << row.key;
    EXPECT_EQ(kFruits.key(Fruit::Apple), u"apple"_s);
    EXPECT_EQ(kFruits.from(u"pear"_s), Fruit::Pear);
}

TEST(EnumTable, AnUnknownKeyOrValueHasNoRow)
{
    EXPECT_EQ(kFruits.from(u"banana"_s), std::nullopt);
    EXPECT_EQ(kFruits.from(u"Apple"_s), std::nullopt); // keys are exact
    EXPECT_TRUE(kFruits.key(Fruit::Quince).isNull());
    EXPECT_TRUE(kFruits.name(Fruit::Quince).isNull());
}

TEST(EnumTable, AnEmptyKeyIsANullStringAndParsesFromEmptyText)
{
    // A null QString is bound as SQL NULL, as the switches' `return QString();` was.
    EXPECT_TRUE(kFruits.key(Fruit::None).isNull());
    EXPECT_EQ(kFruits.from(QString()), Fruit::None);
    EXPECT_EQ(kFruits.from(u""_s), Fruit::None);
}

TEST(EnumTable, NamesAreTranslatedInTheTablesContextAndMayBeMissing)
{
    // No translator for this context: the English source comes back.
    EXPECT_EQ(kFruits.name(Fruit::Apple), u"an apple"_s);
    EXPECT_EQ(kFruits.name(Fruit::None), u"no fruit"_s);
    EXPECT_TRUE(kFruits.name(Fruit::Plum).isNull());
    EXPECT_STREQ(kFruits.context(), "EnumTableTest");
}

TEST(EnumTable, ValuesAreListedInTheTablesOrder)
{
    EXPECT_EQ(kFruits.values(), (QList<Fruit>{Fruit::None, Fruit::Apple, Fruit::Pear, Fruit::Plum}));
}

TEST(EnumTable, SeveralRowsMayShareAKeyAndTheFirstIsParsed)
{
    constexpr auto events = enumTable<Fruit>(nullptr, {{Fruit::Apple, "picked"}, {Fruit::Pear, "picked"}});
    EXPECT_EQ(events.key(Fruit::Pear), u"picked"_s);
    EXPECT_EQ(events.from(u"picked"_s), Fruit::Apple);
    EXPECT_TRUE(events.name(Fruit::Apple).isNull());
}

// The tables the ticket vocabulary is kept in (TicketTerms.cpp): every row's key parses back to its
// value, and every value shown has a name.
TEST(EnumTable, EveryTicketTermRoundTripsThroughItsStoredKey)
{
    for (TicketKind kind : TicketTerms::kinds()) {
        EXPECT_EQ(TicketTerms::kindFrom(TicketTerms::key(kind)), kind);
        EXPECT_FALSE(TicketTerms::displayName(kind).isEmpty());
        EXPECT_EQ(TicketTerms::numberPrefix(kind).size(), 2);
    }
    for (Channel channel : TicketTerms::channels()) {
        EXPECT_EQ(TicketTerms::channelFrom(TicketTerms::key(channel)), channel);
        EXPECT_FALSE(TicketTerms::displayName(channel).isEmpty());
    }
    for (Severity severity : TicketTerms::severities()) {
        EXPECT_EQ(TicketTerms::severityFrom(TicketTerms::key(severity)), severity);
        EXPECT_FALSE(TicketTerms::displayName(severity).isEmpty());
    }
    for (TicketStatus status : TicketTerms::statuses()) {
        EXPECT_EQ(TicketTerms::statusFrom(TicketTerms::key(status)), status);
        EXPECT_FALSE(TicketTerms::displayName(status).isEmpty());
    }
    for (TicketClock clock : TicketTerms::clocks())
        EXPECT_EQ(TicketTerms::clockFrom(TicketTerms::key(clock)), clock);
    EXPECT_EQ(TicketTerms::kinds().size(), 6);
    EXPECT_EQ(TicketTerms::channels().size(), 5);
    EXPECT_EQ(TicketTerms::severities().size(), 4);
    EXPECT_EQ(TicketTerms::statuses().size(), 9);
    EXPECT_EQ(TicketTerms::clocks().size(), 5);
}

TEST(EnumTable, TicketTermsKeepTheirStoredKeys)
{
    // What the database holds: a changed key would orphan every stored row.
    EXPECT_EQ(TicketTerms::key(TicketKind::Affair), u"affair"_s);
    EXPECT_EQ(TicketTerms::key(Channel::WalkIn), u"walk_in"_s);
    EXPECT_TRUE(TicketTerms::key(Severity::None).isNull()); // stored as NULL
    EXPECT_EQ(TicketTerms::key(TicketStatus::WaitingCustomer), u"waiting_customer"_s);
    EXPECT_EQ(TicketTerms::key(TicketClock::FollowUp), u"follow_up"_s);
    EXPECT_EQ(TicketTerms::numberPrefix(TicketKind::Callback), u"HF"_s);
    EXPECT_EQ(TicketTerms::eventKey(TicketAction::WaitForParts), u"paused"_s);
    EXPECT_EQ(TicketTerms::eventKey(TicketAction::CallBackUnsatisfied), u"called_back"_s);
    EXPECT_EQ(TicketTerms::eventKey(TicketAction::HeadAbsent), u"head_absent"_s);
}

TEST(EnumTable, AnUnknownTicketTermKeyParsesToNothing)
{
    EXPECT_EQ(TicketTerms::kindFrom(u"parcel"_s), std::nullopt);
    EXPECT_EQ(TicketTerms::channelFrom(u"email"_s), std::nullopt);
    EXPECT_EQ(TicketTerms::severityFrom(u"huge"_s), std::nullopt);
    EXPECT_EQ(TicketTerms::statusFrom(u"lost"_s), std::nullopt);
    EXPECT_EQ(TicketTerms::clockFrom(u"alarm"_s), std::nullopt);
    EXPECT_EQ(TicketTerms::kindFrom(QString()), std::nullopt);
    // Every action's event reads as something; an event kind no action writes is shown as stored.
    for (int a = int(TicketAction::Open); a <= int(TicketAction::HeadAbsent); ++a)
        EXPECT_FALSE(TicketTerms::eventDisplayName(TicketTerms::eventKey(TicketAction(a))).isEmpty()) << a;
    EXPECT_EQ(TicketTerms::eventDisplayName(u"escalated"_s), u"escalated"_s);
}

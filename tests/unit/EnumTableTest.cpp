#include "core/EnumTable.h"

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

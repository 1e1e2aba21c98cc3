#include "core/Money.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using fd::Money;

namespace {

// R-FE-2: a receipt writes its total in capital numerals (大写) as a bank or a finance office reads them.
TEST(MoneyTest, ReceiptsWriteTheTotalInCapitalNumerals)
{
    EXPECT_EQ(Money::capitals(0), u"零元整"_s);
    EXPECT_EQ(Money::capitals(1), u"壹分"_s);
    EXPECT_EQ(Money::capitals(50), u"伍角整"_s);
    EXPECT_EQ(Money::capitals(1000), u"壹拾元整"_s);
    EXPECT_EQ(Money::capitals(123450), u"壹仟贰佰叁拾肆元伍角整"_s);
    EXPECT_EQ(Money::capitals(21002), u"贰佰壹拾元零贰分"_s);
    EXPECT_EQ(Money::capitals(101000), u"壹仟零壹拾元整"_s);
    EXPECT_EQ(Money::capitals(1010000), u"壹万零壹佰元整"_s);
    EXPECT_EQ(Money::capitals(10000505), u"壹拾万零伍元零伍分"_s);
    EXPECT_EQ(Money::capitals(10000000000), u"壹亿元整"_s);
    EXPECT_EQ(Money::capitals(10000000100), u"壹亿零壹元整"_s);
    EXPECT_EQ(Money::capitals(10001000000), u"壹亿零壹万元整"_s);
    EXPECT_EQ(Money::capitals(12345678912), u"壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"_s);
    EXPECT_EQ(Money::capitals(-320), u"负叁元贰角整"_s);
}

// R-FE-5: money is exact integer fen; it reads and prints as a cashier writes it.
TEST(MoneyTest, AmountsPrintWithTheYuanSignThousandsAndTwoDecimals)
{
    EXPECT_EQ(Money::text(0), u"¥0.00"_s);
    EXPECT_EQ(Money::text(5), u"¥0.05"_s);
    EXPECT_EQ(Money::text(123450), u"¥1,234.50"_s);
    EXPECT_EQ(Money::text(100000000), u"¥1,000,000.00"_s);
    EXPECT_EQ(Money::text(-320), u"-¥3.20"_s);
    EXPECT_EQ(Money::plain(123450), u"1234.50"_s);
    EXPECT_EQ(Money::plain(-7), u"-0.07"_s);
}

// R-FE-5: what a person types is read exactly; a third decimal is refused, not rounded away.
TEST(MoneyTest, TypedAmountsAreReadExactlyAndAThirdDecimalIsRefused)
{
    EXPECT_EQ(Money::parse(u"12"_s), 1200);
    EXPECT_EQ(Money::parse(u"12.3"_s), 1230);
    EXPECT_EQ(Money::parse(u" 12.34 "_s), 1234);
    EXPECT_EQ(Money::parse(u"1,234.50"_s), 123450);
    EXPECT_EQ(Money::parse(u"¥8"_s), 800);
    EXPECT_EQ(Money::parse(u"￥0.01"_s), 1);
    EXPECT_EQ(Money::parse(u"-3.2"_s), -320);
    EXPECT_EQ(Money::parse(u"0.1"_s).value() * 3, 30) << "0.1 × 3 is exactly 0.30, unlike a double";
    for (const QString& bad :
         {u""_s, u"abc"_s, u"12.345"_s, u"1.2.3"_s, u"12,34"_s, u"1e3"_s, u"12."_s, u"99999999999999"_s})
        EXPECT_FALSE(Money::parse(bad).has_value()) << bad.toStdString();
}

// R-FE-5: the rounding rule of every computed line: to the nearest fen, halves away from zero.
TEST(MoneyTest, ProductsAndSharesRoundHalfAwayFromZeroExactly)
{
    // 89.37 ㎡ (8937 centi-㎡) × ¥2.35 per ㎡: 210.0195 → ¥210.02.
    EXPECT_EQ(Money::mulDiv(8937, 235, 100), 21002);
    EXPECT_EQ(Money::mulDiv(1, 1, 2), 1);   // 0.5 fen → 1
    EXPECT_EQ(Money::mulDiv(-1, 1, 2), -1); // a reversal rounds the same way
    EXPECT_EQ(Money::mulDiv(1, 1, 3), 0);
    EXPECT_EQ(Money::mulDiv(10000, 17, 31), 5484); // 17 of 31 days of ¥100.00: 54.838… → ¥54.84
    // No overflow on large products: 20,000 units' worth in fen times days.
    EXPECT_EQ(Money::mulDiv(4'000'000'000'000'000LL, 30, 30), 4'000'000'000'000'000LL);
}

} // namespace

#include "core/PhoneNumber.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using fd::PhoneNumber;

TEST(PhoneNumber, AcceptsMobilesAndLandlinesAsClerksTypeThem)
{
    EXPECT_TRUE(PhoneNumber::isValid(u"13812345678"_s));
    EXPECT_TRUE(PhoneNumber::isValid(u"138-1234-5678"_s));
    EXPECT_TRUE(PhoneNumber::isValid(u"0755-86001234"_s));
    EXPECT_TRUE(PhoneNumber::isValid(u"86001234"_s));
    EXPECT_EQ(PhoneNumber::normalize(u" 138 1234 5678 "_s), u"13812345678"_s);
}

TEST(PhoneNumber, RefusesWrongLengthsLettersAndNonMobilePrefixes)
{
    EXPECT_FALSE(PhoneNumber::isValid(u"1381234567"_s));  // 10 digits
    EXPECT_FALSE(PhoneNumber::isValid(u"12812345678"_s)); // no mobile starts 12
    EXPECT_FALSE(PhoneNumber::isValid(u"1381234567a"_s));
    EXPECT_FALSE(PhoneNumber::isValid(u""_s));
}

TEST(PhoneNumber, TailIsTheLastFourDigits)
{
    EXPECT_EQ(PhoneNumber::tail(u"138-1234-5678"_s), u"5678"_s);
}

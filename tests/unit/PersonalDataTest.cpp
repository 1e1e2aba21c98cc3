#include "core/PersonalData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using fd::PersonalData;

TEST(PersonalData, MobileNumberKeepsFirstThreeAndLastFourDigits)
{
    EXPECT_EQ(PersonalData::maskPhone(u"13812345678"_s), u"138****5678"_s);
    EXPECT_EQ(PersonalData::maskPhone(u"138 1234 5678"_s), u"138****5678"_s);
}

TEST(PersonalData, LandlineKeepsOnlyItsLastFourDigits)
{
    EXPECT_EQ(PersonalData::maskPhone(u"075586001234"_s), u"********1234"_s);
}

TEST(PersonalData, FreeTextHidesMobilesIdNumbersAndLandlinesButKeepsTicketNumbersAndTimes)
{
    const QString masked = PersonalData::maskText(
        u"caller 13812345678 id 440301199001011234 office 0755-86001234 ticket BX-20261122-0007 at 1732000000000"_s);
    EXPECT_FALSE(masked.contains(u"13812345678"_s));
    EXPECT_TRUE(masked.contains(u"138****5678"_s));
    EXPECT_FALSE(masked.contains(u"440301199001011234"_s));
    EXPECT_TRUE(masked.contains(u"440301********1234"_s));
    EXPECT_TRUE(masked.contains(u"0755-****1234"_s));
    EXPECT_TRUE(masked.contains(u"BX-20261122-0007"_s));
    EXPECT_TRUE(masked.contains(u"1732000000000"_s));
}

#include "core/DateTimeText.h"
#include "core/TranslationCatalog.h"

#include <gtest/gtest.h>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace fd {
namespace {

// Issue 11, "English": one date and time format per language, from the locale (12/3/26 2:50 PM,
// 2026-12-05 12:05 and 11 Dec 20:30 stood side by side). Each language has one of each form.
class DateTimeTextTest : public ::testing::Test
{
protected:
    const qint64 at = QDateTime(QDate(2026, 12, 3), QTime(14, 50)).toMSecsSinceEpoch();
    void TearDown() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

TEST_F(DateTimeTextTest, EnglishHasOneFormOfEachWithAFourDigitYear)
{
    QLocale::setDefault(QLocale(u"en"_s));
    EXPECT_EQ(DateTimeText::date(at), u"12/3/2026"_s);
    EXPECT_EQ(DateTimeText::time(at), u"2:50 PM"_s);
    EXPECT_EQ(DateTimeText::dateTime(at), u"12/3/2026 2:50 PM"_s);
    EXPECT_EQ(DateTimeText::shortDateTime(at), u"12/3 2:50 PM"_s);
    EXPECT_EQ(DateTimeText::shortDate(at), u"12/3"_s);
    EXPECT_EQ(DateTimeText::month(QDate(2026, 12, 3)), u"December 2026"_s);
    // A date edit shows what the lists show.
    EXPECT_EQ(QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), DateTimeText::dateTimeFormat()),
              DateTimeText::dateTime(at));
}

TEST_F(DateTimeTextTest, ChineseHasOneFormOfEach)
{
    QLocale::setDefault(QLocale(u"zh_CN"_s));
    EXPECT_EQ(DateTimeText::date(at), u"2026/12/3"_s);
    EXPECT_EQ(DateTimeText::time(at), u"14:50"_s);
    EXPECT_EQ(DateTimeText::dateTime(at), u"2026/12/3 14:50"_s);
    EXPECT_EQ(DateTimeText::shortDateTime(at), u"12/3 14:50"_s);
    EXPECT_EQ(DateTimeText::month(QDate(2026, 12, 3)), u"2026年12月"_s);
}

// What lets a language change re-translate texts already on screen: the catalog read both ways.
TEST(TranslationCatalogTest, ReadsTheChineseCatalogBothWays)
{
    const TranslationCatalog& zh = TranslationCatalog::forLanguage(u"zh_CN"_s);
    ASSERT_FALSE(zh.isEmpty());
    bool found = false;
    for (const TranslationCatalog::Message* m : zh.withSource(u"Intake"_s))
        found = found || (m->context == u"PageCatalog"_s && m->translation == u"受理"_s);
    EXPECT_TRUE(found);
    const auto back = zh.withTranslation(u"文件(&F)"_s);
    ASSERT_FALSE(back.isEmpty());
    EXPECT_EQ(back.constFirst()->source, u"&File"_s);
    EXPECT_TRUE(TranslationCatalog::forLanguage(u"xx"_s).isEmpty());
}

} // namespace
} // namespace fd

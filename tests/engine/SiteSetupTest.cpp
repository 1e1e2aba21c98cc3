#include "EngineFixture.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class SiteSetupTest : public EngineFixture
{
};

TEST_P(SiteSetupTest, FirstStartCreatesTheSiteAndItsAdministratorTogether)
{
    EXPECT_FALSE(m_setup->isInitialized());
    Session admin = setUpSite();
    EXPECT_TRUE(m_setup->isInitialized());
    EXPECT_EQ(m_setup->siteName(), u"翠湖花园"_s);
    EXPECT_EQ(admin.user.role, Role::Admin);
    EXPECT_TRUE(m_accounts->signIn(u"admin"_s, u"admin-pass-1"_s).ok());
}

TEST_P(SiteSetupTest, EachBadFieldIsNamedAndNothingIsWritten)
{
    struct Case
    {
        SiteSetup::Request request;
        QString field;
    };
    const QList<Case> cases{
        {{u" "_s, u"admin"_s, u"王"_s, u"password-1"_s, u"password-1"_s}, u"site_name"_s},
        {{u"翠湖花园"_s, u"a"_s, u"王"_s, u"password-1"_s, u"password-1"_s}, u"admin_login"_s},
        {{u"翠湖花园"_s, u"admin"_s, u""_s, u"password-1"_s, u"password-1"_s}, u"admin_name"_s},
        {{u"翠湖花园"_s, u"admin"_s, u"王"_s, u"short"_s, u"short"_s}, u"password"_s},
        {{u"翠湖花园"_s, u"admin"_s, u"王"_s, u"password-1"_s, u"password-2"_s}, u"password_again"_s},
    };
    for (const Case& c : cases) {
        auto r = m_setup->initialize(c.request);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, c.field);
        EXPECT_FALSE(r.error().message.isEmpty());
    }
    EXPECT_EQ(count(u"sites"_s), 0);
    EXPECT_EQ(count(u"users"_s), 0);
    EXPECT_EQ(count(u"audit_events"_s), 0);
}

TEST_P(SiteSetupTest, ASetUpSiteCannotBeSetUpAgain)
{
    setUpSite();
    auto again = m_setup->initialize({u"别的小区"_s, u"boss"_s, u"X"_s, u"password-1"_s, u"password-1"_s});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(m_setup->siteName(), u"翠湖花园"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, SiteSetupTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

#include "EngineFixture.h"

#include "engine/PasswordHasher.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class AccountServiceTest : public EngineFixture
{
protected:
    void SetUp() override
    {
        EngineFixture::SetUp();
        m_admin = setUpSite();
        auto clerk = m_accounts->createUser(m_admin, u"li.na"_s, u"李娜"_s, Role::Clerk, u"clerk-pass-1"_s);
        ASSERT_TRUE(clerk.ok());
        m_clerk = clerk.value();
    }
    Session m_admin;
    User m_clerk;
};

TEST_P(AccountServiceTest, TheRightPasswordSignsInAndIsAudited)
{
    const qint64 events = count(u"audit_events"_s);
    auto session = m_accounts->signIn(u"LI.NA"_s, u"clerk-pass-1"_s);
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session->user.displayName, u"李娜"_s);
    EXPECT_EQ(session->user.role, Role::Clerk);
    EXPECT_EQ(count(u"audit_events"_s), events + 1);
}

TEST_P(AccountServiceTest, PasswordsAreStoredAsArgon2idHashesNeverAsTyped)
{
    const QString stored = m_db->scalar(u"SELECT password_hash FROM users WHERE login = 'li.na'"_s).value().toString();
    EXPECT_TRUE(stored.startsWith(u"$argon2id$"_s));
    EXPECT_FALSE(stored.contains(u"clerk-pass-1"_s));
    EXPECT_TRUE(PasswordHasher::verify(stored, u"clerk-pass-1"_s));
}

TEST_P(AccountServiceTest, AWrongPasswordIsRefusedNextToThePasswordFieldAndSaysHowManyTriesAreLeft)
{
    auto r = m_accounts->signIn(u"li.na"_s, u"wrong-one"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"password"_s);
    EXPECT_TRUE(r.error().message.contains(u"4"_s));
}

TEST_P(AccountServiceTest, AnUnknownNameGetsTheSameAnswerAsAWrongPassword)
{
    auto unknown = m_accounts->signIn(u"nobody"_s, u"whatever-1"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, u"signin.wrong"_s);
}

TEST_P(AccountServiceTest, FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne)
{
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(m_accounts->signIn(u"li.na"_s, u"wrong-one"_s).error().code, u"signin.wrong"_s);
    auto fifth = m_accounts->signIn(u"li.na"_s, u"wrong-one"_s);
    EXPECT_EQ(fifth.error().code, u"signin.locked"_s);
    auto right = m_accounts->signIn(u"li.na"_s, u"clerk-pass-1"_s);
    ASSERT_FALSE(right.ok());
    EXPECT_EQ(right.error().code, u"signin.locked"_s);
}

TEST_P(AccountServiceTest, TheLockEndsByItselfAfterTheSiteLockoutTime)
{
    for (int i = 0; i < 5; ++i)
        (void)m_accounts->signIn(u"li.na"_s, u"wrong-one"_s);
    m_clock.advanceMinutes(14);
    EXPECT_FALSE(m_accounts->signIn(u"li.na"_s, u"clerk-pass-1"_s).ok());
    m_clock.advanceMinutes(2);
    EXPECT_TRUE(m_accounts->signIn(u"li.na"_s, u"clerk-pass-1"_s).ok());
}

TEST_P(AccountServiceTest, AnAdministratorsResetUnlocksTheAccountWithTheNewPassword)
{
    for (int i = 0; i < 5; ++i)
        (void)m_accounts->signIn(u"li.na"_s, u"wrong-one"_s);
    ASSERT_TRUE(m_accounts->resetPassword(m_admin, m_clerk.id, u"fresh-pass-2"_s).ok());
    EXPECT_FALSE(m_accounts->signIn(u"li.na"_s, u"clerk-pass-1"_s).ok());
    EXPECT_TRUE(m_accounts->signIn(u"li.na"_s, u"fresh-pass-2"_s).ok());
}

TEST_P(AccountServiceTest, AClerkCallingAdministratorActionsIsRefusedByTheService)
{
    auto clerk = m_accounts->signIn(u"li.na"_s, u"clerk-pass-1"_s).value();
    const qint64 users = count(u"users"_s);
    auto created = m_accounts->createUser(clerk, u"sneaky"_s, u"X"_s, Role::Admin, u"password-1"_s);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, u"perm.denied"_s);
    EXPECT_EQ(count(u"users"_s), users);
    EXPECT_EQ(m_accounts->resetPassword(clerk, m_admin.user.id, u"password-1"_s).error().code, u"perm.denied"_s);
    EXPECT_EQ(m_accounts->setActive(clerk, m_admin.user.id, false).error().code, u"perm.denied"_s);
    EXPECT_EQ(m_settings->set(clerk, QString::fromLatin1(SiteSettings::LockoutMinutes), u"1"_s).error().code,
              u"perm.denied"_s);
}

TEST_P(AccountServiceTest, ASwitchedOffAccountCannotSignIn)
{
    ASSERT_TRUE(m_accounts->setActive(m_admin, m_clerk.id, false).ok());
    auto r = m_accounts->signIn(u"li.na"_s, u"clerk-pass-1"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, u"signin.inactive"_s);
}

TEST_P(AccountServiceTest, BadNewAccountsAreRefusedFieldByFieldAndNothingIsWritten)
{
    const qint64 users = count(u"users"_s);
    EXPECT_EQ(m_accounts->createUser(m_admin, u"x"_s, u"X"_s, Role::Clerk, u"password-1"_s).error().field, u"login"_s);
    EXPECT_EQ(m_accounts->createUser(m_admin, u"li.na"_s, u"X"_s, Role::Clerk, u"password-1"_s).error().field,
              u"login"_s);
    EXPECT_EQ(m_accounts->createUser(m_admin, u"zhang"_s, u" "_s, Role::Clerk, u"password-1"_s).error().field,
              u"display_name"_s);
    EXPECT_EQ(m_accounts->createUser(m_admin, u"zhang"_s, u"张"_s, Role::Clerk, u"short"_s).error().field,
              u"password"_s);
    EXPECT_EQ(count(u"users"_s), users);
}

TEST_P(AccountServiceTest, TheLockScreenAcceptsOnlyTheSignedInPersonsPassword)
{
    auto clerk = m_accounts->signIn(u"li.na"_s, u"clerk-pass-1"_s).value();
    EXPECT_FALSE(m_accounts->confirmPassword(clerk, u"admin-pass-1"_s).ok());
    EXPECT_TRUE(m_accounts->confirmPassword(clerk, u"clerk-pass-1"_s).ok());
}

TEST_P(AccountServiceTest, TheSiteCanChangeTheLockoutRuleAndTheChangeIsAudited)
{
    const qint64 events = count(u"audit_events"_s);
    ASSERT_TRUE(m_settings->set(m_admin, QString::fromLatin1(SiteSettings::LockoutAttempts), u"3"_s).ok());
    EXPECT_EQ(count(u"audit_events"_s), events + 1);
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(m_accounts->signIn(u"li.na"_s, u"wrong-one"_s).error().code, u"signin.wrong"_s);
    EXPECT_EQ(m_accounts->signIn(u"li.na"_s, u"wrong-one"_s).error().code, u"signin.locked"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

#pragma once

#include "engine/AccountService.h"
#include "engine/AuditLog.h"
#include "engine/SiteSettings.h"
#include "engine/SiteSetup.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/FakeClock.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

namespace fd::test {

// Engine services on a fresh migrated database (SQLite, or PostgreSQL per the test parameter).
class EngineFixture : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        m_tdb = std::make_unique<TestDatabase>(GetParam());
        auto db = Database::open(m_tdb->spec());
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        m_db = std::move(db).value();
        ASSERT_TRUE(Migrator().migrate(*m_db, m_clock).ok());
        m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
        m_settings = std::make_unique<SiteSettings>(*m_db, m_clock, *m_audit);
        m_accounts = std::make_unique<AccountService>(*m_db, m_clock, *m_audit, *m_settings);
        m_setup = std::make_unique<SiteSetup>(*m_db, m_clock, *m_audit, *m_accounts);
    }

    Session setUpSite()
    {
        auto admin = m_setup->initialize({QStringLiteral("翠湖花园"), QStringLiteral("admin"), QStringLiteral("王经理"),
                                          QStringLiteral("admin-pass-1"), QStringLiteral("admin-pass-1")});
        EXPECT_TRUE(admin.ok());
        return admin.ok() ? admin.value() : Session{};
    }

    qint64 count(const QString& table) const
    {
        return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toLongLong();
    }

    FakeClock m_clock;
    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<SiteSetup> m_setup;
};

} // namespace fd::test

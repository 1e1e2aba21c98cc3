#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrator.h"
#include "support/FakeClock.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_tdb.spec());
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        ASSERT_TRUE(Migrator().migrate(*m_db, m_clock).ok());
        ASSERT_TRUE(m_db->exec(u"INSERT INTO sites (name, created_ms) VALUES ('翠湖花园', 0)"_s).ok());
    }
    FakeClock m_clock;
    TestDatabase m_tdb;
    std::unique_ptr<Database> m_db;
};

TEST_F(BackupTest, ACopyOfALiveDatabaseOpensVerifiesAndHoldsTheSameData)
{
    const QString target = m_tdb.folder() + u"/backup.sqlite"_s;
    auto report = Backup::write(*m_db, target);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_GT(report->bytes, 0);
    EXPECT_EQ(report->schemaVersion, Migrator().latestVersion());
    EXPECT_FALSE(QFile::exists(target + u".partial"_s));

    auto copy = Database::open(ConnectionSpec::sqlite(target), Database::OpenMode::ReadOnly);
    ASSERT_TRUE(copy.ok());
    EXPECT_TRUE(IntegrityCheck::run(*copy.value(), IntegrityCheck::Depth::Full).value().isEmpty());
    EXPECT_EQ(copy.value()->scalar(u"SELECT name FROM sites"_s).value().toString(), u"翠湖花园"_s);
}

TEST_F(BackupTest, AnExistingFileIsNeverOverwritten)
{
    const QString target = m_tdb.folder() + u"/exists.sqlite"_s;
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    auto report = Backup::write(*m_db, target);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().field, u"file"_s);
    QFile again(target);
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), QByteArray("keep me"));
}

TEST_F(BackupTest, AHealthyDatabasePassesTheIntegrityCheck)
{
    auto problems = IntegrityCheck::run(*m_db, IntegrityCheck::Depth::Full);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty());
}

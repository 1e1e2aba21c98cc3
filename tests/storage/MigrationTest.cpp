#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/FakeClock.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class MigrationTest : public ::testing::TestWithParam<QString>
{
protected:
    FakeClock m_clock;
    TestDatabase m_tdb{GetParam()};
};

TEST_P(MigrationTest, AFreshDatabaseIsBroughtToTheLatestSchemaAndRecordsEachStep)
{
    auto db = Database::open(m_tdb.spec());
    ASSERT_TRUE(db.ok());
    Migrator migrator;
    ASSERT_GE(migrator.latestVersion(), 1);
    ASSERT_TRUE(migrator.migrate(*db.value(), m_clock).ok());
    EXPECT_EQ(Migrator::currentVersion(*db.value()).value(), migrator.latestVersion());
    EXPECT_EQ(db.value()->scalar(u"SELECT COUNT(*) FROM schema_version"_s).value().toInt(), migrator.steps().size());
}

TEST_P(MigrationTest, MigratingTwiceChangesNothing)
{
    auto db = Database::open(m_tdb.spec());
    Migrator migrator;
    ASSERT_TRUE(migrator.migrate(*db.value(), m_clock).ok());
    m_clock.advanceHours(1);
    ASSERT_TRUE(migrator.migrate(*db.value(), m_clock).ok());
    EXPECT_EQ(db.value()->scalar(u"SELECT COUNT(*) FROM schema_version"_s).value().toInt(), migrator.steps().size());
}

TEST_P(MigrationTest, ADatabaseFromANewerProgramIsRefusedAndLeftUntouched)
{
    Migrator migrator;
    {
        auto db = Database::open(m_tdb.spec());
        ASSERT_TRUE(migrator.migrate(*db.value(), m_clock).ok());
        ASSERT_TRUE(db.value()
                        ->exec(u"INSERT INTO schema_version (version, name, applied_ms, app_version) "
                               "VALUES (?, 'future', 0, '9.0')"_s,
                               {migrator.latestVersion() + 1})
                        .ok());
    }
    auto db = Database::open(m_tdb.spec());
    const auto before = db.value()->scalar(u"SELECT COUNT(*) FROM schema_version"_s).value().toInt();
    Status s = migrator.migrate(*db.value(), m_clock);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, u"schema.newer"_s);
    EXPECT_TRUE(s.error().message.contains(QString::number(migrator.latestVersion() + 1)));
    EXPECT_EQ(db.value()->scalar(u"SELECT COUNT(*) FROM schema_version"_s).value().toInt(), before);
}

TEST_P(MigrationTest, AnotherProgramsDatabaseIsRefusedAndGetsNoFrontDeskTables)
{
    {
        auto db = Database::open(m_tdb.spec());
        ASSERT_TRUE(db.value()->exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"_s).ok());
    }
    auto db = Database::open(m_tdb.spec());
    Status s = Migrator().migrate(*db.value(), m_clock);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, u"schema.foreign"_s);
    EXPECT_FALSE(db.value()->tableExists(u"schema_version"_s));
    EXPECT_FALSE(db.value()->tableExists(u"users"_s));
}

TEST_P(MigrationTest, AFileThatIsNotADatabaseIsRefusedWithAClearMessageAndNotChanged)
{
    if (GetParam() != u"sqlite"_s)
        GTEST_SKIP() << "a file is an SQLite matter";
    const QString path = m_tdb.folder() + u"/notes.sqlite"_s;
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    const QByteArray content = QByteArray("these are the night shift's notes, not a database\n").repeated(200);
    f.write(content);
    f.close();
    auto db = Database::open(ConnectionSpec::sqlite(path));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, u"db.notdb"_s);
    EXPECT_TRUE(db.error().message.contains(path));
    QFile again(path);
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), content);
    EXPECT_FALSE(QFile::exists(path + u"-wal"_s));
}

TEST_P(MigrationTest, AMissingFileIsNotCreatedWhenItMustExist)
{
    if (GetParam() != u"sqlite"_s)
        GTEST_SKIP() << "a file is an SQLite matter";
    const QString path = m_tdb.folder() + u"/absent.sqlite"_s;
    EXPECT_FALSE(Database::open(ConnectionSpec::sqlite(path), Database::OpenMode::MustExist).ok());
    EXPECT_FALSE(QFile::exists(path));
}

INSTANTIATE_TEST_SUITE_P(Backends, MigrationTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

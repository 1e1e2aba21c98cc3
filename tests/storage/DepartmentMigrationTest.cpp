// Schema 18: tickets saved with a department's display text (工程部 on a Chinese screen, Engineering
// on an English one) are migrated to the department's key, so the per-department queue is one again.
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/FakeClock.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

namespace {

class DepartmentMigrationTest : public ::testing::TestWithParam<QString>
{
protected:
    FakeClock m_clock;
    TestDatabase m_tdb{GetParam()};
};

TEST_P(DepartmentMigrationTest, TicketsSavedWithEitherLanguagesNameGetTheDepartmentsKey)
{
    // R-RP-1: work dispatched to a department is one department's, whatever the screen's language.
    auto db = Database::open(m_tdb.spec());
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Migrator().upTo(17).migrate(*db.value(), m_clock).ok());
    ASSERT_EQ(Migrator::currentVersion(*db.value()).value(), 17);

    const QStringList before{u"工程部"_s, u"Engineering"_s, u"保洁部"_s, u"Security"_s, u"电梯维保公司"_s, u""_s};
    int n = 0;
    for (const QString& department : before) {
        ASSERT_TRUE(db.value()
                        ->exec(u"INSERT INTO tickets (kind, number, channel, description, status, occurred_ms, "
                               "created_ms, rules_json, department) VALUES ('repair', ?, 'call', '漏水', 'dispatched', "
                               "0, 0, '{}', ?)"_s,
                               {u"BX-%1"_s.arg(++n), department})
                        .ok());
    }
    ASSERT_TRUE(Migrator().migrate(*db.value(), m_clock).ok());

    QStringList after;
    auto q = db.value()->exec(u"SELECT department FROM tickets ORDER BY number"_s);
    ASSERT_TRUE(q.ok());
    while (q.value().next())
        after << q.value().value(0).toString();
    EXPECT_EQ(after,
              (QStringList{u"engineering"_s, u"engineering"_s, u"cleaning"_s, u"security"_s, u"电梯维保公司"_s, u""_s}))
        << "a department typed freely stays as typed";
    EXPECT_EQ(db.value()->scalar(u"SELECT COUNT(*) FROM departments WHERE active"_s).value().toInt(), 4);
    EXPECT_FALSE(db.value()->exec(u"DELETE FROM departments WHERE key = 'security'"_s).ok()) << "never deleted";
}

INSTANTIATE_TEST_SUITE_P(Backends, DepartmentMigrationTest, ::testing::ValuesIn(TestDatabase::backends()),
                         BackendName());

} // namespace

#include "storage/ConnectionSpec.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace fd;

TEST(ConnectionSpec, APlainPathIsAnSqliteFile)
{
    auto spec = ConnectionSpec::parse(u"/var/lib/frontdesk/site.sqlite"_s);
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec->backend, Backend::Sqlite);
    EXPECT_EQ(spec->path, u"/var/lib/frontdesk/site.sqlite"_s);
}

TEST(ConnectionSpec, APostgresUrlNamesServerUserAndDatabaseAndHidesThePassword)
{
    auto spec = ConnectionSpec::parse(u"postgresql://desk:secret@10.0.0.5:5433/fd"_s);
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec->backend, Backend::Postgres);
    EXPECT_EQ(spec->host, u"10.0.0.5"_s);
    EXPECT_EQ(spec->port, 5433);
    EXPECT_EQ(spec->user, u"desk"_s);
    EXPECT_EQ(spec->password, u"secret"_s);
    EXPECT_EQ(spec->database, u"fd"_s);
    EXPECT_FALSE(spec->display().contains(u"secret"_s));
}

TEST(ConnectionSpec, EmptyOrBrokenAddressesAreRefusedWithAMessage)
{
    EXPECT_FALSE(ConnectionSpec::parse(u"  "_s).ok());
    auto broken = ConnectionSpec::parse(u"postgresql://"_s);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().field, u"database"_s);
}

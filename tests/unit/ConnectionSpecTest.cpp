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

TEST(ConnectionSpec, APostgresUrlNamesServerUserAndDatabase)
{
    auto spec = ConnectionSpec::parse(u"postgresql://desk@10.0.0.5:5433/fd"_s);
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec->backend, Backend::Postgres);
    EXPECT_EQ(spec->host, u"10.0.0.5"_s);
    EXPECT_EQ(spec->port, 5433);
    EXPECT_EQ(spec->user, u"desk"_s);
    EXPECT_TRUE(spec->password.isEmpty()) << "the password comes from ~/.pgpass or a prompt";
    EXPECT_EQ(spec->database, u"fd"_s);
    EXPECT_EQ(spec->display(), u"postgresql://desk@10.0.0.5:5433/fd"_s);
}

// Issue 16: a command line is readable by every user of the computer, so an address with the
// password in it is refused, saying where the password goes instead; the password never shows.
TEST(ConnectionSpec, AnAddressWithThePasswordInItIsRefused)
{
    auto spec = ConnectionSpec::parse(u"postgresql://desk:secret@10.0.0.5:5433/fd"_s);
    ASSERT_FALSE(spec.ok());
    EXPECT_EQ(spec.error().field, u"database"_s);
    EXPECT_TRUE(spec.error().message.contains(u".pgpass"_s)) << spec.error().message.toStdString();
    EXPECT_FALSE(spec.error().message.contains(u"secret"_s));
}

// Issue 16: encryption is required off loopback only.
TEST(ConnectionSpec, OnlyThisComputersOwnAddressesAreLoopback)
{
    for (const char* local : {"postgresql://d@127.0.0.1/fd", "postgresql://d@localhost/fd", "postgresql://d@[::1]/fd",
                              "postgresql://d@127.0.1.1/fd"})
        EXPECT_TRUE(ConnectionSpec::parse(QString::fromLatin1(local)).value().isLoopback()) << local;
    for (const char* remote :
         {"postgresql://d@10.0.0.5/fd", "postgresql://d@db.example/fd", "postgresql://d@192.168.1.20:5432/fd"})
        EXPECT_FALSE(ConnectionSpec::parse(QString::fromLatin1(remote)).value().isLoopback()) << remote;
}

TEST(ConnectionSpec, EmptyOrBrokenAddressesAreRefusedWithAMessage)
{
    EXPECT_FALSE(ConnectionSpec::parse(u"  "_s).ok());
    auto broken = ConnectionSpec::parse(u"postgresql://"_s);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().field, u"database"_s);
}

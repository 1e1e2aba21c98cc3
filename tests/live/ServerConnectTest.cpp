// Issue 16, connecting a desk to the site's server: the password comes from ~/.pgpass (written with
// mode 0600) or a prompt, never from the command line or a log line; a pinned certificate makes the
// connection encrypted and made to that server only; a wrong password, an unreachable server and a
// certificate that is not the pinned one each get their own message. Against the real test server
// (scripts/pg-test-server: TLS on, passwords for every role but the superuser).
#include "../app/FrontDeskProcess.h"
#include "storage/Database.h"
#include "storage/PgPass.h"
#include "storage/ServerTrust.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

namespace {

class ServerConnectTest : public ::testing::Test
{
protected:
    // What this test changes of the environment, as it was (restored even when the test skips).
    ServerConnectTest()
        : m_savedData(qgetenv("FRONTDESK_DATA_DIR")), m_savedPgpass(qgetenv("PGPASSFILE")),
          m_savedPassword(qgetenv("PGPASSWORD")), m_savedService(qgetenv("PGSERVICE"))
    {}

    static void restore(const char* name, const QByteArray& value)
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }

    void SetUp() override
    {
        if (!TestDatabase::postgresRequested() || qEnvironmentVariableIsEmpty("FRONTDESK_TEST_PG_CERT"))
            GTEST_SKIP() << "needs the test server and its certificate (scripts/test sets FRONTDESK_TEST_PG_CERT)";
        // This workstation's pins and password file live in a folder of this test's own.
        ASSERT_TRUE(m_dir.isValid());
        qputenv("FRONTDESK_DATA_DIR", m_dir.filePath(u"data"_s).toUtf8());
        qputenv("PGPASSFILE", m_dir.filePath(u"pgpass"_s).toUtf8());
        qunsetenv("PGPASSWORD"); // libpq's other ways to a password would answer for the file
        qunsetenv("PGSERVICE");

        m_admin = ConnectionSpec::parse(qEnvironmentVariable("FRONTDESK_TEST_PG")).value();
        auto admin = Database::open(m_admin, Database::OpenMode::MustExist);
        ASSERT_TRUE(admin.ok()) << admin.error().message.toStdString();
        m_role = u"desk_%1"_s.arg(QRandomGenerator::global()->generate() % 1000000);
        ASSERT_TRUE(admin.value()->exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(m_role, m_password)).ok());
        ASSERT_TRUE(admin.value()->exec(u"CREATE DATABASE %1 OWNER %1"_s.arg(m_role)).ok());
        m_desk = m_admin;
        m_desk.user = m_role;
        m_desk.database = m_role;
    }

    void TearDown() override
    {
        if (!m_role.isEmpty())
            if (auto admin = Database::open(m_admin, Database::OpenMode::MustExist)) {
                (void)admin.value()->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_role));
                (void)admin.value()->exec(u"DROP ROLE IF EXISTS %1"_s.arg(m_role));
            }
        restore("FRONTDESK_DATA_DIR", m_savedData);
        restore("PGPASSFILE", m_savedPgpass);
        restore("PGPASSWORD", m_savedPassword);
        restore("PGSERVICE", m_savedService);
    }

    // The fingerprint as `openssl x509 -fingerprint -sha256` prints it (what scripts/site-server shows).
    static QString opensslFingerprint(const QString& certificate)
    {
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, certificate});
        EXPECT_TRUE(openssl.waitForFinished(10'000));
        return QString::fromUtf8(openssl.readAllStandardOutput()).trimmed();
    }

    QTemporaryDir m_dir;
    QByteArray m_savedData;
    QByteArray m_savedPgpass;
    QByteArray m_savedPassword;
    QByteArray m_savedService;
    ConnectionSpec m_admin;
    ConnectionSpec m_desk;
    QString m_role;
    QString m_password = u"Lobby-desk-7"_s;
};

TEST_F(ServerConnectTest, ThePinnedCertificateMakesTheConnectionEncryptedToThatServerOnly)
{
    const QString printed = opensslFingerprint(qEnvironmentVariable("FRONTDESK_TEST_PG_CERT"));
    ASSERT_TRUE(printed.startsWith(u"sha256 Fingerprint="_s, Qt::CaseInsensitive)) << printed.toStdString();

    // A fingerprint that differs in one pair pins nothing, and says what the server showed.
    QString other = printed;
    other[other.size() - 1] = other.endsWith(u'0') ? u'1' : u'0';
    auto refused = ServerTrust::pin(m_admin.host, m_admin.port, other);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"trust.mismatch"_s);
    EXPECT_EQ(refused.error().field, u"fingerprint"_s);
    EXPECT_TRUE(ServerTrust::pinnedCertificate(m_admin.host, m_admin.port).isEmpty());

    // The fingerprint as openssl printed it (its "sha256 Fingerprint=" and colons) pins the certificate.
    auto pinned = ServerTrust::pin(m_admin.host, m_admin.port, printed);
    ASSERT_TRUE(pinned.ok()) << pinned.error().message.toStdString();
    EXPECT_EQ(ServerTrust::pinnedCertificate(m_admin.host, m_admin.port), pinned.value());
    auto db = Database::open(m_admin, Database::OpenMode::MustExist);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_TRUE(db.value()->scalar(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s).value().toBool())
        << "a pinned server is reached over TLS";

    // Another server at that address (another certificate) is refused with its own message.
    const QString impostor = m_dir.filePath(u"impostor.crt"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                   u"/CN=localhost"_s, u"-keyout"_s, m_dir.filePath(u"impostor.key"_s), u"-out"_s, impostor});
    ASSERT_TRUE(openssl.waitForFinished(30'000));
    QFile::remove(pinned.value());
    ASSERT_TRUE(QFile::copy(impostor, pinned.value()));
    auto fooled = Database::open(m_admin, Database::OpenMode::MustExist);
    ASSERT_FALSE(fooled.ok());
    EXPECT_EQ(fooled.error().code, u"db.certificate"_s) << fooled.error().message.toStdString();
}

TEST_F(ServerConnectTest, AServerOnAnotherComputerIsNotReachedBeforeItsCertificateIsPinned)
{
    ConnectionSpec remote = m_desk;
    remote.host = u"10.255.255.1"_s; // never connected to: refused before any packet
    auto refused = Database::open(remote, Database::OpenMode::MustExist);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"db.unpinned"_s);
    EXPECT_TRUE(refused.error().message.contains(u"--trust-server"_s));
}

TEST_F(ServerConnectTest, AWrongPasswordAMissingOneAndAnUnreachableServerEachSaySo)
{
    auto missing = Database::open(m_desk, Database::OpenMode::MustExist);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, u"db.password_needed"_s) << missing.error().message.toStdString();

    ConnectionSpec wrong = m_desk;
    wrong.password = u"not-it"_s;
    auto refused = Database::open(wrong, Database::OpenMode::MustExist);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"db.password"_s) << refused.error().message.toStdString();
    EXPECT_EQ(refused.error().field, u"password"_s);
    EXPECT_FALSE(refused.error().message.contains(u"not-it"_s));

    ConnectionSpec away = m_desk;
    away.port = 1; // nothing listens there
    auto unreachable = Database::open(away, Database::OpenMode::MustExist);
    ASSERT_FALSE(unreachable.ok());
    EXPECT_EQ(unreachable.error().code, u"db.unreachable"_s) << unreachable.error().message.toStdString();
}

TEST_F(ServerConnectTest, ThePasswordSavedInPgpassIsReadableByThisUserOnlyAndIsWhatConnects)
{
    {
        // A line of the user's own for every server, which libpq would take first if ours came after it.
        QFile own(PgPass::path());
        ASSERT_TRUE(own.open(QIODevice::WriteOnly));
        own.write(QStringLiteral("*:*:*:%1:an-old-one\n").arg(m_role).toUtf8());
        own.close();
        QFile::setPermissions(PgPass::path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    ASSERT_TRUE(PgPass::save(m_desk, u"first-guess"_s).ok());
    ASSERT_TRUE(PgPass::save(m_desk, m_password).ok()) << "saved again: the line is replaced, not added";
    QFile file(PgPass::path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_EQ(text.count(u'\n'), 2) << text.toStdString();
    EXPECT_FALSE(text.contains(u"first-guess"_s));
    EXPECT_TRUE(text.endsWith(u"an-old-one\n"_s)) << "the user's own line is kept, after ours";
    struct stat st
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(PgPass::path()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600);
    EXPECT_TRUE(PgPass::has(m_desk));

    auto db = Database::open(m_desk, Database::OpenMode::MustExist); // no password in the spec
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->scalar(u"SELECT current_user"_s).value().toString(), m_role);
}

TEST_F(ServerConnectTest, TheCommandLineRefusesAPasswordInTheAddressAndTakesItFromPgpass)
{
    FrontDeskProcess frontdesk;
    const QString withPassword = u"postgresql://%1:%2@%3:%4/%1"_s.arg(m_role, m_password, m_desk.host).arg(m_desk.port);
    const auto refused = frontdesk.run({u"--database"_s, withPassword, u"--check"_s});
    EXPECT_EQ(refused.exitCode, 2) << refused.all().toStdString();
    EXPECT_TRUE(refused.err.contains(u".pgpass"_s)) << refused.err.toStdString();

    // Without ~/.pgpass and without a terminal to ask at (standard input is a command's own), it says
    // where the password goes and does not take the input's first line for it.
    const QString address = u"postgresql://%1@%2:%3/%1"_s.arg(m_role, m_desk.host).arg(m_desk.port);
    const auto unasked = frontdesk.run({u"--database"_s, address, u"--check"_s}, (m_password + u"\n"_s).toUtf8());
    EXPECT_EQ(unasked.exitCode, 1) << unasked.all().toStdString();
    EXPECT_TRUE(unasked.err.contains(u"~/.pgpass"_s)) << unasked.err.toStdString();

    // With the password in ~/.pgpass the command runs on the server, and the password is never logged.
    ASSERT_TRUE(PgPass::save(m_desk, m_password).ok());
    const auto checked = frontdesk.run({u"--database"_s, address, u"--check"_s});
    EXPECT_FALSE(checked.all().contains(u"password"_s, Qt::CaseInsensitive)) << checked.all().toStdString();
    QFile log(frontdesk.path(u"logs/frontdesk.log"_s));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    EXPECT_TRUE(logged.contains((u"opened postgres database "_s + address).toUtf8())) << logged.toStdString();
    EXPECT_FALSE(logged.contains(m_password.toUtf8())) << "the password is never logged";
}

} // namespace

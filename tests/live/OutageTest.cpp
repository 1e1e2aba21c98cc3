// Issue 16, outages: the site's server goes away while a clerk is typing. Within 5 s a banner says
// so; a save is refused with a message and the form keeps everything; when the server is back the
// desk reconnects by itself, refreshes fully, and the same form saves. The server is stopped and
// started for real (a private test server: the shared one never goes away).
#include "PrivateServer.h"

#include "../gui/GuiTestSupport.h"
#include "desk/Services.h"
#include "engine/ChangeFeed.h"
#include "engine/SiteConnection.h"
#include "gui/ServerBanner.h"
#include "modules/intake/IntakePage.h"
#include "modules/intake/IntakeService.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

class OutageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!TestDatabase::postgresRequested())
            GTEST_SKIP() << "an outage of the site's PostgreSQL server: set FRONTDESK_TEST_PG";
        ASSERT_TRUE(server.start());
        // The TestHost's database is made on the private server.
        const QByteArray shared = qgetenv("FRONTDESK_TEST_PG");
        qputenv("FRONTDESK_TEST_PG", server.address().toUtf8());
        host = std::make_unique<TestHost>(u"postgres"_s);
        qputenv("FRONTDESK_TEST_PG", shared);
        importSample(*host);
        clerk = host->signedIn(Role::Clerk, u"li.na"_s);
        intake = std::make_unique<IntakeService>(host->db(), host->clock(), host->services().audit,
                                                 host->services().tickets);

        window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(window.get());
        banner = new ServerBanner(host->services().connection, host->clock(), window.get());
        page = new IntakePage(*intake, host->services().registry, host->services().rules, host->clock(), window.get());
        layout->addWidget(banner);
        layout->addWidget(page);
        page->setSession(clerk);
        window->resize(1000, 760);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));

        QSignalSpy listening(&host->services().connection, &SiteConnection::listening);
        host->services().connection.start(250);
        ASSERT_TRUE(listening.wait(5000));
    }

    void TearDown() override
    {
        window.reset();
        intake.reset();
        if (host) {
            host->services().connection.stop();
            (void)server.start(); // the test's database is dropped on the server it was made on
            const QByteArray shared = qgetenv("FRONTDESK_TEST_PG");
            qputenv("FRONTDESK_TEST_PG", server.address().toUtf8());
            host.reset();
            qputenv("FRONTDESK_TEST_PG", shared);
        }
    }

    PrivateServer server;
    std::unique_ptr<TestHost> host;
    std::unique_ptr<IntakeService> intake;
    Session clerk;
    std::unique_ptr<QWidget> window;
    ServerBanner* banner = nullptr;
    IntakePage* page = nullptr;
};

TEST_F(OutageTest, TheBannerSaysTheServerIsGoneTheFormKeepsItsInputAndSavesOnceTheServerIsBack)
{
    type(child<QLineEdit>(page, "unitPickerEdit"), u"3-1-502"_s);
    QTest::keyClick(child<QLineEdit>(page, "unitPickerEdit"), Qt::Key_Return);
    type(child<QPlainTextEdit>(page, "intakeTextEdit"), u"建议在东门加装雨棚"_s);
    QTest::keyClick(page, 'q', Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QRadioButton>(page, "intakeClass_request")->isChecked(); }, 2000));
    EXPECT_FALSE(banner->isVisible());

    SiteConnection& link = host->services().connection;
    QSignalSpy offline(&link, &SiteConnection::wentOffline);
    QSignalSpy online(&link, &SiteConnection::backOnline);
    QSignalSpy changes(&host->services().changes, &ChangeFeed::changed);
    QElapsedTimer noticed;
    ASSERT_TRUE(server.stop());
    noticed.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, 5000)) << "no banner within 5 s";
    EXPECT_LE(noticed.elapsed(), 5000);
    EXPECT_EQ(offline.count(), 1);
    EXPECT_TRUE(banner->text().contains(u"cannot be reached"_s)) << banner->text().toStdString();

    // The save is refused with a message, and nothing typed is lost.
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(labelText(page, "intakeFormError").contains(u"connection to the database server is lost"_s))
        << labelText(page, "intakeFormError").toStdString();
    EXPECT_EQ(page->form().description, u"建议在东门加装雨棚"_s);
    EXPECT_EQ(page->form().intakeClass, IntakeClass::Request);

    // The server is back: the desk reconnects by itself and every page refreshes fully.
    ASSERT_TRUE(server.start());
    ASSERT_TRUE(online.count() > 0 || online.wait(10'000)) << "the desk did not reconnect";
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            QList<Change> all;
            for (const QList<QVariant>& call : changes)
                all += call.at(0).value<QList<Change>>();
            return ChangeFeed::isEverything(all);
        },
        2000));
    EXPECT_EQ(page->form().description, u"建议在东门加装雨棚"_s);
    ASSERT_TRUE(page->save()) << labelText(page, "intakeFormError").toStdString();
    EXPECT_EQ(host->db().scalar(u"SELECT description FROM tickets WHERE kind = 'request'"_s).value().toString(),
              u"建议在东门加装雨棚"_s);
}

} // namespace

} // namespace fd::test

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
#include "storage/LocalDrafts.h"

#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
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
        intake->keepLocally(&drafts); // as ServiceHost does, in a folder of the test's own

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

    // A page as a window opened anew shows it (the desk restarted).
    IntakePage* reopenedPage()
    {
        delete page;
        page = new IntakePage(*intake, host->services().registry, host->services().rules, host->clock(), window.get());
        window->layout()->addWidget(page);
        page->setSession(clerk);
        return page;
    }

    bool stopAndWaitForBanner()
    {
        if (!server.stop())
            return false;
        return QTest::qWaitFor([&] { return banner->isVisible(); }, 5000);
    }

    PrivateServer server;
    QTemporaryDir folder;
    LocalDrafts drafts{folder.path()};
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

TEST_F(OutageTest, WhatIsTypedWhileTheServerIsAwayIsKeptOnThisComputerAndRestoredAfterARestart)
{
    // Issue 16, "drafts are local": the server is away, the clerk types, and the window is closed
    // (or the computer restarts) before the server is back. Nothing typed is lost.
    ASSERT_TRUE(stopAndWaitForBanner()) << "no banner within 5 s";
    type(child<QPlainTextEdit>(page, "intakeTextEdit"), u"三号楼东侧路灯不亮"_s);
    const QString file = drafts.fileOf(u"intake"_s, clerk.user.id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(file); }, IntakePage::DraftDelayMs + 2000))
        << "the draft was not kept on this computer";
    EXPECT_EQ(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions())
        << "a draft holds customers' details: this account's only";
    EXPECT_FALSE(labelText(page, "intakeStatus").contains(u"could not be kept"_s));

    // The window opened again while the server is still away: the form is as it was.
    EXPECT_EQ(reopenedPage()->form().description, u"三号楼东侧路灯不亮"_s);

    // The server is back and the desk starts again: this computer's draft is the newer one.
    SiteConnection& link = host->services().connection;
    QSignalSpy online(&link, &SiteConnection::backOnline);
    ASSERT_TRUE(server.start());
    ASSERT_TRUE(online.count() > 0 || online.wait(10'000)) << "the desk did not reconnect";
    EXPECT_EQ(reopenedPage()->form().description, u"三号楼东侧路灯不亮"_s);

    // The next draft goes to the server again, and this computer's copy goes.
    type(child<QPlainTextEdit>(page, "intakeTextEdit"), u"，已报两次"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !QFile::exists(file); }, IntakePage::DraftDelayMs + 2000))
        << "the draft on this computer stayed after the server took the newer one";
    auto onServer = intake->draft(clerk);
    ASSERT_TRUE(onServer.ok());
    const QString description = onServer.value().value(u"description"_s).toString();
    EXPECT_TRUE(description.contains(u"三号楼东侧路灯不亮"_s) && description.contains(u"已报两次"_s))
        << description.toStdString();
}

} // namespace

} // namespace fd::test

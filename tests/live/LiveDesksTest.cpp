// Issue 16, live: a change committed on one desk reaches every other desk's open pages within a
// second, over LISTEN/NOTIFY; an acknowledgement on one desk clears the reminder on the others; a
// dropped listening connection comes back by itself and asks for a full refresh.
#include "LiveDesks.h"

#include "../gui/GuiTestSupport.h"

#include "app/StandardPages.h"
#include "engine/AuditLog.h"
#include "engine/reminders/ReminderEngine.h"
#include "engine/tickets/TicketService.h"
#include "gui/MainWindow.h"
#include "modules/parcels/ParcelService.h"
#include "modules/parcels/ParcelsPage.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

namespace {

class LiveDesksTest : public LiveDesks
{
protected:
    // Desk B's window as the person signed in there has it, on one page.
    std::unique_ptr<MainWindow> windowAtB(const Session& who, const QString& page)
    {
        auto window = std::make_unique<MainWindow>(b->services(), standardPages(), who, b->db().spec().display());
        window->resize(1280, 800);
        window->show();
        window->showPage(page);
        return window;
    }
};

TEST_F(LiveDesksTest, ATicketOpenedOnOneDeskReachesTheOtherDeskWithinASecondAndOnlyOnce)
{
    const Session clerk = a->signedIn(Role::Clerk, u"li.na"_s);
    QCoreApplication::processEvents();
    QSignalSpy atA(&a->services().changes, &ChangeFeed::changed);
    QSignalSpy atB(&b->services().changes, &ChangeFeed::changed);

    QElapsedTimer took;
    took.start();
    auto opened = a->services().tickets.open(clerk, repair());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    const qint64 id = opened.value().id;
    while (!has(caught(atB), u"ticket"_s, id) && took.elapsed() < 1000)
        atB.wait(50);
    EXPECT_TRUE(has(caught(atB), u"ticket"_s, id)) << "desk B did not hear of desk A's ticket within a second";
    EXPECT_LT(took.elapsed(), 1000);

    // Desk A published its own change at its commit; its listener does not hand it back a second time.
    atA.wait(300);
    int batches = 0;
    for (const QList<QVariant>& call : atA)
        batches += has(call.at(0).value<QList<Change>>(), u"ticket"_s, id) ? 1 : 0;
    EXPECT_EQ(batches, 1);
}

TEST_F(LiveDesksTest, TheOtherDesksRepairsPageShowsTheNewRepairWithinASecond)
{
    // A repair opened on another computer shows on this desk's repairs page as it is (the page follows
    // the feed, which the listener fills with the other desk's changes).
    const Session lobby = a->signedIn(Role::Clerk, u"li.na"_s);
    const Session counter = a->signedIn(Role::Clerk, u"wang.fang"_s);
    auto window = windowAtB(counter, u"repairs"_s);
    auto* table = window->findChild<QTableView*>(u"repairTable"_s);
    ASSERT_NE(table, nullptr);
    QCoreApplication::processEvents();
    const int before = table->model()->rowCount();

    QElapsedTimer took;
    took.start();
    ASSERT_TRUE(a->services().tickets.open(lobby, repair()).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == before + 1; }, 1000))
        << "the other desk's repairs page did not show the new repair within a second";
}

TEST_F(LiveDesksTest, TheOtherCountersParcelListShowsABatchReceivedHereWithinASecond)
{
    // R-PS-4 at two counters: a courier's batch received at the lobby desk is on the second counter's
    // list of waiting parcels as it is (a page in front follows the kinds it shows, PageEntry::follows).
    importSample(*a);
    const Session lobby = a->signedIn(Role::Clerk, u"li.na"_s);
    const Session counter = a->signedIn(Role::Clerk, u"wang.fang"_s);
    auto window = windowAtB(counter, u"parcels"_s);
    auto* page = window->findChild<ParcelsPage*>();
    ASSERT_NE(page, nullptr);
    page->findChild<QTabWidget*>(u"parcelTabs"_s)->setCurrentIndex(1);
    auto* table = page->findChild<QTableView*>(u"parcelTable"_s);
    QCoreApplication::processEvents();
    const int before = table->model()->rowCount();
    const qint64 unit = a->db().scalar(u"SELECT MIN(id) FROM units"_s).value().toLongLong();

    QElapsedTimer took;
    took.start();
    ASSERT_TRUE(a->services().parcels.receive(lobby, {u"顺丰"_s, {ParcelLine{.unitId = unit}}}).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == before + 1; }, 1000))
        << "the other counter's parcel list did not show the batch within a second";
}

TEST_F(LiveDesksTest, ADesksOwnConnectionDroppedAloneIsOpenedAgainBetweenSaves)
{
    // The server ended desk B's own connection (an IT person, a hiccup during one save) while its
    // listener stayed: desk B finds it within seconds and saves again without a restart.
    const Session clerk = a->signedIn(Role::Clerk, u"li.na"_s);
    const qint64 own = b->db().scalar(u"SELECT pg_backend_pid()"_s).value().toLongLong();
    const quint64 serial = b->db().connectionSerial();
    ASSERT_TRUE(a->db().exec(u"SELECT pg_terminate_backend(?)"_s, {own}).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return b->db().connectionSerial() > serial; }, 8000))
        << "desk B's own connection was not opened again";
    EXPECT_TRUE(b->services().connection.online());
    auto opened = b->services().tickets.open(clerk, repair());
    EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
}

TEST_F(LiveDesksTest, ARolledBackChangeReachesNoDesk)
{
    QCoreApplication::processEvents();
    QSignalSpy atB(&b->services().changes, &ChangeFeed::changed);
    {
        Transaction tx(a->db());
        ASSERT_TRUE(a->services().audit.append(a->admin(), u"ticket"_s, 901, u"closed"_s, {}, {}).ok());
    } // rolled back
    {
        Transaction tx(a->db());
        ASSERT_TRUE(a->services().audit.append(a->admin(), u"ticket"_s, 902, u"closed"_s, {}, {}).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_TRUE(atB.wait(1000));
    atB.wait(200);
    EXPECT_TRUE(has(caught(atB), u"ticket"_s, 902));
    EXPECT_FALSE(has(caught(atB), u"ticket"_s, 901)) << "a rollback sends nothing";
}

TEST_F(LiveDesksTest, AReportAcknowledgedOnOneDeskLeavesTheOtherDesksRemindersWithinASecond)
{
    // R-IN-2: an urgent repair is reported to the supervisor at once; two supervisors' desks show the
    // report, one of them confirms it, and it goes from the other desk's reminders too.
    const Session clerk = a->signedIn(Role::Clerk, u"li.na"_s);
    const Session supervisor = a->signedIn(Role::Supervisor, u"zhou.zg"_s);
    auto opened = a->services().tickets.open(clerk, repair(true));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    const qint64 now = a->clock().nowMs();
    ASSERT_TRUE(a->services().reminders.advance(now).ok());
    ASSERT_TRUE(b->services().reminders.advance(now).ok());
    auto report = [](ReminderEngine& engine) -> qint64 {
        for (const Reminder& r : engine.pending())
            if (r.due == ReminderDue::Report)
                return r.id;
        return 0;
    };
    const qint64 id = report(a->services().reminders);
    ASSERT_NE(id, 0);
    ASSERT_EQ(report(b->services().reminders), id) << "both desks show the one report (raised once)";
    EXPECT_EQ(a->db().scalar(u"SELECT COUNT(*) FROM reminders WHERE due = 'report'"_s).value().toInt(), 1);

    QCoreApplication::processEvents();
    QSignalSpy atB(&b->services().changes, &ChangeFeed::changed);
    QElapsedTimer took;
    took.start();
    ASSERT_TRUE(a->services().reminders.service().acknowledge(supervisor, id).ok());
    while (!has(caught(atB), u"reminder"_s, id) && took.elapsed() < 1000)
        atB.wait(50);
    ASSERT_TRUE(has(caught(atB), u"reminder"_s, id)) << "desk B did not hear of the acknowledgement within a second";
    // What desk B's window does on the change (ReminderController ticks its scheduler): the report is gone.
    ASSERT_TRUE(b->services().reminders.advance(now).ok());
    EXPECT_EQ(report(b->services().reminders), 0);
}

TEST_F(LiveDesksTest, ADroppedListenerComesBackByItselfAndAsksEveryPageToRefresh)
{
    // Notifications are not replayed: what desk A saved while desk B was not listening is found by a
    // full refresh once desk B listens again.
    SiteConnection& link = b->services().connection;
    const qint64 pid = link.listenerProcessId();
    ASSERT_NE(pid, 0);
    QCoreApplication::processEvents();
    QSignalSpy offline(&link, &SiteConnection::wentOffline);
    QSignalSpy online(&link, &SiteConnection::backOnline);
    QSignalSpy atB(&b->services().changes, &ChangeFeed::changed);
    ASSERT_TRUE(a->db().exec(u"SELECT pg_terminate_backend(?)"_s, {pid}).ok());
    ASSERT_TRUE(offline.wait(5000)) << "the lost connection was not noticed";
    EXPECT_FALSE(link.online());
    ASSERT_TRUE(online.count() > 0 || online.wait(5000)) << "the desk did not reconnect";
    EXPECT_TRUE(link.online());
    ASSERT_TRUE(atB.count() > 0 || atB.wait(1000));
    EXPECT_TRUE(ChangeFeed::isEverything(caught(atB)));
    EXPECT_NE(link.listenerProcessId(), pid);

    // And it listens again: the next change arrives as before.
    atB.clear();
    const Session clerk = a->signedIn(Role::Clerk, u"li.na"_s);
    auto opened = a->services().tickets.open(clerk, repair());
    ASSERT_TRUE(opened.ok());
    QElapsedTimer took;
    took.start();
    while (!has(caught(atB), u"ticket"_s, opened.value().id) && took.elapsed() < 1000)
        atB.wait(50);
    EXPECT_TRUE(has(caught(atB), u"ticket"_s, opened.value().id));
    // Desk B's own connection works after the reopen.
    EXPECT_TRUE(b->db().scalar(u"SELECT COUNT(*) FROM tickets"_s).ok());
}

} // namespace

// Issue 5 "With the rest of the product": the desk's logs inside the window — a visitor's overstay
// reminder opens the visit, a stored item is found by its tag and opens on its tab, and what is
// still open goes on the handover sheet.
#include "GuiTestSupport.h"

#include "app/StandardPages.h"
#include "core/MinuteTick.h"
#include "desk/Services.h"
#include "engine/reminders/ReminderScheduler.h"
#include "engine/shifts/ShiftService.h"
#include "gui/MainWindow.h"
#include "gui/NavigationPanel.h"
#include "gui/ReminderController.h"
#include "gui/ReminderPanel.h"
#include "modules/lobby/LobbyLogsPage.h"
#include "modules/parcels/ParcelService.h"
#include "modules/parcels/ParcelsPage.h"
#include "modules/search/GlobalSearch.h"
#include "modules/storeditems/StoredItemService.h"
#include "modules/storeditems/StoredItemsPage.h"
#include "modules/visitors/VisitorService.h"
#include "modules/visitors/VisitorsPage.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class LobbyLogsWindowTest : public ::testing::Test
{
protected:
    TestHost host;
    Session clerk;
    std::unique_ptr<MainWindow> window;

    void SetUp() override
    {
        importSample(host);
        host.clock().set(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        clerk = host.signedIn(Role::Clerk, u"li.na"_s);
        window = std::make_unique<MainWindow>(host.services(), standardPages(), clerk, u"desk.sqlite"_s);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    qint64 unit(const QString& code)
    {
        auto found = host.services().registry.search(clerk, code);
        return found.ok() && !found.value().isEmpty() ? found.value().first().unit.id : 0;
    }

    Visit checkIn(const QString& name, const QString& plate)
    {
        VisitorCheckIn form;
        form.visitorName = name;
        form.unitId = unit(u"3-1-502"_s);
        form.hostName = u"张三"_s;
        form.purpose = u"探亲"_s;
        form.plate = plate;
        auto v = host.services().visitors.checkIn(clerk, form);
        EXPECT_TRUE(v.ok()) << (v.ok() ? std::string() : v.error().message.toStdString());
        return v.ok() ? v.value() : Visit{};
    }

    StoredItem deposit()
    {
        DepositRequest d;
        d.depositorName = u"李四"_s;
        d.depositorPhone = u"13800002222"_s;
        d.unitId = unit(u"3-1-501"_s);
        d.lines = {{u"行李箱"_s, 1, u"完好"_s}};
        d.shelf = u"A-3"_s;
        d.expectedPickupMs = host.clock().nowMs() + 8 * 3'600'000LL;
        d.signature.signer = d.depositorName;
        d.signature.waivedReason = QString::fromLatin1(Signature::OnPaper);
        auto item = host.services().storedItems.deposit(clerk, d);
        EXPECT_TRUE(item.ok()) << (item.ok() ? std::string() : item.error().message.toStdString());
        return item.ok() ? item.value() : StoredItem{};
    }
};

// R-VS-3: 1.5 hours after entering, the desk is reminded to confirm with the resident; the line
// opens the visit on the Visitors page, and confirming there ends the reminder.
TEST_F(LobbyLogsWindowTest, AnOverstayReminderOpensTheVisitAndConfirmingEndsIt)
{
    const Visit visit = checkIn(u"王伟"_s, u"沪A12345"_s);
    auto* list = child<QListWidget>(window->reminders(), "reminderList");
    host.clock().advanceMinutes(91);
    window->reminderController()->scheduler()->tick();
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains(u"王伟"_s)) << list->item(0)->text().toStdString();

    emit list->itemActivated(list->item(0));
    EXPECT_EQ(window->currentPage(), u"visitors"_s);
    EXPECT_EQ(window->findChild<VisitorsPage*>()->selectedVisitId(), visit.id);

    window->findChild<VisitorsPage*>()->confirmSelected();
    // The confirmation reaches the engine through the change feed, after the save's own event.
    EXPECT_TRUE(QTest::qWaitFor([&] { return list->count() == 0; }, 5000)) << list->count();
}

// Issue 5: search finds visitors by plate and stored items by tag, and opens them where they live.
TEST_F(LobbyLogsWindowTest, SearchFindsAPlateAndATagAndOpensThem)
{
    const Visit visit = checkIn(u"赵敏"_s, u"苏E88888"_s);
    const StoredItem item = deposit();

    window->showPage(u"home"_s);
    emit qobject_cast<GlobalSearch*>(window->globalSearch())->recordChosen(u"stored_item"_s, item.id);
    EXPECT_EQ(window->currentPage(), u"parcels"_s);
    EXPECT_EQ(window->findChild<LobbyLogsPage*>()->storedItems()->selectedItemId(), item.id);

    auto hits = host.services().search.find(clerk, item.tag);
    ASSERT_TRUE(hits.ok());
    ASSERT_FALSE(hits.value().isEmpty());
    EXPECT_EQ(hits.value().first().kind, u"stored_item"_s);
    hits = host.services().search.find(clerk, u"E88888"_s);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits.value().size(), 1);
    EXPECT_EQ(hits.value().first().refId, visit.id);
}

// R-SH-2: a visitor inside and an item held are on the leaving clerk's handover sheet.
TEST_F(LobbyLogsWindowTest, WhatIsStillOpenGoesOnTheHandoverSheet)
{
    ShiftService& shifts = host.services().shifts;
    auto posts = shifts.posts();
    ASSERT_TRUE(posts.ok());
    qint64 desk = 0;
    for (const Post& p : posts.value())
        if (!p.isControlRoom && desk == 0)
            desk = p.id;
    auto shift = shifts.startShift(clerk, desk);
    ASSERT_TRUE(shift.ok()) << shift.error().message.toStdString();
    checkIn(u"王伟"_s, {});
    const StoredItem item = deposit();
    host.clock().advanceMinutes(60);
    auto sheet = shifts.endShift(clerk, shift.value().id, {});
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    QStringList sources;
    QString text;
    for (const HandoverItem& line : sheet.value().items) {
        sources << line.source;
        text += line.text + u'\n';
    }
    EXPECT_TRUE(sources.contains(u"visitors"_s)) << text.toStdString();
    EXPECT_TRUE(sources.contains(u"storage"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"王伟"_s));
    EXPECT_TRUE(text.contains(item.tag));
}

// Ctrl+7 and Ctrl+8 reach the lobby's pages; the three logs of things are one tab each.
TEST_F(LobbyLogsWindowTest, TheLobbyPagesAreOneKeyAway)
{
    QTest::keyClick(window.get(), Qt::Key_7, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), u"visitors"_s);
    QTest::keyClick(window.get(), Qt::Key_8, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), u"parcels"_s);
    auto* tabs = child<QTabWidget>(window->findChild<LobbyLogsPage*>(), "lobbyLogsTabs");
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->count(), 3);
}

// Issue 16: what another desk saves shows on the page in front within the second, and what this
// desk has chosen or typed stays. R-PS-4: parcels chosen for a pickup stay chosen while a courier's
// batch is received at the other counter; one the other counter handed over drops out of the choice.
TEST_F(LobbyLogsWindowTest, ParcelsSavedAtAnotherDeskShowAndTheChosenOnesStayChosen)
{
    const Session counter = host.signedIn(Role::Clerk, u"wang.fang"_s);
    ParcelService& parcels = host.services().parcels;
    auto receive = [&](int count) {
        ParcelBatchInput batch{u"顺丰"_s, {}};
        for (int i = 0; i < count; ++i)
            batch.lines << ParcelLine{.unitId = unit(u"3-1-501"_s), .tracking = u"SF%1"_s.arg(i)};
        auto b = parcels.receive(counter, batch);
        EXPECT_TRUE(b.ok()) << (b.ok() ? std::string() : b.error().message.toStdString());
        return b.ok() ? b.value().parcelIds : QList<qint64>{};
    };
    const QList<qint64> first = receive(2);
    ASSERT_EQ(first.size(), 2);
    window->showPage(u"parcels"_s);
    auto* page = window->findChild<ParcelsPage*>();
    child<QTabWidget>(page, "parcelTabs")->setCurrentIndex(1);
    auto* table = child<QTableView>(page, "parcelTable");
    QCoreApplication::processEvents();
    ASSERT_EQ(table->model()->rowCount(), 2);
    table->selectAll();
    ASSERT_EQ(page->selectedParcelIds(), first);
    type(child<QLineEdit>(page, "collectorEdit"), u"李四"_s);

    receive(1); // the other counter
    EXPECT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 3; }, 1000))
        << "the batch received at the other counter did not show within a second";
    EXPECT_EQ(page->selectedParcelIds(), first) << "the parcels chosen for the pickup are still chosen";
    EXPECT_EQ(child<QLineEdit>(page, "collectorEdit")->text(), u"李四"_s);

    Signature onPaper;
    onPaper.signer = u"李四"_s;
    onPaper.waivedReason = QString::fromLatin1(Signature::OnPaper);
    ASSERT_TRUE(parcels.pickUp(counter, {first.first()}, onPaper).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 2; }, 1000));
    EXPECT_EQ(page->selectedParcelIds(), QList<qint64>{first.last()})
        << "the parcel handed over at the other counter is no longer chosen";
}

// R-PS-2: the note of how the customer was reminded stays while it is typed, whatever the minute or
// another desk does, and is saved with the reminder.
TEST_F(LobbyLogsWindowTest, ANoteTypedForAStoredItemStaysThroughTheMinuteAndOtherDesksSaves)
{
    const StoredItem item = deposit();
    host.clock().advanceMinutes(9 * 60); // past its expected pickup
    emit qobject_cast<GlobalSearch*>(window->globalSearch())->recordChosen(u"stored_item"_s, item.id);
    auto* page = window->findChild<LobbyLogsPage*>()->storedItems();
    ASSERT_EQ(page->selectedItemId(), item.id);
    auto* note = child<QLineEdit>(page, "remindNote");
    ASSERT_TRUE(note->isVisibleTo(page)) << "the item is overdue: the reminder's fields show";
    type(note, u"电话通知，今晚来取"_s);

    host.clock().advanceMinutes(1);
    host.services().minuteTick.tick();
    auto* table = child<QTableView>(page, "storageTable");
    const int before = table->model()->rowCount();
    deposit(); // another desk
    EXPECT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == before + 1; }, 1000))
        << "the item deposited at another desk did not show within a second";
    EXPECT_EQ(page->selectedItemId(), item.id);
    EXPECT_EQ(note->text(), u"电话通知，今晚来取"_s) << "the minute and the other desk's save kept the note";

    QTest::mouseClick(child<QPushButton>(page, "remindCustomer"), Qt::LeftButton);
    EXPECT_EQ(host.db()
                  .scalar(u"SELECT COUNT(*) FROM stored_item_events WHERE item_id = ? AND kind = 'reminded' "
                          "AND note = ?"_s,
                          {item.id, u"电话通知，今晚来取"_s})
                  .value()
                  .toInt(),
              1);
    EXPECT_TRUE(note->text().isEmpty()) << "saved: the field is empty for the next reminder";
}

// R-VS-2: a visitor let in at the other entrance shows among those inside, the one chosen here stays.
TEST_F(LobbyLogsWindowTest, AVisitorLetInAtAnotherDeskShowsAndTheChosenVisitStays)
{
    const Visit first = checkIn(u"王伟"_s, {});
    window->showPage(u"visitors"_s);
    auto* page = window->findChild<VisitorsPage*>();
    page->showRecord(first.id);
    ASSERT_EQ(page->selectedVisitId(), first.id);
    auto* table = child<QTableView>(page, "visitorInsideTable");
    const int before = table->model()->rowCount();

    checkIn(u"赵敏"_s, {}); // the other entrance
    EXPECT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == before + 1; }, 1000))
        << "the visitor let in at the other desk did not show within a second";
    EXPECT_EQ(page->selectedVisitId(), first.id);
}

} // namespace
} // namespace fd::test

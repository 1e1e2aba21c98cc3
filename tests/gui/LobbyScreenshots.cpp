// Screenshots of the desk's logs inside the window, in Chinese, for docs/screenshots: the visitors
// page with an overstay reminder, and the three tabs of storage and mail, on a morning at 翠湖花园.
#include "NightShiftSetup.h"

#include "app/StandardPages.h"
#include "engine/reminders/ReminderScheduler.h"
#include "gui/MainWindow.h"
#include "gui/ReminderController.h"
#include "modules/lobby/LobbyLogsPage.h"
#include "modules/parcels/ParcelService.h"
#include "modules/parcels/ParcelsPage.h"
#include "modules/storeditems/StoredItemService.h"
#include "modules/tools/ToolService.h"
#include "modules/visitors/VisitorService.h"
#include "support/Screenshots.h"

#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class LobbyWindow : public ::testing::Test
{
protected:
    TestHost host;
    std::unique_ptr<NightShiftSetup> night;
    std::unique_ptr<MainWindow> window;

    void SetUp() override
    {
        night = std::make_unique<NightShiftSetup>(host);
        night->setTime(8, 40);
        night->start(night->day, night->desk);
    }

    void open()
    {
        window = std::make_unique<MainWindow>(host.services(), standardPages(), night->day,
                                              u"/var/lib/frontdesk/frontdesk.sqlite"_s);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->reminderController()->scheduler()->tick();
    }

    void visitor(const QString& name, const QString& unit, const QString& host_, const QString& purpose,
                 const QString& plate = {}, int people = 1)
    {
        VisitorCheckIn form;
        form.visitorName = name;
        form.phone = u"1391234%1"_s.arg(qHash(name) % 10000, 4, 10, QChar(u'0'));
        form.partySize = people;
        form.unitId = night->unitId(unit);
        form.hostName = host_;
        form.purpose = purpose;
        form.plate = plate;
        ASSERT_TRUE(host.services().visitors.checkIn(night->day, form).ok());
    }

    Signature onPaper(const QString& who)
    {
        Signature s;
        s.signer = who;
        s.waivedReason = QString::fromLatin1(Signature::OnPaper);
        return s;
    }
};

TEST_F(LobbyWindow, VisitorsWithAnOverstayReminder)
{
    visitor(u"王伟"_s, u"3-1-502"_s, u"张三"_s, u"探亲"_s, u"沪A12345"_s, 2);
    night->setTime(9, 20);
    visitor(u"周师傅"_s, u"3-1-601"_s, u"钱七"_s, u"上门安装空调"_s, {}, 2);
    night->setTime(9, 45);
    visitor(u"刘女士"_s, u"3-1-701"_s, u"周九"_s, u"家政保洁"_s);
    NewInstruction note;
    note.unitId = night->unitId(u"3-1-502"_s);
    note.kind = InstructionKind::Refuse;
    note.text = u"业主交代：推销人员一律不予放行"_s;
    ASSERT_TRUE(host.services().visitors.addInstruction(night->day, note).ok());
    night->setTime(10, 15); // 王伟 has been inside for 95 minutes (R-VS-3)
    open();
    window->showPage(u"visitors"_s);
    EXPECT_FALSE(Screenshots::save(window.get(), u"visitors"_s).isEmpty());
}

TEST_F(LobbyWindow, ParcelsStoredItemsAndTools)
{
    ParcelService& parcels = host.services().parcels;
    ParcelBatchInput sf{
        u"顺丰"_s,
        {{night->unitId(u"3-1-502"_s), 2, ParcelKind::Parcel, u"SF1400288812"_s, false, {}},
         {night->unitId(u"3-1-601"_s), 1, ParcelKind::Parcel, u"SF1400288830"_s, true, u"外箱一角压扁"_s},
         {night->unitId(u"3-1-701"_s), 1, ParcelKind::Letter, {}, false, {}}}};
    ASSERT_TRUE(parcels.receive(night->day, sf).ok());
    ParcelBatchInput jd{u"京东"_s,
                        {{night->unitId(u"5-2-101"_s), 3, ParcelKind::Parcel, u"JD0098812733"_s, false, {}}}};
    ASSERT_TRUE(parcels.receive(night->day, jd).ok());

    DepositRequest d;
    d.depositorName = u"李四"_s;
    d.depositorPhone = u"13800002222"_s;
    d.unitId = night->unitId(u"3-1-501"_s);
    d.lines = {{u"行李箱"_s, 1, u"完好"_s}, {u"纸箱"_s, 2, u"外箱破损"_s}};
    d.shelf = u"A-3"_s;
    d.expectedPickupMs = night->at(18, 0).toMSecsSinceEpoch();
    d.signature = onPaper(d.depositorName);
    auto item = host.services().storedItems.deposit(night->day, d);
    ASSERT_TRUE(item.ok());

    ToolService& tools = host.services().tools;
    auto ladder = tools.addTool(night->supervisor, u"人字梯"_s, u"T-01"_s, 2);
    ASSERT_TRUE(ladder.ok()) << ladder.error().message.toStdString();
    ASSERT_TRUE(tools.addTool(night->supervisor, u"电钻"_s, u"T-02"_s, 1).ok());
    ToolLendRequest lend;
    lend.toolId = ladder.value().id;
    lend.unitId = night->unitId(u"3-1-602"_s);
    lend.borrowerName = u"孙八"_s;
    lend.borrowerPhone = u"13800005555"_s;
    lend.signature = onPaper(lend.borrowerName);
    ASSERT_TRUE(tools.lend(night->day, lend).ok());

    night->setTime(10, 30);
    open();
    window->showPage(u"parcels"_s);
    auto* tabs = child<QTabWidget>(window->findChild<LobbyLogsPage*>(), "lobbyLogsTabs");
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(0);
    child<QTabWidget>(window->findChild<LobbyLogsPage*>()->parcels(), "parcelTabs")->setCurrentIndex(1); // waiting
    EXPECT_FALSE(Screenshots::save(window.get(), u"parcels"_s).isEmpty());
    window->findChild<LobbyLogsPage*>()->showRecord(u"stored_item"_s, item.value().id);
    EXPECT_FALSE(Screenshots::save(window.get(), u"stored-items"_s).isEmpty());
    tabs->setCurrentIndex(2);
    EXPECT_FALSE(Screenshots::save(window.get(), u"tools"_s).isEmpty());
}

} // namespace
} // namespace fd::test

// Screenshots of the pages inside the window, in Chinese, for docs/screenshots: the queues, intake,
// repairs, the handover, the night's calls, the morning review and the weekly report of one day
// and night at 翠湖花园.
#include "NightShiftSetup.h"

#include "app/StandardPages.h"
#include "engine/tickets/TicketService.h"
#include "gui/MainWindow.h"
#include "modules/complaints/ComplaintsPage.h"
#include "modules/intake/IntakePage.h"
#include "modules/queues/QueuePage.h"
#include "modules/repairs/RepairService.h"
#include "modules/review/MorningReviewPage.h"
#include "modules/shifts/HandoverDialog.h"
#include "modules/shifts/ShiftPage.h"
#include "support/Screenshots.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class NightWindow : public ::testing::Test
{
protected:
    TestHost host;
    std::unique_ptr<NightShiftSetup> night;
    std::unique_ptr<MainWindow> window;

    void SetUp() override { night = std::make_unique<NightShiftSetup>(host); }

    void open(const Session& who)
    {
        window.reset();
        window = std::make_unique<MainWindow>(host.services(), standardPages(), who,
                                              u"/var/lib/frontdesk/frontdesk.sqlite"_s);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    Ticket repair(const Session& who, const QString& unit, const QString& person, const QString& what,
                  const QString& department = {})
    {
        NewTicket r;
        r.kind = TicketKind::Repair;
        r.channel = Channel::Call;
        r.callerPhone = u"13800001111"_s;
        r.unitId = night->unitId(unit);
        r.personName = person;
        r.description = what;
        Ticket t = host.services().tickets.open(who, r).value();
        return department.isEmpty() ? t : host.services().tickets.dispatch(who, t, department).value();
    }

    // 李娜's A shift: she starts at 07:30 and takes calls through the morning.
    void dayShift()
    {
        night->setTime(7, 30);
        night->start(night->day, night->desk);
        night->setTime(8, 40);
        repair(night->day, u"3-1-502"_s, u"张三"_s, u"厨房水管漏水，楼下已渗水"_s, u"工程部"_s);
        night->setTime(9, 5);
        repair(night->day, u"3-1-601"_s, u"钱七"_s, u"卫生间天花板渗水"_s, u"工程部"_s);
        night->setTime(9, 20);
        repair(night->day, u"5-2-101"_s, u"吴十"_s, u"商铺门口路灯不亮"_s);
        night->setTime(9, 52);
        repair(night->day, u"3-1-701"_s, u"周九"_s, u"入户门锁芯卡住"_s, u"工程部"_s);
        night->setTime(9, 58);
        repair(night->day, u"3-1-501"_s, u"赵六"_s, u"阳台晾衣架脱落"_s);
    }
};

TEST_F(NightWindow, Queues)
{
    dayShift();
    night->setTime(10, 0);
    open(night->day);
    window->showPage(u"queues"_s);
    window->findChild<QueuePage*>()->setCurrentQueue(QueueKind::MyOpen);
    EXPECT_FALSE(Screenshots::save(window.get(), u"queues"_s).isEmpty());
}

TEST_F(NightWindow, IntakeAndRepairs)
{
    dayShift();
    night->setTime(10, 12);
    open(night->day);
    window->showPage(u"repairs"_s);
    EXPECT_FALSE(Screenshots::save(window.get(), u"repairs"_s).isEmpty());
    window->showPage(u"intake"_s);
    auto* unit = child<QLineEdit>(window->findChild<IntakePage*>(), "unitPickerEdit");
    type(unit, u"3-1-502"_s);
    QTest::keyClick(unit, Qt::Key_Return);
    child<QLineEdit>(window->findChild<IntakePage*>(), "intakePhoneEdit")->selectAll(); // over the registry's number
    type(child<QLineEdit>(window->findChild<IntakePage*>(), "intakePhoneEdit"), u"13800001111"_s);
    type(child<QPlainTextEdit>(window->findChild<IntakePage*>(), "intakeTextEdit"),
         u"卫生间地漏返味，想请师傅来看看"_s);
    QApplication::processEvents();
    EXPECT_FALSE(Screenshots::save(window.get(), u"intake"_s).isEmpty());
}

TEST_F(NightWindow, ComplaintsAndCallbacks)
{
    dayShift();
    night->setTime(10, 30);
    const QList<std::pair<QString, QString>> said{{u"3-1-601"_s, u"保洁员态度恶劣，与业主发生争吵"_s},
                                                  {u"3-1-701"_s, u"楼上装修噪音，晚上十点后仍在施工"_s},
                                                  {u"5-2-101"_s, u"商铺门前垃圾未及时清运，影响营业"_s}};
    qint64 first = 0;
    for (const auto& [unit, what] : said) {
        NewTicket c;
        c.kind = TicketKind::Complaint;
        c.channel = Channel::WalkIn;
        c.unitId = night->unitId(unit);
        c.personName = u"业主"_s;
        c.description = what;
        const Ticket t = host.services().tickets.open(night->day, c).value();
        first = first == 0 ? t.id : first;
        night->setTime(10, 45);
    }
    open(night->supervisor);
    window->showPage(u"complaints"_s);
    window->findChild<ComplaintsPage*>()->selectTicket(first);
    EXPECT_FALSE(Screenshots::save(window.get(), u"complaints"_s).isEmpty());

    // Two repairs back from the technician: the desk calls the customers.
    night->setTime(11, 0);
    for (const char16_t* unit : {u"3-1-502", u"3-1-601"}) {
        const Ticket t = repair(night->day, QString::fromUtf16(unit), u"业主"_s, u"卫生间水龙头滴水"_s);
        auto sent = host.services().repairs.dispatch(night->day, t, {u"工程部"_s, u"刘师傅"_s, {}, false, {}, {}});
        ASSERT_TRUE(sent.ok()) << sent.error().message.toStdString();
        ASSERT_TRUE(host.services()
                        .repairs.recordReturn(night->day, sent.value().ticket, {u"刘师傅"_s, {}, 30, 0, u"更换阀芯"_s})
                        .ok());
    }
    night->setTime(14, 0);
    open(night->day);
    window->showPage(u"callbacks"_s);
    EXPECT_FALSE(Screenshots::save(window.get(), u"callbacks"_s).isEmpty());
}

TEST_F(NightWindow, HandoverDialogAtTheArrivingStep)
{
    dayShift();
    night->setTime(14, 50);
    open(night->day);
    window->showPage(u"handover"_s);
    HandoverDialog* dialog = window->findChild<ShiftPage*>()->handOver();
    ASSERT_NE(dialog, nullptr);
    dialog->resize(1000, 680);
    type(child<QPlainTextEdit>(dialog, "notesEdit"), u"3-1-502 业主下午 4 点来取备用钥匙"_s);
    type(child<QLineEdit>(dialog, "leavingPasswordEdit"), QString::fromLatin1(TestHost::UserPassword));
    QTest::mouseClick(child<QPushButton>(dialog, "signLeavingButton"), Qt::LeftButton);
    ASSERT_EQ(dialog->step(), HandoverDialog::Step::Arriving);
    const HandoverSheet sheet = host.services().shifts.sheet(dialog->sheetId()).value();
    for (const HandoverItem& i : sheet.items) {
        if (i.text == u"对讲机"_s)
            type(dialog->findChild<QLineEdit*>(u"disputeEdit_"_s + QString::number(i.id)), u"只交来一台"_s);
        else
            QTest::mouseClick(dialog->findChild<QCheckBox*>(u"ackCheck_"_s + QString::number(i.id)), Qt::LeftButton);
    }
    type(child<QLineEdit>(dialog, "arrivingLoginEdit"), night->evening.user.login);
    EXPECT_FALSE(Screenshots::save(dialog, u"handover-dialog"_s).isEmpty());
}

TEST_F(NightWindow, TheNightAndTheMorningReview)
{
    // The day, the evening handed over to the control room, two calls in the night, the morning.
    dayShift();
    night->setTime(14, 30);
    night->handOver(night->day, night->evening);
    night->setTime(20, 30);
    night->start(night->control, night->controlPost);
    night->handOver(night->evening, night->control, {{u"对讲机"_s, u"少一台"_s}});
    night->setTime(23, 40);
    const qint64 first =
        night->call(night->control, u"13700007777"_s, night->unitId(u"5-2-101"_s), u"吴十"_s, u"商铺卷帘门无法关闭"_s);
    night->setTime(23, 45);
    ASSERT_TRUE(host.services().controlRoom.recordDirectDispatch(night->control, first, u"工程部"_s, u"刘师傅"_s).ok());
    night->setTime(2, 10, 1);
    night->call(night->control, u"13812345678"_s, night->unit502, u"张三"_s, u"卫生间水管爆裂，水流到楼下"_s);
    night->setTime(3, 30, 1);
    open(night->control);
    window->showPage(u"nightcalls"_s);
    EXPECT_FALSE(Screenshots::save(window.get(), u"night-calls"_s).isEmpty());

    night->setTime(7, 30, 1);
    night->handOver(night->control, night->control2);
    night->setTime(8, 5, 1);
    open(night->supervisor);
    EXPECT_FALSE(Screenshots::save(window.get(), u"home-review-banner"_s).isEmpty());
    window->showPage(u"review"_s);
    window->findChild<MorningReviewPage*>()->startReview();
    window->findChild<MorningReviewPage*>()->markSelectedRead();
    EXPECT_FALSE(Screenshots::save(window.get(), u"morning-review"_s).isEmpty());
    window->showPage(u"reports"_s);
    EXPECT_FALSE(Screenshots::save(window.get(), u"weekly-report"_s).isEmpty());
}

} // namespace
} // namespace fd::test

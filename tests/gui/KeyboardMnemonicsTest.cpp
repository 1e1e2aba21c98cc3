#include "GuiTestSupport.h"
#include "MnemonicScan.h"

#include "app/StandardPages.h"
#include "engine/AccountService.h"
#include "engine/shifts/ControlRoomCall.h"
#include "engine/shifts/ControlRoomService.h"
#include "engine/tickets/TicketService.h"
#include "gui/ChangePasswordDialog.h"
#include "gui/FirstStartWizard.h"
#include "gui/LockDialog.h"
#include "gui/MainWindow.h"
#include "gui/SignInDialog.h"
#include "modules/accounts/ResetPasswordDialog.h"
#include "modules/callbacks/CommunityEventDialog.h"
#include "modules/controlroom/NightCallDialog.h"
#include "modules/fees/ChargeListingsDialog.h"
#include "modules/fees/MeterReadingDialog.h"
#include "modules/fees/OneOffChargeDialog.h"
#include "modules/fees/OpeningBalanceDialog.h"
#include "modules/intake/IntakePage.h"
#include "modules/registry/ImportDialog.h"
#include "modules/repairs/DispatchDialog.h"
#include "modules/repairs/FeeScheduleDialog.h"
#include "modules/repairs/ReturnDialog.h"
#include "modules/shifts/HandoverDialog.h"
#include "modules/tickets/TicketDialog.h"
#include "modules/tickets/TicketReplyDialog.h"
#include "modules/tools/ToolDialog.h"
#include "modules/visitors/VisitorsPage.h"

#include <QComboBox>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// Issue 11 "Forms a keyboard can trust": every page of the main window (as each role that sees it)
// and every dialog reachable from them, in English and in Chinese, scanned for Alt-letters.
class KeyboardMnemonicsTest : public ::testing::Test
{
protected:
    TestHost host;
    Ticket repair;
    Ticket inquiry;

    void SetUp() override
    {
        importSample(host);
        const Session clerk = host.signedIn(Role::Clerk, u"wang.fang"_s);
        const qint64 unit = host.services().registry.search(clerk, u"3-1-502"_s).value().first().unit.id;
        NewTicket r;
        r.kind = TicketKind::Repair;
        r.channel = Channel::WalkIn;
        r.unitId = unit;
        r.personName = u"张三"_s;
        r.description = u"卫生间漏水"_s;
        repair = host.services().tickets.open(clerk, r).value();
        NewTicket q;
        q.kind = TicketKind::Inquiry;
        q.channel = Channel::Call;
        q.callerPhone = u"13800001111"_s;
        q.description = u"车位租金明年是否上调"_s;
        inquiry = host.services().tickets.open(clerk, q).value();
    }

    // Builds every window once, in the language installed now, and hands each to the check.
    void forEachWindow(const std::function<void(QWidget*, const QString&)>& check)
    {
        Services& s = host.services();
        const Session admin = host.admin();
        const QList<std::pair<QString, Session>> people{
            {u"admin"_s, admin},
            {u"supervisor"_s, host.signedIn(Role::Supervisor, u"chen.zhu"_s)},
            {u"manager"_s, host.signedIn(Role::Manager, u"zhou.jing"_s)},
            {u"clerk"_s, host.signedIn(Role::Clerk, u"wang.fang"_s)},
            {u"cashier"_s, host.signedIn(Role::Cashier, u"sun.li"_s)},
            {u"control room"_s, host.signedIn(Role::ControlRoom, u"wang.kong"_s)},
        };
        for (const auto& [who, session] : people) {
            MainWindow window(s, standardPages(), session, u"/srv/frontdesk/desk.sqlite"_s);
            check(&window, u"main window as "_s + who);
        }
        const auto show = [&](QWidget* dialog, const QString& name) {
            std::unique_ptr<QWidget> owned(dialog);
            check(dialog, name);
        };
        const Session supervisor = host.signedIn(Role::Supervisor, u"chen.zhu"_s);
        show(new TicketDialog(s.tickets, s.registry, s.accounts, s.clock, supervisor, repair.id), u"ticket"_s);
        show(new TicketDialog(s.tickets, s.registry, s.accounts, s.clock, supervisor, inquiry.id),
             u"ticket (inquiry)"_s);
        show(new DispatchDialog(s.repairs, supervisor, repair, u"3-1-502"_s), u"dispatch"_s);
        show(new DispatchDialog(s.repairs, supervisor, repair, u"3-1-502"_s, DispatchDialog::Mode::SecondDispatch),
             u"second dispatch"_s);
        show(new ReturnDialog(s.repairs, supervisor, repair, u"李师傅"_s), u"return"_s);
        show(new FeeScheduleDialog(s.repairs, admin), u"fee schedule"_s);
        for (auto mode :
             {TicketReplyDialog::Mode::Promise, TicketReplyDialog::Mode::Refer, TicketReplyDialog::Mode::HeadAnswer,
              TicketReplyDialog::Mode::HeadAbsent, TicketReplyDialog::Mode::Reply})
            show(new TicketReplyDialog(s.tickets, s.clock, supervisor, inquiry, mode),
                 u"reply: "_s + TicketReplyDialog::actionName(mode));
        ControlRoomCall call;
        call.id = 1;
        call.callerPhone = u"13800001111"_s;
        call.description = u"楼道灯不亮"_s;
        show(new NightCallDialog(s.controlRoom, admin, call, NightCallDialog::Step::Dispatch, u"3-1-502"_s),
             u"night call: dispatch"_s);
        show(new NightCallDialog(s.controlRoom, admin, call, NightCallDialog::Step::Return, u"3-1-502"_s),
             u"night call: return"_s);
        show(new HandoverDialog(
                 {.shifts = s.shifts, .accounts = s.accounts, .rules = s.rules, .site = s.site, .clock = s.clock},
                 host.signedIn(Role::Clerk, u"wang.fang"_s)),
             u"handover"_s);
        show(new ChangePasswordDialog(s.accounts, admin), u"change password"_s);
        show(new SignInDialog(s.accounts, u"翠湖花园"_s), u"sign in"_s);
        show(new LockDialog(s.accounts, admin, u"翠湖花园"_s), u"lock"_s);
        show(new ResetPasswordDialog(s.accounts, admin, supervisor.user), u"reset password"_s);
        show(new CommunityEventDialog(s.communityEvents, supervisor, s.clock), u"community event"_s);
        show(new ImportDialog(s.registry, admin), u"import units"_s);
        show(new ToolDialog(s.tools, admin), u"new tool"_s);
        show(new FirstStartWizard(s.site), u"first start"_s);
        // The cashier's dialogs (issue 13).
        const Session cashier = host.signedIn(Role::Cashier, u"liu.cn"_s);
        const qint64 unit = host.services().registry.search(cashier, u"3-1-502"_s).value().first().unit.id;
        show(new OneOffChargeDialog(s.charges, s.oneOffCharges, s.clock, cashier, unit, u"3-1-502"_s),
             u"one-off charge"_s);
        show(new OpeningBalanceDialog(s.openingBalances, cashier), u"opening balances"_s);
        show(new MeterReadingDialog(s.meters, s.charges, s.registry, cashier, u"2026-12"_s), u"meter readings"_s);
        ChargeItem parking;
        parking.name = u"车位租金"_s;
        parking.listed = true;
        show(new ChargeListingsDialog(s.charges, s.registry, s.clock, cashier, parking), u"listed units"_s);
    }

    // The languages the program ships: English (the source) and Simplified Chinese, whose translations
    // carry their own letters ("部门(&D)").
    void inEachLanguage(const std::function<void(const QString&)>& run)
    {
        run(u"en"_s);
        QTranslator own;
        QTranslator qt;
        ASSERT_TRUE(own.load(u":/i18n/frontdesk_zh_CN.qm"_s));
        QCoreApplication::installTranslator(&own);
        if (qt.load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        QLocale::setDefault(QLocale(u"zh_CN"_s));
        run(u"zh_CN"_s);
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&own);
        QLocale::setDefault(QLocale(u"en"_s));
    }
};

TEST_F(KeyboardMnemonicsTest, NoAltLetterReachesTwoThingsInOneWindow)
{
    // Issue 11: 部门(D) and 派工(D) in the dispatch dialog; Alt+L for 关联, 锁屏 and 语言 …
    QStringList clashes;
    inEachLanguage([&](const QString& language) {
        forEachWindow([&](QWidget* window, const QString& name) {
            // The pages are the same widgets whoever signs in: one message per clash, not one per role.
            QString where = name;
            where.remove(QRegularExpression(u" as .*$"_s));
            clashes << MnemonicScan(window, where + u" ["_s + language + u"]"_s).clashes();
        });
    });
    clashes.removeDuplicates();
    EXPECT_TRUE(clashes.isEmpty()) << clashes.size() << " clashes:\n" << clashes.join(u'\n').toStdString();
}

TEST_F(KeyboardMnemonicsTest, EveryLabelsAltLetterLandsInAFieldThatTakesTheFocus)
{
    // Issue 11: Alt+U (房号, 被访房号) and Alt+H (受理渠道) did nothing and the typing went elsewhere.
    QStringList dead;
    inEachLanguage([&](const QString& language) {
        forEachWindow([&](QWidget* window, const QString& name) {
            dead << MnemonicScan(window, name + u" ["_s + language + u"]"_s).deadLabels();
        });
    });
    dead.removeDuplicates();
    EXPECT_TRUE(dead.isEmpty()) << dead.size() << " labels:\n" << dead.join(u'\n').toStdString();
}

class KeyboardFocusTest : public ::testing::Test
{
protected:
    TestHost host;
    std::unique_ptr<MainWindow> window;

    void open(const Session& session, const QString& page)
    {
        window =
            std::make_unique<MainWindow>(host.services(), standardPages(), session, u"/srv/frontdesk/desk.sqlite"_s);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->showPage(page);
    }
    // Presses Alt+letter from wherever the cursor is and returns the field that has the cursor then.
    QWidget* altTo(Qt::Key letter)
    {
        window->setFocus();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.get(), letter,
                        Qt::AltModifier);
        return QApplication::focusWidget();
    }
};

TEST_F(KeyboardFocusTest, AltUAndAltHOnIntakeLandInTheUnitAndChannelFields)
{
    // R-IN-1: unit and channel are asked of every walk-in and call; their keys reach them.
    open(host.signedIn(Role::Clerk, u"wang.fang"_s), u"intake"_s);
    QWidget* unitEdit = window->findChild<IntakePage*>()->findChild<QLineEdit*>(u"unitPickerEdit"_s);
    ASSERT_NE(unitEdit, nullptr);
    EXPECT_EQ(altTo(Qt::Key_U), unitEdit);
    EXPECT_EQ(altTo(Qt::Key_H), window->findChild<IntakePage*>()->findChild<QComboBox*>(u"intakeChannelCombo"_s));
}

TEST_F(KeyboardFocusTest, AltUOnVisitorsLandsInTheUnitVisited)
{
    // R-VS-1: whom the visitor comes to see is asked first.
    open(host.signedIn(Role::Clerk, u"wang.fang"_s), u"visitors"_s);
    QWidget* focused = altTo(Qt::Key_U);
    ASSERT_NE(focused, nullptr);
    EXPECT_EQ(focused->objectName(), u"unitPickerEdit"_s);
    EXPECT_TRUE(window->findChild<VisitorsPage*>()->isAncestorOf(focused));
}

} // namespace
} // namespace fd::test

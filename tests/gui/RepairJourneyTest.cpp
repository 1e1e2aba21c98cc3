// One call walked through the window as the desk lives it: taken in on the Intake page, dispatched
// and returned, then called back on the Callbacks page until the ticket closes.
#include "GuiTestSupport.h"

#include "app/StandardPages.h"
#include "desk/Services.h"
#include "engine/tickets/TicketService.h"
#include "gui/MainWindow.h"
#include "modules/callbacks/CallbackQueueModel.h"
#include "modules/callbacks/CallbacksPage.h"
#include "modules/intake/IntakePage.h"
#include "modules/repairs/RepairService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

TEST(RepairJourney, ACallIsTakenInDispatchedReturnedAndClosedByASatisfiedCallback)
{
    // R-IN-1 intake, R-RP-1 dispatch, R-RP-3 return, R-CB-1/R-CB-2 the callback that closes it.
    TestHost host;
    importSample(host);
    const Session clerk = host.signedIn(Role::Clerk, u"li.na"_s);
    MainWindow window(host.services(), standardPages(), clerk, u"desk.sqlite"_s);
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    ASSERT_EQ(window.currentPage(), u"intake"_s);
    IntakePage* intake = window.findChild<IntakePage*>();
    auto* unit = child<QLineEdit>(intake, "unitPickerEdit");
    unit->setFocus();
    type(unit, u"3-1-502"_s);
    QTest::keyClick(unit, Qt::Key_Return);
    // R-IN-1: 张三 calls from the number the registry has for him: it is filled in.
    EXPECT_EQ(child<QLineEdit>(intake, "intakePhoneEdit")->text(), u"13800001111"_s);
    type(child<QPlainTextEdit>(intake, "intakeTextEdit"), u"厨房水龙头一直滴水"_s);
    QTest::keyClick(intake, 'r', Qt::AltModifier);
    auto* repair = child<QRadioButton>(intake, "intakeClass_repair");
    ASSERT_TRUE(QTest::qWaitFor([&] { return repair->isChecked(); }, 2000));
    auto* category = child<QComboBox>(intake, "intakeCategoryCombo");
    category->setCurrentIndex(1);
    QTest::keyClick(intake, Qt::Key_S, Qt::ControlModifier);
    const QString number = host.db().scalar(u"SELECT number FROM tickets WHERE kind = 'repair'"_s).value().toString();
    ASSERT_FALSE(number.isEmpty()) << labelText(intake, "intakeStatus").toStdString();
    EXPECT_TRUE(labelText(intake, "intakeStatus").contains(number));
    const qint64 id = host.db().scalar(u"SELECT id FROM tickets WHERE number = ?"_s, {number}).value().toLongLong();

    // The repairs page's dialogs call these; the order and the return are the service's.
    auto sent = host.services().repairs.dispatch(clerk, host.services().tickets.find(id).value(),
                                                 {u"工程部"_s, u"刘师傅"_s, category->currentText(), false, {}, {}});
    ASSERT_TRUE(sent.ok()) << sent.error().message.toStdString();
    host.clock().advanceMinutes(40);
    auto back = host.services().repairs.recordReturn(clerk, sent.value().ticket,
                                                     {u"刘师傅"_s, u"阀芯一个"_s, 40, 0, u"更换阀芯，不再滴水"_s});
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();

    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    ASSERT_EQ(window.currentPage(), u"callbacks"_s);
    CallbacksPage* callbacks = window.findChild<CallbacksPage*>();
    ASSERT_EQ(callbacks->model()->rowCount(), 1);
    EXPECT_EQ(callbacks->selectedTicketId(), id);
    QTest::keyClick(callbacks, 'y', Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QRadioButton>(callbacks, "handledYes")->isChecked(); }, 2000));
    QTest::keyClick(callbacks, 'w', Qt::AltModifier);
    type(QApplication::focusWidget(), u"修好了，满意"_s);
    QTest::keyClick(callbacks, 's', Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return callbacks->model()->rowCount() == 0; }, 2000));
    EXPECT_EQ(host.services().tickets.find(id).value().status, TicketStatus::Closed);
}

} // namespace
} // namespace fd::test

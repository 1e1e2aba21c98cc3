// One complaint walked through the window: the clerk takes it in, the supervisor judges and grades
// it on the Complaints page, the desk replies there, and the callback closes it.
#include "GuiTestSupport.h"

#include "app/StandardPages.h"
#include "desk/Services.h"
#include "engine/tickets/TicketService.h"
#include "gui/MainWindow.h"
#include "modules/callbacks/CallbackQueueModel.h"
#include "modules/callbacks/CallbacksPage.h"
#include "modules/complaints/ComplaintsPage.h"
#include "modules/intake/IntakePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

std::unique_ptr<MainWindow> openWindow(TestHost& host, const Session& who)
{
    auto window = std::make_unique<MainWindow>(host.services(), standardPages(), who, u"desk.sqlite"_s);
    window->resize(1280, 800);
    window->show();
    QApplication::setActiveWindow(window.get());
    EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

TEST(ComplaintJourney, AComplaintIsTakenInJudgedRepliedToAndClosedByTheCallback)
{
    // R-IN-1 intake; R-CP-2/R-CP-3 the supervisor's decision and grade; R-CP-5 its limit; R-CP-6 the
    // reply; R-CB-1/R-CB-2 the callback owed after it, which closes it.
    TestHost host;
    importSample(host);
    const Session clerk = host.signedIn(Role::Clerk, u"li.na"_s);
    const Session supervisor = host.signedIn(Role::Supervisor, u"chen.zhu"_s);

    auto window = openWindow(host, clerk);
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    IntakePage* intake = window->findChild<IntakePage*>();
    auto* unit = child<QLineEdit>(intake, "unitPickerEdit");
    unit->setFocus();
    type(unit, u"3-1-501"_s);
    QTest::keyClick(unit, Qt::Key_Return);
    // R-IN-1: 李四 calls from the number the registry has for him: it is filled in.
    EXPECT_EQ(child<QLineEdit>(intake, "intakePhoneEdit")->text(), u"13800002222"_s);
    type(child<QPlainTextEdit>(intake, "intakeTextEdit"), u"保洁员态度恶劣，与业主发生争吵"_s);
    QTest::keyClick(intake, 'm', Qt::AltModifier);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return child<QRadioButton>(intake, "intakeClass_complaint")->isChecked(); }, 2000));
    type(child<QLineEdit>(intake, "intakeAsksEdit"), u"要求道歉并调换保洁员"_s);
    QTest::keyClick(intake, Qt::Key_S, Qt::ControlModifier);
    const qint64 id = host.db().scalar(u"SELECT id FROM tickets WHERE kind = 'complaint'"_s).value().toLongLong();
    ASSERT_NE(id, 0) << labelText(intake, "intakeStatus").toStdString();

    // The supervisor judges it valid and important (the staff-conduct criterion).
    window = openWindow(host, supervisor);
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    ComplaintsPage* complaints = window->findChild<ComplaintsPage*>();
    ASSERT_TRUE(complaints->selectTicket(id));
    auto* grade = child<QComboBox>(complaints, "grade");
    grade->setCurrentIndex(grade->findData(int(Severity::Important)));
    child<QCheckBox>(complaints, "criterion_staff_conduct")->click();
    QTest::mouseClick(child<QPushButton>(complaints, "recordDecision"), Qt::LeftButton);
    const Ticket judged = host.services().tickets.find(id).value();
    ASSERT_EQ(judged.severity, Severity::Important);
    ASSERT_TRUE(judged.resolveByMs.has_value());

    // The desk replies to the customer on the same page.
    window = openWindow(host, clerk);
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    complaints = window->findChild<ComplaintsPage*>();
    ASSERT_TRUE(complaints->selectTicket(id));
    host.clock().advanceHours(3);
    auto* answer = child<QLineEdit>(complaints, "replyText");
    type(answer, u"已向业主道歉，保洁员已调岗"_s);
    QTest::keyClick(answer, Qt::Key_Return);
    ASSERT_EQ(host.services().tickets.find(id).value().status, TicketStatus::Replied);

    // And the callback closes it.
    QTest::keyClick(window.get(), Qt::Key_6, Qt::ControlModifier);
    CallbacksPage* callbacks = window->findChild<CallbacksPage*>();
    ASSERT_EQ(callbacks->model()->rowCount(), 1);
    EXPECT_EQ(callbacks->selectedTicketId(), id);
    QTest::keyClick(callbacks, 'y', Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QRadioButton>(callbacks, "handledYes")->isChecked(); }, 2000));
    QTest::keyClick(callbacks, 'w', Qt::AltModifier);
    type(QApplication::focusWidget(), u"满意"_s);
    QTest::keyClick(callbacks, 's', Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return callbacks->model()->rowCount() == 0; }, 2000));
    EXPECT_EQ(host.services().tickets.find(id).value().status, TicketStatus::Closed);
}

} // namespace
} // namespace fd::test

// One complaint walked through the window: the clerk takes it in, the supervisor judges and grades
// it on the Complaints page, the desk replies there, and the callback closes it.
#include "GuiTestSupport.h"

#include "app/StandardPages.h"
#include "core/DateTimeText.h"
#include "desk/Services.h"
#include "engine/tickets/TicketService.h"
#include "gui/MainWindow.h"
#include "modules/callbacks/CallbackQueueModel.h"
#include "modules/callbacks/CallbacksPage.h"
#include "modules/complaints/ComplaintListModel.h"
#include "modules/complaints/ComplaintService.h"
#include "modules/complaints/ComplaintsPage.h"
#include "modules/intake/IntakePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

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

TEST(ComplaintJourney, AJudgementTypedWhileAnotherDeskForwardsTheComplaintIsKeptAndAppliedOnReload)
{
    // R-CP-2 with two desks (issue 16): the supervisor is writing why the complaint is invalid when
    // the counter forwards it. Her page shows the forward within the second and keeps what she wrote;
    // her decision is refused naming the counter (it was typed against what she read before), and
    // one action reads the complaint again and records it.
    TestHost host;
    importSample(host);
    const Session clerk = host.signedIn(Role::Clerk, u"li.na"_s);
    const Session supervisor = host.signedIn(Role::Supervisor, u"chen.zhu"_s);
    NewTicket r;
    r.kind = TicketKind::Complaint;
    r.channel = Channel::Call;
    r.callerPhone = u"13800001111"_s;
    r.personName = u"张三"_s;
    r.description = u"楼道灯不亮，投诉物业不作为"_s;
    const Ticket opened = host.services().tickets.open(clerk, r).value();

    auto window = openWindow(host, supervisor);
    window->showPage(u"complaints"_s);
    ComplaintsPage* complaints = window->findChild<ComplaintsPage*>();
    ASSERT_TRUE(complaints->selectTicket(opened.id));
    child<QRadioButton>(complaints, "decisionInvalid")->click();
    auto* reason = child<QLineEdit>(complaints, "decisionReason");
    type(reason, u"灯已于昨日修好，业主未注意"_s);

    host.clock().advanceMinutes(3);
    ASSERT_TRUE(host.services().complaints.forward(clerk, opened, u"cleaning"_s).ok()); // the counter
    const qint64 forwardedAt = host.clock().nowMs();
    auto* table = child<QTableView>(complaints, "complaintTable");
    const auto statusShown = [&] { return table->model()->index(0, ComplaintListModel::Status).data().toString(); };
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return statusShown() == TicketTerms::displayName(TicketStatus::Dispatched); }, 1000))
        << "the forward at the other desk did not show within a second: " << statusShown().toStdString();
    EXPECT_EQ(complaints->selectedTicketId(), opened.id);
    EXPECT_EQ(reason->text(), u"灯已于昨日修好，业主未注意"_s) << "what she wrote stays";
    EXPECT_TRUE(child<QRadioButton>(complaints, "decisionInvalid")->isChecked());

    QTest::mouseClick(child<QPushButton>(complaints, "recordDecision"), Qt::LeftButton);
    const QString said = labelText(complaints, "error_general");
    EXPECT_TRUE(said.contains(u"li.na"_s)) << said.toStdString();
    EXPECT_TRUE(said.contains(DateTimeText::dateTime(forwardedAt))) << said.toStdString();
    EXPECT_EQ(host.services().tickets.find(opened.id).value().status, TicketStatus::Dispatched) << "nothing written";
    auto* reload = child<QPushButton>(complaints, "reloadButton");
    ASSERT_TRUE(reload->isVisibleTo(complaints));
    EXPECT_EQ(reason->text(), u"灯已于昨日修好，业主未注意"_s);

    QTest::mouseClick(reload, Qt::LeftButton);
    auto decision = host.services().complaints.latestDecision(opened.id);
    ASSERT_TRUE(decision.ok() && decision.value().has_value());
    EXPECT_FALSE(decision.value()->decision.valid);
    EXPECT_EQ(decision.value()->decision.reason, u"灯已于昨日修好，业主未注意"_s);
}

} // namespace
} // namespace fd::test

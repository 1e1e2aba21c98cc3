#include "ComplaintFixture.h"

#include "core/DateTimeText.h"
#include "modules/complaints/ComplaintDetailWidget.h"
#include "modules/complaints/ComplaintListModel.h"
#include "modules/complaints/ComplaintsPage.h"
#include "support/Screenshots.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ComplaintsPageTest : public ComplaintFixture
{
};

TEST_P(ComplaintsPageTest, TheListIsLazyOpenFirstAndShowsOverdueInRed)
{
    // R-CP-5: each complaint with its grade and limit; one past its limit stands out.
    const Ticket closedOne = openComplaint(u"无效投诉"_s);
    ASSERT_TRUE(complaints->decide(supervisor, closedOne, {false, Severity::None, {}, u"非物业责任"_s}).ok());
    for (int i = 0; i < 7; ++i)
        graded(openComplaint(u"投诉 %1"_s.arg(i)), Severity::Minor);
    host.clock().advanceMinutes(13 * 60); // past every minor limit (half a day)
    const Ticket fresh = openComplaint(u"新投诉"_s);

    ComplaintListModel model(*complaints, host.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(3);
    model.refresh();
    EXPECT_EQ(model.rowCount(), 3); // one page only
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 9);
    EXPECT_EQ(model.rowAt(8).ticketId, closedOne.id); // finished last
    EXPECT_TRUE(model.isOverdue(0));
    EXPECT_TRUE(model.data(model.index(0, ComplaintListModel::Limit), Qt::ForegroundRole).isValid());
    const int freshRow = model.rowOf(fresh.id);
    ASSERT_GE(freshRow, 0);
    EXPECT_FALSE(model.isOverdue(freshRow));
    EXPECT_FALSE(model.data(model.index(freshRow, ComplaintListModel::Limit), Qt::ForegroundRole).isValid());
}

TEST_P(ComplaintsPageTest, AClerkCannotDecideButASupervisorGradesWithTheChecklist)
{
    // R-CP-2, R-CP-3: the supervisor judges; the checklist is kept with the decision.
    const Ticket t = openComplaint();
    ComplaintsPage page(*complaints, host.services().tickets, host.services().clock, host.services().minuteTick);
    page.setSession(clerk);
    page.show();
    ASSERT_TRUE(page.selectTicket(t.id));
    EXPECT_FALSE(child<QPushButton>(&page, "recordDecision")->isEnabled());
    // The decision's fields are the supervisor's: disabled for the clerk, with the reason shown.
    EXPECT_FALSE(child<QComboBox>(&page, "grade")->isEnabled());
    EXPECT_FALSE(child<QLineEdit>(&page, "decisionReason")->isEnabled());
    EXPECT_FALSE(child<QRadioButton>(&page, "decisionInvalid")->isEnabled());
    EXPECT_TRUE(child<QLabel>(&page, "decisionWhy")->isVisibleTo(&page));
    EXPECT_TRUE(labelText(&page, "decisionWhy").contains(u"may not"_s))
        << labelText(&page, "decisionWhy").toStdString();
    page.detail()->recordDecision(); // even when called, the service refuses and shows why
    EXPECT_TRUE(child<QLabel>(&page, "error_general")->isVisibleTo(&page));
    EXPECT_EQ(reload(t).severity, Severity::None);

    page.setSession(supervisor);
    ASSERT_TRUE(page.selectTicket(t.id));
    EXPECT_FALSE(child<QLabel>(&page, "decisionWhy")->isVisibleTo(&page));
    auto* grade = child<QComboBox>(&page, "grade");
    grade->setCurrentIndex(grade->findData(int(Severity::Minor)));
    child<QCheckBox>(&page, "criterion_staff_conduct")->click();
    QTest::mouseClick(child<QPushButton>(&page, "recordDecision"), Qt::LeftButton);
    EXPECT_TRUE(child<QLabel>(&page, "error_decide_severity")->isVisibleTo(&page)); // important at least
    EXPECT_EQ(reload(t).severity, Severity::None);

    grade->setCurrentIndex(grade->findData(int(Severity::Important)));
    QTest::mouseClick(child<QPushButton>(&page, "recordDecision"), Qt::LeftButton);
    EXPECT_EQ(reload(t).severity, Severity::Important);
    auto rec = complaints->latestDecision(t.id);
    ASSERT_TRUE(rec.ok() && rec.value());
    EXPECT_EQ(rec.value()->decision.criteria, QList<ComplaintCriterion>{ComplaintCriterion::StaffConduct});
    EXPECT_EQ(page.model()->rowAt(page.model()->rowOf(t.id)).severity, Severity::Important); // list reloaded
}

TEST_P(ComplaintsPageTest, TheDeskLinksAndRepliesFromTheKeyboard)
{
    // R-CP-3 (same-event link), R-CP-6 (reply recorded with its time).
    const Ticket first = openComplaint(u"小区停水"_s);
    const Ticket second = openComplaint(u"停水无通知"_s, u"3-1-601"_s, u"钱七"_s);
    ComplaintsPage page(*complaints, host.services().tickets, host.services().clock, host.services().minuteTick);
    page.setSession(clerk);
    page.show();
    ASSERT_TRUE(page.selectTicket(second.id));
    auto* event = child<QLineEdit>(&page, "sameEventNumber");
    event->setFocus();
    type(event, u"TS-NOPE"_s);
    QTest::keyClick(event, Qt::Key_Return);
    EXPECT_TRUE(child<QLabel>(&page, "error_link_event")->isVisibleTo(&page));
    event->clear();
    type(event, first.number);
    QTest::keyClick(event, Qt::Key_Return);
    EXPECT_EQ(complaints->eventRoot(second.id).value(), first.id);

    host.clock().advanceMinutes(40);
    auto* answer = child<QLineEdit>(&page, "replyText");
    type(answer, u"已通知工程部抢修，预计下午三点恢复供水"_s);
    QTest::keyClick(answer, Qt::Key_Return); // R-CP-2: not before the supervisor has judged it
    EXPECT_EQ(complaints->repliedMs(second.id).value(), std::nullopt);
    bool told = false; // the refusal shows on the page, next to the reply
    for (const QLabel* label : page.findChildren<QLabel*>())
        told = told || (label->isVisibleTo(&page) && label->text().contains(u"judges this complaint first"_s));
    EXPECT_TRUE(told);
    graded(reload(second), Severity::Minor);
    page.refresh(); // another desk judged it: the page reads it again
    ASSERT_TRUE(page.selectTicket(second.id));
    page.detail()->showTicket(second.id);
    if (answer->text().isEmpty())
        type(answer, u"已通知工程部抢修，预计下午三点恢复供水"_s);
    QTest::keyClick(answer, Qt::Key_Return);
    EXPECT_EQ(complaints->repliedMs(second.id).value(), std::optional<qint64>(host.clock().nowMs()));
    EXPECT_TRUE(child<QLabel>(&page, "complaintSummary")->text().contains(u"Replied at"_s));
}

TEST_P(ComplaintsPageTest, SeveralSelectedComplaintsAreLinkedToOneEventWithOneAction)
{
    // R-CP-3: select the complaints about one event in the list and link them together at once.
    const Ticket a = openComplaint(u"小区停电"_s);
    const Ticket b = openComplaint(u"停电无通知"_s, u"3-1-601"_s, u"钱七"_s);
    const Ticket c = openComplaint(u"停电冰箱坏了"_s, u"3-1-502"_s, u"孙八"_s);
    const Ticket other = openComplaint(u"噪音"_s, u"3-1-601"_s, u"周九"_s);
    ComplaintsPage page(*complaints, host.services().tickets, host.services().clock, host.services().minuteTick);
    page.setSession(clerk);
    page.show();
    QApplication::setActiveWindow(&page); // for the page's keyboard shortcut
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    auto* link = child<QPushButton>(&page, "linkSelected");
    ASSERT_TRUE(page.selectTicket(a.id));
    EXPECT_FALSE(link->isEnabled()); // one complaint is not an event group
    auto* table = page.table();
    for (const Ticket& t : {b, c}) { // Ctrl+click adds rows to the selection
        const QModelIndex index = page.model()->index(page.model()->rowOf(t.id), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, table->visualRect(index).center());
    }
    EXPECT_EQ(table->selectionModel()->selectedRows().size(), 3);
    ASSERT_TRUE(link->isEnabled());
    QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier); // the one action, from the keyboard
    for (const Ticket& t : {b, c})
        EXPECT_EQ(complaints->eventRoot(t.id).value(), a.id);
    EXPECT_EQ(complaints->eventRoot(other.id).value(), other.id);
    EXPECT_TRUE(labelText(&page, "complaintStatus").contains(a.number))
        << labelText(&page, "complaintStatus").toStdString();

    // A complaint of another group is named, and nothing is linked.
    const Ticket d = openComplaint(u"噪音又来了"_s, u"3-1-502"_s, u"吴十"_s);
    ASSERT_TRUE(complaints->linkSameEvent(clerk, QList<qint64>{other.id, d.id}).ok());
    page.refresh();
    table->clearSelection();
    for (const Ticket& t : {b, d}) {
        const QModelIndex index = page.model()->index(page.model()->rowOf(t.id), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, table->visualRect(index).center());
    }
    QTest::mouseClick(link, Qt::LeftButton);
    EXPECT_EQ(complaints->eventRoot(d.id).value(), other.id);
    EXPECT_TRUE(labelText(&page, "complaintStatus").contains(d.number))
        << labelText(&page, "complaintStatus").toStdString();

    // A role that may not work tickets sees the action disabled, with the reason.
    const Session cashier = host.signedIn(Role::Cashier, u"chen.jing"_s);
    page.setSession(cashier);
    EXPECT_FALSE(link->isEnabled());
    EXPECT_FALSE(link->toolTip().isEmpty());
}

TEST_P(ComplaintsPageTest, TheDeskForwardsAComplaintAndRecordsTheResultFromTheDetail)
{
    // R-CP-6: forwarded to the department concerned; the result coming back is recorded (who, what),
    // then reported to the supervisor and replied to the customer.
    const Ticket t = graded(openComplaint(u"楼道垃圾三天无人清理"_s), Severity::Minor);
    ComplaintsPage page(*complaints, host.services().tickets, host.services().clock, host.services().minuteTick);
    page.setSession(clerk);
    page.show();
    ASSERT_TRUE(page.selectTicket(t.id));
    auto* forward = child<QPushButton>(&page, "forwardComplaint");
    auto* result = child<QPushButton>(&page, "recordComplaintResult");
    EXPECT_TRUE(forward->isEnabled());
    EXPECT_FALSE(result->isEnabled()); // nothing is out yet
    auto* department = child<QComboBox>(&page, "forwardDepartment");
    department->setCurrentIndex(-1);
    department->setEditText(QString());
    QTest::mouseClick(forward, Qt::LeftButton);
    EXPECT_TRUE(child<QLabel>(&page, "error_forward_department")->isVisibleTo(&page));
    EXPECT_EQ(reload(t).status, TicketStatus::New);

    department->setCurrentIndex(department->findData(u"cleaning"_s));
    ASSERT_GE(department->currentIndex(), 0);
    QTest::mouseClick(forward, Qt::LeftButton);
    EXPECT_EQ(reload(t).status, TicketStatus::Dispatched);
    EXPECT_EQ(reload(t).department, u"cleaning"_s);
    EXPECT_TRUE(result->isEnabled());
    EXPECT_FALSE(forward->isEnabled());

    host.clock().advanceMinutes(90);
    QTest::mouseClick(result, Qt::LeftButton); // a result needs what was done
    EXPECT_TRUE(child<QLabel>(&page, "error_result_result")->isVisibleTo(&page));
    EXPECT_EQ(reload(t).status, TicketStatus::Dispatched);
    type(child<QLineEdit>(&page, "complaintResult"), u"已清运，增加每日巡查"_s);
    type(child<QLineEdit>(&page, "complaintDoneBy"), u"保洁班长刘姐"_s);
    QTest::mouseClick(result, Qt::LeftButton);
    const Ticket back = reload(t);
    EXPECT_EQ(back.status, TicketStatus::Returned);
    const auto steps = host.services().tickets.history(t.id).value();
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.last().note, u"已清运，增加每日巡查"_s);
    EXPECT_EQ(steps.last().data.value(u"done_by"_s).toString(), u"保洁班长刘姐"_s);
    EXPECT_EQ(steps.last().atMs, host.clock().nowMs());

    // A role that may not work tickets sees the buttons disabled, with the reason.
    const Ticket other = graded(openComplaint(u"电梯异响"_s), Severity::Minor);
    const Session cashier = host.signedIn(Role::Cashier, u"chen.jing"_s);
    page.setSession(cashier);
    page.refresh();
    ASSERT_TRUE(page.selectTicket(other.id));
    EXPECT_FALSE(forward->isEnabled());
    EXPECT_FALSE(result->isEnabled());
    EXPECT_TRUE(child<QLabel>(&page, "workWhy")->isVisibleTo(&page));
    EXPECT_TRUE(labelText(&page, "workWhy").contains(u"may not"_s)) << labelText(&page, "workWhy").toStdString();
}

TEST_P(ComplaintsPageTest, AForwardOnAComplaintChangedMeanwhileSaysWhoAndIsAppliedAgainOnReload)
{
    // R-CP-6 with two desks (issue 16): the supervisor grades the complaint at her desk while the
    // clerk forwards it from what the page read before. The forward is refused naming her and the
    // time, the department chosen stays, and one click reads the complaint again and forwards it.
    const Ticket t = openComplaint(u"楼道垃圾三天无人清理"_s);
    ComplaintsPage page(*complaints, host.services().tickets, host.services().clock, host.services().minuteTick);
    page.setSession(clerk);
    page.show();
    ASSERT_TRUE(page.selectTicket(t.id));
    host.clock().advanceMinutes(4);
    graded(t, Severity::Minor); // the other desk
    const qint64 gradedAt = host.clock().nowMs();

    auto* department = child<QComboBox>(&page, "forwardDepartment");
    department->setCurrentIndex(department->findData(u"cleaning"_s));
    ASSERT_GE(department->currentIndex(), 0);
    auto* reloadButton = child<QPushButton>(&page, "reloadButton");
    EXPECT_FALSE(reloadButton->isVisibleTo(&page));
    QTest::mouseClick(child<QPushButton>(&page, "forwardComplaint"), Qt::LeftButton);
    const QString said = labelText(&page, "error_general");
    EXPECT_TRUE(said.contains(u"wang.fang"_s)) << said.toStdString();
    EXPECT_TRUE(said.contains(DateTimeText::dateTime(gradedAt))) << said.toStdString();
    EXPECT_EQ(reload(t).status, TicketStatus::New) << "nothing was written";
    EXPECT_EQ(department->currentData().toString(), u"cleaning"_s);
    ASSERT_TRUE(reloadButton->isVisibleTo(&page));

    QTest::mouseClick(reloadButton, Qt::LeftButton);
    const Ticket now = reload(t);
    EXPECT_EQ(now.status, TicketStatus::Dispatched);
    EXPECT_EQ(now.department, u"cleaning"_s);
    EXPECT_EQ(now.severity, Severity::Minor) << "the other desk's grade stays";
    EXPECT_FALSE(reloadButton->isVisibleTo(&page));
}

TEST_P(ComplaintsPageTest, ScreenshotWithARealisticDay)
{
    struct Call
    {
        const char* what;
        const char* unit;
        const char* person;
    };
    const Call calls[] = {
        {"楼上装修噪音，晚上十点后仍在施工，物业多次答应处理仍未解决", "3-1-502", "张三"},
        {"地下车库漏水，车辆被污水弄脏，要求赔偿洗车费", "3-1-501", "李四"},
        {"保洁员态度恶劣，与业主发生争吵", "3-1-601", "钱七"},
        {"突然停电两小时，冰箱食物变质，无任何通知", "3-1-602", "孙八"},
        {"突然停电，电梯困人二十分钟", "3-1-701", "周九"},
        {"商铺门前垃圾未及时清运，影响营业", "5-2-101", "吴十"},
        {"快递柜故障三天未修", "3-1-502", "张三"},
    };
    QList<Ticket> tickets;
    for (const Call& c : calls) {
        host.clock().advanceMinutes(23);
        tickets << openComplaint(QString::fromUtf8(c.what), QString::fromUtf8(c.unit), QString::fromUtf8(c.person));
    }
    graded(tickets[0], Severity::Major, {ComplaintCriterion::PromiseNotKept});
    graded(tickets[1], Severity::Major, {ComplaintCriterion::LossOrInjury});
    graded(tickets[2], Severity::Important, {ComplaintCriterion::StaffConduct});
    graded(tickets[3], Severity::Minor);
    ASSERT_TRUE(complaints->linkSameEvent(clerk, tickets[4], tickets[3].id).ok());
    ASSERT_TRUE(complaints->decide(supervisor, tickets[6], {false, Severity::None, {}, u"快递柜为第三方所有"_s}).ok());
    host.clock().advanceMinutes(12 * 60 + 30); // the minor ones are now past their limit

    ComplaintsPage page(*complaints, host.services().tickets, host.services().clock, host.services().minuteTick);
    page.setSession(supervisor);
    page.resize(1000, 640);
    page.show();
    page.selectTicket(tickets[2].id);
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&page));
    const QString png = Screenshots::save(&page, u"complaints-page-en"_s);
    EXPECT_FALSE(png.isEmpty());
    EXPECT_EQ(page.model()->rowCount(), 7);
}

INSTANTIATE_TEST_SUITE_P(Backends, ComplaintsPageTest, ::testing::Values(QStringLiteral("sqlite")), BackendName());

} // namespace
} // namespace fd::test

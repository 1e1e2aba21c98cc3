#include "GuiTestSupport.h"

#include "core/MinuteTick.h"
#include "desk/Services.h"
#include "engine/tickets/TicketQueues.h"
#include "engine/tickets/TicketService.h"
#include "modules/queues/QueuePage.h"
#include "modules/queues/QueueTableModel.h"
#include "support/Screenshots.h"

#include <QBrush>
#include <QComboBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class QueuePageTest : public ::testing::Test
{
protected:
    TestHost host;
    Session clerk;
    std::unique_ptr<QueuePage> page;

    void SetUp() override { clerk = host.signedIn(Role::Clerk, u"li.na"_s); }

    // What addQueuesPages gives the page.
    QueuePage::Uses pageUses()
    {
        Services& s = host.services();
        return {.queues = s.queues,
                .tickets = s.tickets,
                .clock = s.clock,
                .minuteTick = s.minuteTick,
                .changes = s.changes};
    }

    Ticket openTicket(const QString& description, TicketKind kind = TicketKind::Repair,
                      const QString& person = u"张先生"_s)
    {
        NewTicket r;
        r.kind = kind;
        r.channel = Channel::WalkIn;
        r.personName = person;
        r.description = description;
        auto t = host.services().tickets.open(clerk, r);
        EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
        return t.value();
    }

    Ticket dispatched(const QString& description, const QString& department, TicketKind kind = TicketKind::Repair,
                      const QString& person = u"张先生"_s)
    {
        auto d = host.services().tickets.dispatch(clerk, openTicket(description, kind, person), department);
        EXPECT_TRUE(d.ok()) << (d.ok() ? std::string() : d.error().message.toStdString());
        return d.value();
    }

    void show(const Session& who, QSize size = {1000, 640})
    {
        page = std::make_unique<QueuePage>(pageUses());
        page->setSession(who);
        page->resize(size);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }

    QTabBar* tabs() { return child<QTabBar>(page.get(), "queueTabs"); }
    QString tabText(int i) { return tabs()->tabText(i).remove(u'&'); }

    // Clicks the tab as a clerk would.
    void clickTab(QueueKind kind)
    {
        const int index = kind == QueueKind::MyOpen ? 0 : kind == QueueKind::Overdue ? 1 : 2;
        QTest::mouseClick(tabs(), Qt::LeftButton, {}, tabs()->tabRect(index).center());
        ASSERT_EQ(page->currentQueue(), kind);
    }

    QStringList shownNumbers()
    {
        QStringList out;
        QueueTableModel* m = page->model();
        for (int row = 0; row < m->rowCount(); ++row)
            out << m->index(row, QueueTableModel::Number).data().toString();
        return out;
    }

    QColor colourOf(int row)
    {
        return page->model()->index(row, QueueTableModel::Due).data(Qt::ForegroundRole).value<QBrush>().color();
    }

    QString dueOf(int row) { return page->model()->index(row, QueueTableModel::Due).data().toString(); }
};

TEST_F(QueuePageTest, OverdueRowsAreRedAndDueSoonRowsAmber)
{
    // R-IN-3: not forwarded within 10 minutes is overdue; R-RP-2: the next follow-up is due soon.
    const Ticket notForwarded = openTicket(u"门禁刷卡没反应"_s);   // respond by 09:10
    const Ticket out = dispatched(u"厨房水管漏水"_s, u"工程部"_s); // follow-up at 09:15
    host.clock().advanceMinutes(12);
    show(clerk);

    clickTab(QueueKind::Overdue);
    ASSERT_EQ(shownNumbers(), QStringList{notForwarded.number});
    EXPECT_EQ(colourOf(0), QueueTableModel::overdueColor());
    EXPECT_EQ(dueOf(0), u"Forward or answer overdue by 2 min"_s);
    EXPECT_EQ(page->model()->index(0, QueueTableModel::Department).data().toString(), u"not dispatched"_s);
    EXPECT_EQ(page->model()->index(0, 0).data(Qt::UserRole).toLongLong(), notForwarded.id);

    clickTab(QueueKind::DueSoon);
    ASSERT_EQ(shownNumbers(), QStringList{out.number});
    EXPECT_EQ(colourOf(0), QueueTableModel::dueSoonColor());
    EXPECT_EQ(dueOf(0), u"Follow-up in 3 min"_s);
    EXPECT_EQ(page->model()->index(0, QueueTableModel::Department).data().toString(), u"Engineering"_s);
    EXPECT_EQ(page->model()->index(0, QueueTableModel::Person).data().toString(), u"张先生"_s);
}

// R-RP-2, R-IN-3: the queues keep themselves current while the page stays open: when the minute
// changes, a follow-up that was "in 3 min" is overdue, counted in the Overdue tab, and the due-soon tab
// no longer holds it, without the page being left or the 30-second wake.
TEST_F(QueuePageTest, AnOpenQueueFollowsTheClockWhileThePageStaysShown)
{
    const Ticket notForwarded = openTicket(u"门禁刷卡没反应"_s);   // respond by 09:10
    const Ticket out = dispatched(u"厨房水管漏水"_s, u"工程部"_s); // follow-up at 09:15
    host.clock().advanceMinutes(12);
    show(clerk);
    clickTab(QueueKind::Overdue);
    ASSERT_EQ(shownNumbers(), QStringList{notForwarded.number});
    EXPECT_EQ(dueOf(0), u"Forward or answer overdue by 2 min"_s);
    EXPECT_TRUE(tabText(1).contains(u"(1)"_s)) << tabText(1).toStdString();
    const QModelIndex chosen = page->model()->index(0, 0);
    page->table()->setCurrentIndex(chosen);

    host.clock().advanceMinutes(5); // 09:17
    host.services().minuteTick.tick();
    EXPECT_TRUE(tabText(1).contains(u"(2)"_s)) << tabText(1).toStdString();
    ASSERT_EQ(page->model()->rowOf(notForwarded.id), page->table()->currentIndex().row()); // the place is kept
    EXPECT_EQ(dueOf(page->model()->rowOf(notForwarded.id)), u"Forward or answer overdue by 7 min"_s);
    const int followUp = page->model()->rowOf(out.id);
    ASSERT_GE(followUp, 0);
    EXPECT_EQ(dueOf(followUp), u"Follow-up overdue by 2 min"_s);
    EXPECT_EQ(colourOf(followUp), QueueTableModel::overdueColor());
}

// Issue 12, the change feed (R-IN-3): a ticket dispatched elsewhere (the repairs page, another service
// call) leaves the open queue's overdue tab at once, with no minute passing and no poll.
TEST_F(QueuePageTest, ADispatchSavedElsewhereReachesTheOpenQueueWithoutAPoll)
{
    const Ticket notForwarded = openTicket(u"门禁刷卡没反应"_s); // respond by 09:10
    host.clock().advanceMinutes(12);
    show(clerk);
    clickTab(QueueKind::Overdue);
    ASSERT_EQ(shownNumbers(), QStringList{notForwarded.number});

    ASSERT_TRUE(host.services().tickets.dispatch(clerk, notForwarded, u"工程部"_s).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return shownNumbers().isEmpty(); }, 2000))
        << shownNumbers().join(u' ').toStdString();
}

TEST_F(QueuePageTest, WaitingWorkStaysInMyWorkGreyWithoutADueTime)
{
    // Waiting for the customer stops the clocks: the row is grey and owes nothing yet.
    Ticket waiting = dispatched(u"卫生间吊顶渗水，需业主在家"_s, u"工程部"_s);
    waiting = host.services().tickets.pause(clerk, waiting, TicketAction::WaitForCustomer, u"业主出差"_s).value();
    const Ticket running = openTicket(u"楼道灯不亮"_s);
    host.clock().advanceHours(3);
    show(clerk);

    ASSERT_EQ(page->currentQueue(), QueueKind::MyOpen);
    ASSERT_EQ(shownNumbers(), (QStringList{running.number, waiting.number}));
    EXPECT_EQ(colourOf(0), QueueTableModel::overdueColor());
    EXPECT_EQ(dueOf(0), u"Forward or answer overdue by 2 h 50 min"_s);
    EXPECT_EQ(dueOf(1), u"—"_s);
    EXPECT_NE(colourOf(1), QueueTableModel::overdueColor());
    EXPECT_EQ(colourOf(1), page->palette().color(QPalette::Disabled, QPalette::Text));
    EXPECT_EQ(page->model()->index(1, QueueTableModel::Status).data().toString(), u"waiting for the customer"_s);
}

TEST_F(QueuePageTest, TheDepartmentFilterShowsOnlyThatDepartmentsWork)
{
    // R-RP-2: every dispatched order is followed up; the desk can look at one department's.
    const Ticket plumbing = dispatched(u"厨房水管漏水"_s, u"工程部"_s);
    const Ticket cleaning = dispatched(u"地下车库有积水垃圾"_s, u"保洁部"_s);
    host.clock().advanceMinutes(20); // both follow-ups (09:15) overdue
    show(clerk);
    clickTab(QueueKind::Overdue);
    EXPECT_EQ(shownNumbers(), (QStringList{plumbing.number, cleaning.number}));
    EXPECT_EQ(tabText(1), u"Overdue (2)"_s);

    auto* combo = child<QComboBox>(page.get(), "queueDepartment");
    ASSERT_EQ(combo->count(), 3);
    EXPECT_EQ(combo->itemText(0), u"All departments"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // 保洁部, first in order
    EXPECT_EQ(page->department(), u"cleaning"_s);
    EXPECT_EQ(shownNumbers(), QStringList{cleaning.number});
    EXPECT_EQ(tabText(1), u"Overdue (1)"_s) << "the tabs count what the filter shows";
    EXPECT_EQ(page->counts().overdue, 2) << "the navigation still counts every department";

    // Its follow-up done, the department has nothing overdue: the page says so.
    clickTab(QueueKind::Overdue);
    page->table()->setFocus();
    page->table()->selectRow(0);
    QTest::keyClick(page->table(), Qt::Key_F);
    EXPECT_TRUE(shownNumbers().isEmpty());
    auto* empty = child<QLabel>(page.get(), "queueEmpty");
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), u"Nothing overdue in Cleaning"_s);
    EXPECT_EQ(page->department(), u"cleaning"_s) << "the filter does not switch by itself";
}

TEST_F(QueuePageTest, TheListFetchesFiftyRowsAndMoreWhenScrolled)
{
    // R-IN-3: sixty tickets not forwarded in time are all overdue; the list reads them page by page.
    for (int i = 0; i < 63; ++i) {
        openTicket(u"报修 %1 号：窗户关不上"_s.arg(i + 1));
        host.clock().advanceSeconds(20);
    }
    host.clock().advanceMinutes(30);
    show(clerk);
    clickTab(QueueKind::Overdue);
    EXPECT_EQ(tabText(1), u"Overdue (63)"_s);
    EXPECT_EQ(page->model()->rowCount(), QueueTableModel::DefaultPageSize);
    EXPECT_TRUE(page->model()->canFetchMore({}));

    page->table()->scrollToBottom(); // the view asks for more as the clerk reaches the end
    EXPECT_TRUE(QTest::qWaitFor([&] { return page->model()->rowCount() == 63; }));
    EXPECT_FALSE(page->model()->canFetchMore({}));
    const QStringList numbers = shownNumbers();
    EXPECT_EQ(QSet<QString>(numbers.begin(), numbers.end()).size(), 63) << "no row twice";

    // The clerk scrolled down: a refresh keeps every fetched row and the place in the list.
    const int scrolled = page->table()->verticalScrollBar()->value();
    ASSERT_GT(scrolled, 0);
    page->refresh();
    EXPECT_EQ(page->model()->rowCount(), 63);
    EXPECT_EQ(page->table()->verticalScrollBar()->value(), scrolled);
}

TEST_F(QueuePageTest, FRecordsTheFollowUpAndTheRowLeavesTheOverdueList)
{
    // R-RP-2: one keystroke records the follow-up; the next is 15 minutes on, due soon, not overdue.
    const Ticket lift = dispatched(u"电梯异响"_s, u"工程部"_s);
    const Ticket pipe = dispatched(u"厨房水管漏水"_s, u"工程部"_s);
    host.clock().advanceMinutes(16);
    show(clerk);
    QSignalSpy counts(page.get(), &QueuePage::countsChanged);
    clickTab(QueueKind::Overdue);
    ASSERT_EQ(shownNumbers(), (QStringList{lift.number, pipe.number}));
    EXPECT_EQ(tabText(1), u"Overdue (2)"_s);

    page->table()->setFocus();
    page->table()->selectRow(0);
    counts.clear();
    QTest::keyClick(page->table(), Qt::Key_F);

    const Ticket after = host.services().tickets.find(lift.id).value();
    EXPECT_EQ(after.nextFollowUpMs, lift.followUpAnchorMs.value() + 30 * 60'000);
    EXPECT_EQ(shownNumbers(), QStringList{pipe.number});
    EXPECT_EQ(tabText(1), u"Overdue (1)"_s);
    EXPECT_TRUE(labelText(page.get(), "queueMessage").contains(lift.number));
    ASSERT_EQ(counts.count(), 1);
    EXPECT_EQ(counts.first().first().value<QueueCounts>().overdue, 1);
    // The clerk goes on down the list without reaching for the mouse.
    EXPECT_TRUE(page->table()->hasFocus());
    EXPECT_EQ(page->table()->currentIndex().row(), 0);

    QTest::keyClick(page->table(), Qt::Key_F);
    EXPECT_TRUE(host.services().tickets.find(pipe.id).value().nextFollowUpMs > pipe.nextFollowUpMs);
    EXPECT_TRUE(shownNumbers().isEmpty());
    EXPECT_EQ(labelText(page.get(), "queueEmpty"), u"Nothing overdue"_s);
    EXPECT_EQ(tabText(1), u"Overdue (0)"_s);
    EXPECT_EQ(tabText(2), u"Due within an hour (2)"_s);
    EXPECT_EQ(counts.last().first().value<QueueCounts>().overdue, 0);
}

TEST_F(QueuePageTest, FOnARowWithoutAFollowUpDueChangesNothing)
{
    // R-IN-3: a ticket not yet forwarded owes a forward, not a follow-up.
    const Ticket ticket = openTicket(u"门禁刷卡没反应"_s);
    host.clock().advanceMinutes(12);
    show(clerk);
    clickTab(QueueKind::Overdue);
    page->table()->setFocus();
    page->table()->selectRow(0);
    QTest::keyClick(page->table(), Qt::Key_F);
    EXPECT_EQ(host.services().tickets.find(ticket.id).value().version, ticket.version);
    EXPECT_EQ(shownNumbers(), QStringList{ticket.number});
    EXPECT_TRUE(labelText(page.get(), "queueMessage").contains(u"no follow-up due"_s));
}

TEST_F(QueuePageTest, ACashierIsRefusedTheQueuesAndThePageSaysWhy)
{
    // R-RP-2 is the desk's work: the service refuses the cashier the queues themselves.
    const Ticket ticket = dispatched(u"厨房水管漏水"_s, u"工程部"_s);
    host.clock().advanceMinutes(16);
    show(host.signedIn(Role::Cashier, u"wang.fang"_s));
    clickTab(QueueKind::Overdue);
    EXPECT_TRUE(shownNumbers().isEmpty());
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_F);

    EXPECT_EQ(host.services().tickets.find(ticket.id).value().version, ticket.version) << "nothing written";
    auto* message = child<QLabel>(page.get(), "queueMessage");
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->text(), Roles::refusal(Role::Cashier, Permission::WorkTickets));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "no dialog";
}

TEST_F(QueuePageTest, TabsCountTheirRowsAndRefreshReadsTheClock)
{
    // R-IN-3 and R-RP-2: the counts follow time: as the clock moves, due soon becomes overdue.
    openTicket(u"门禁刷卡没反应"_s);                                                // respond by 09:10
    dispatched(u"厨房水管漏水"_s, u"工程部"_s);                                     // follow-up 09:15
    dispatched(u"投诉楼上噪音"_s, u"秩序部"_s, TicketKind::Complaint, u"刘女士"_s); // follow-up 09:15
    host.clock().advanceMinutes(5);
    page = std::make_unique<QueuePage>(pageUses());
    QSignalSpy counts(page.get(), &QueuePage::countsChanged);
    page->setSession(clerk);
    ASSERT_EQ(counts.count(), 1);
    const auto first = counts.last().first().value<QueueCounts>();
    EXPECT_EQ(first.mine, 3);
    EXPECT_EQ(first.overdue, 0);
    EXPECT_EQ(first.dueSoon, 3);
    EXPECT_EQ(tabText(0), u"My open work (3)"_s);
    EXPECT_EQ(tabText(1), u"Overdue (0)"_s);
    EXPECT_EQ(tabText(2), u"Due within an hour (3)"_s);

    host.clock().advanceMinutes(7); // 09:12
    page->refresh();
    EXPECT_EQ(tabText(1), u"Overdue (1)"_s);
    EXPECT_EQ(tabText(2), u"Due within an hour (2)"_s);
    EXPECT_EQ(counts.last().first().value<QueueCounts>().overdue, 1);
    EXPECT_EQ(tabs()->tabTextColor(1), QueueTableModel::overdueColor());

    // The 30-second refresh runs only while the page is shown.
    auto* timer = page->findChild<QTimer*>();
    ASSERT_NE(timer, nullptr);
    EXPECT_FALSE(timer->isActive());
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    EXPECT_TRUE(timer->isActive());
    EXPECT_EQ(timer->interval(), QueuePage::RefreshIntervalMs);
    page->hide();
    EXPECT_FALSE(timer->isActive());
}

TEST_F(QueuePageTest, TabIntoTheTableArrowDownAndEnterOpensTheTicket)
{
    // R-IN-3: the desk works its overdue list from the keyboard.
    const Ticket a = openTicket(u"门禁刷卡没反应"_s);
    host.clock().advanceMinutes(1);
    const Ticket b = openTicket(u"楼道灯不亮"_s);
    host.clock().advanceMinutes(20);
    show(clerk);
    clickTab(QueueKind::Overdue);
    QSignalSpy opened(page.get(), &QueuePage::ticketActivated);

    auto* combo = child<QComboBox>(page.get(), "queueDepartment");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Tab);
    ASSERT_TRUE(page->table()->hasFocus());
    EXPECT_EQ(page->table()->currentIndex().row(), 0);
    QTest::keyClick(page->table(), Qt::Key_Down);
    QTest::keyClick(page->table(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().first().toLongLong(), b.id);
    QTest::keyClick(page->table(), Qt::Key_Up);
    QTest::keyClick(page->table(), Qt::Key_Enter, Qt::KeypadModifier);
    ASSERT_EQ(opened.count(), 2);
    EXPECT_EQ(opened.last().first().toLongLong(), a.id);
}

TEST_F(QueuePageTest, AMorningsQueueInChineseReadsAtDeskSize)
{
    // R-IN-3, R-RP-2: a morning's work: overdue forwards and follow-ups red, the next ones amber,
    // waiting work grey and last.
    struct Entry
    {
        int minute; // after 08:00
        TicketKind kind;
        QString person;
        QString description;
        QString department; // empty: not dispatched yet
        bool waits = false;
        bool followedUp = false; // the desk chased it at 09:56
    };
    const QList<Entry> morning{
        {0, TicketKind::Repair, u"张先生"_s, u"3-1-502 厨房水槽下水管漏水，楼下天花板已有水渍\n业主下午在家"_s,
         u"工程部"_s, false, true},
        {12, TicketKind::Complaint, u"刘女士"_s, u"楼上装修噪音，早上七点就开始电钻，已经连续三天"_s, u"秩序部"_s},
        {25, TicketKind::Repair, u"王阿姨"_s, u"5号楼2单元电梯按键失灵，3楼按了没反应"_s, u"工程部"_s, true},
        {40, TicketKind::Request, u"陈先生"_s, u"建议在小区东门增设非机动车充电桩"_s, u"客服中心"_s, false, true},
        {55, TicketKind::Inquiry, u"赵女士"_s, u"咨询本季度物业费缴费方式及电子发票开具"_s, QString()},
        {70, TicketKind::Repair, u"孙先生"_s, u"地下车库B2层照明灯不亮，行车不安全"_s, u"工程部"_s},
        {82, TicketKind::Affair, u"周师傅"_s, u"快递柜旁堆放纸箱需清理"_s, u"保洁部"_s, false, true},
        {90, TicketKind::Repair, u"吴女士"_s, u"卫生间吊顶渗水，需业主在家时上门查看"_s, u"工程部"_s, true},
        {96, TicketKind::Complaint, u"郑先生"_s, u"绿化带修剪后枝叶未清运，堵住单元门口"_s, u"绿化组"_s},
        {103, TicketKind::Repair, u"钱先生"_s, u"门禁刷卡没反应，老人进不了单元门"_s, QString()},
        {111, TicketKind::Repair, u"李女士"_s, u"阳台晾衣架摇杆断裂"_s, u"工程部"_s},
        {116, TicketKind::Inquiry, u"何先生"_s, u"询问装修押金退还需要哪些材料"_s, QString()},
    };
    QList<Ticket> chased;
    for (const Entry& e : morning) {
        host.clock().set(QDateTime(QDate(2026, 11, 23), QTime(8, 0)).addSecs(e.minute * 60));
        Ticket t = e.department.isEmpty() ? openTicket(e.description, e.kind, e.person)
                                          : dispatched(e.description, e.department, e.kind, e.person);
        if (e.waits)
            t = host.services().tickets.pause(clerk, t, TicketAction::WaitForCustomer, u"业主不在家"_s).value();
        if (e.followedUp)
            chased << t;
    }
    host.clock().set(QDateTime(QDate(2026, 11, 23), QTime(9, 56)));
    for (const Ticket& t : chased)
        ASSERT_TRUE(host.services().tickets.recordFollowUp(clerk, t).ok());
    host.clock().set(QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
    show(clerk);

    ASSERT_EQ(page->model()->rowCount(), morning.size());
    QSet<QRgb> colours;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        colours << colourOf(row).rgb();
    EXPECT_TRUE(colours.contains(QueueTableModel::overdueColor().rgb()));
    EXPECT_TRUE(colours.contains(QueueTableModel::dueSoonColor().rgb()));
    EXPECT_EQ(dueOf(page->model()->rowCount() - 1), u"—"_s) << "waiting work last";
    EXPECT_EQ(page->model()->index(0, QueueTableModel::Description).data().toString().contains(u'\n'), false);
    Screenshots::save(page.get(), u"queue-page-en"_s);
}

} // namespace
} // namespace fd::test

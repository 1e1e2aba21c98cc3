#include "GuiTestSupport.h"
#include "NightShiftSetup.h"

#include "modules/controlroom/ControlRoomPage.h"
#include "modules/controlroom/NightCallDialog.h"
#include "modules/controlroom/PendingCallsPanel.h"
#include "modules/tickets/TicketDialog.h"
#include "support/Screenshots.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// The services addControlRoomPages gives the page.
ControlRoomPage::Uses pageUses(Services& s)
{
    return {.controlRoom = s.controlRoom,
            .registry = s.registry,
            .shifts = s.shifts,
            .tickets = s.tickets,
            .clock = s.clock,
            .minuteTick = s.minuteTick,
            .changes = s.changes};
}

// The night of 22–23 November: wang.kong takes the desk's calls from 20:40 (R-SH-3).
class ControlRoomPageTest : public ::testing::Test
{
protected:
    TestHost host;
    NightShiftSetup night{host};
    ControlRoomPage page{pageUses(host.services())};

    void SetUp() override
    {
        night.setTime(14, 30, -1);
        night.start(night.evening, night.desk);
        night.setTime(20, 30, -1);
        night.start(night.control, night.controlPost);
        night.setTime(20, 40, -1);
        night.handOver(night.evening, night.control);
        page.resize(1000, 640);
        page.show();
        QApplication::setActiveWindow(&page);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    }

    // Signs a person in on the page and lets the layout settle on the side they see.
    void use(const Session& who)
    {
        page.setSession(who);
        QCoreApplication::processEvents();
    }

    void fill(const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(&page, name);
        edit->clear();
        type(edit, text);
    }
    void click(QWidget* parent, const char* button)
    {
        QTest::mouseClick(child<QPushButton>(parent, button), Qt::LeftButton);
    }
    void recordCall(const QString& phone, const QString& unit, const QString& name, const QString& what)
    {
        fill("callPhoneEdit", phone);
        fill("callUnitEdit", unit);
        fill("callPersonEdit", name);
        fill("callDescriptionEdit", what);
        click(&page, "recordCallButton");
    }
    // Opens the dispatch or return dialog on the selected call, types into it and saves.
    void step(const char* button, const QList<QPair<const char*, QString>>& fields)
    {
        click(&page, button);
        NightCallDialog* dialog = openDialog();
        ASSERT_NE(dialog, nullptr);
        for (const auto& [name, text] : fields)
            type(child<QLineEdit>(dialog, name), text);
        click(dialog, "nightCallSaveButton");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    NightCallDialog* openDialog()
    {
        for (NightCallDialog* d : page.findChildren<NightCallDialog*>())
            if (d->isVisible())
                return d;
        return nullptr;
    }
    qint64 callCount() { return host.db().scalar(u"SELECT COUNT(*) FROM control_room_calls"_s).value().toLongLong(); }
    QTreeWidget* pending() { return page.pendingPanel()->list(); }
};

TEST_F(ControlRoomPageTest, ACallTakenAt0210IsEnteredInTheMorningWithItsRealTimes)
{
    // R-SH-3, R-RP-5: the control room records and dispatches at night; the desk enters it later.
    use(night.control);
    night.setTime(2, 10);
    recordCall(u"13812345678"_s, u"3-1-502"_s, u"张先生"_s, u"卫生间水管爆裂"_s);
    QTreeWidget* tonight = page.tonightList();
    ASSERT_EQ(tonight->topLevelItemCount(), 1);
    EXPECT_EQ(tonight->topLevelItem(0)->text(0), u"11/23 2:10 AM"_s);
    EXPECT_EQ(tonight->topLevelItem(0)->text(1), u"3-1-502"_s);
    EXPECT_EQ(tonight->topLevelItem(0)->text(2), u"张先生 138****5678"_s) << "lists mask phone numbers";
    EXPECT_TRUE(child<QLineEdit>(&page, "callDescriptionEdit")->text().isEmpty()); // ready for the next call
    EXPECT_FALSE(child<QPushButton>(&page, "returnCallButton")->isEnabled());      // nothing sent yet

    night.setTime(2, 15);
    step("dispatchCallButton", {{"dispatchDepartmentEdit", u"工程部"_s}, {"dispatchTechnicianEdit", u"刘师傅"_s}});
    EXPECT_TRUE(tonight->topLevelItem(0)->text(4).startsWith(u"2:15 AM"_s));
    EXPECT_FALSE(child<QPushButton>(&page, "dispatchCallButton")->isEnabled());
    night.setTime(3, 5);
    step("returnCallButton", {{"returnResultEdit", u"关闭总阀，更换水管"_s}});
    EXPECT_TRUE(tonight->topLevelItem(0)->text(5).startsWith(u"3:05 AM"_s));

    // The morning desk: the call waits on its 补单 list with its real times.
    night.setTime(8, 10);
    use(night.morning);
    EXPECT_FALSE(child<QWidget>(&page, "nightCallForm")->isVisible());
    ASSERT_EQ(pending()->topLevelItemCount(), 1);
    const QTreeWidgetItem* row = pending()->topLevelItem(0);
    EXPECT_EQ(row->text(0), u"11/23 2:10 AM"_s);
    EXPECT_EQ(row->text(1), u"3-1-502"_s);
    EXPECT_TRUE(row->text(4).contains(u"2:15 AM"_s) && row->text(4).contains(u"刘师傅"_s));
    EXPECT_TRUE(row->text(5).contains(u"3:05 AM"_s));
    const qint64 callId = row->data(0, PendingCallsPanel::CallIdRole).toLongLong();

    EXPECT_EQ(child<QComboBox>(&page, "pendingCallKind")->currentData().toInt(), static_cast<int>(TicketKind::Repair));
    // R-IN-1, R-RP-5: a repair needs its category, said next to the field; nothing is entered without it.
    click(&page, "enterCallButton");
    EXPECT_EQ(pending()->topLevelItemCount(), 1);
    EXPECT_TRUE(child<QLabel>(&page, "pendingCallCategoryError")->isVisibleTo(&page));
    EXPECT_FALSE(labelText(&page, "pendingCallCategoryError").isEmpty());
    auto* category = child<QComboBox>(&page, "pendingCallCategory");
    QWidget* focus = page.focusWidget(); // where typing goes once the window is active
    EXPECT_TRUE(focus == category || category->isAncestorOf(focus));
    category->setCurrentIndex(1);
    const QString chosen = category->currentText();
    EXPECT_FALSE(child<QLabel>(&page, "pendingCallCategoryError")->isVisibleTo(&page));
    click(&page, "enterCallButton");
    EXPECT_EQ(pending()->topLevelItemCount(), 0);
    EXPECT_TRUE(category->currentText().isEmpty()); // the next call starts clean
    const qint64 ticketId = host.services().controlRoom.call(callId).value().enteredTicketId;
    ASSERT_NE(ticketId, 0);
    const Ticket t = host.services().tickets.find(ticketId).value();
    EXPECT_TRUE(t.retroactive);
    EXPECT_EQ(t.kind, TicketKind::Repair);
    EXPECT_EQ(t.occurredMs, NightShiftSetup::at(2, 10).toMSecsSinceEpoch());
    EXPECT_EQ(t.createdMs, NightShiftSetup::at(8, 10).toMSecsSinceEpoch());
    EXPECT_EQ(t.department, u"engineering"_s);
    EXPECT_EQ(t.category, chosen);
    // R-RP-5: the ticket is the operator's who took the call and sent 刘师傅, not the desk clerk's.
    EXPECT_EQ(t.createdBy, night.control.user.id);
    const auto steps = host.services().tickets.history(t.id).value();
    ASSERT_EQ(steps.size(), 3);
    EXPECT_EQ(steps[2].note, u"关闭总阀，更换水管"_s); // R-RP-3: the result is the return step
    EXPECT_EQ(steps[2].data.value(u"done_by"_s).toString(), u"刘师傅"_s);
    EXPECT_TRUE(steps[0].note.isEmpty()) << steps[0].note.toStdString();
    EXPECT_TRUE(labelText(&page, "pendingCallsMessage").contains(t.number)) << t.number.toStdString();

    // The ticket's history shows the operator as who acted and the clerk as who entered it.
    Services& s = host.services();
    TicketDialog dialog(s.tickets, s.registry, s.accounts, s.clock, night.morning, t.id);
    auto* history = child<QTableWidget>(&dialog, "ticketHistory");
    ASSERT_EQ(history->rowCount(), 3);
    EXPECT_EQ(history->item(0, 3)->text(), night.control.user.displayName);
    EXPECT_TRUE(history->item(0, 0)->text().contains(night.morning.user.displayName))
        << history->item(0, 0)->text().toStdString();
    EXPECT_TRUE(history->item(1, 4)->text().contains(u"刘师傅"_s)) << history->item(1, 4)->text().toStdString();
    EXPECT_TRUE(history->item(2, 4)->text().contains(u"关闭总阀，更换水管"_s));
}

// R-SH-3: "Call recorded at …" is about the last call; typing the next caller's number takes it away.
TEST_F(ControlRoomPageTest, TheRecordedLineGoesWhenTheNextCallIsTyped)
{
    use(night.control);
    night.setTime(2, 10);
    recordCall(u"13812345678"_s, u"3-1-502"_s, u"张先生"_s, u"卫生间水管爆裂"_s);
    ASSERT_EQ(callCount(), 1);
    ASSERT_FALSE(labelText(&page, "controlRoomMessage").isEmpty());

    type(child<QLineEdit>(&page, "callPhoneEdit"), u"139"_s);
    EXPECT_TRUE(labelText(&page, "controlRoomMessage").isEmpty())
        << labelText(&page, "controlRoomMessage").toStdString();
}

TEST_F(ControlRoomPageTest, TheDeskChoosesTheKindOfTheTicket)
{
    // R-RP-5, R-IN-1: a night call may be a complaint, not only a repair.
    night.setTime(23, 20, -1);
    night.call(night.control, u"13900003333"_s, night.unitId(u"3-1-501"_s), u"赵六"_s, u"楼上装修噪音"_s);
    night.setTime(8, 5);
    use(night.morning);
    ASSERT_EQ(pending()->topLevelItemCount(), 1);
    auto* kind = child<QComboBox>(&page, "pendingCallKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(TicketKind::Complaint)));
    click(&page, "enterCallButton");
    auto tickets = host.db().scalar(u"SELECT kind FROM tickets WHERE retroactive = ?"_s, {true});
    ASSERT_TRUE(tickets.ok());
    EXPECT_EQ(tickets.value().toString(), TicketTerms::key(TicketKind::Complaint));
    EXPECT_TRUE(host.services().controlRoom.pendingCalls().value().isEmpty());
}

TEST_F(ControlRoomPageTest, BadInputIsExplainedNextToTheFieldAndNothingIsWritten)
{
    // R-SH-3: a call without what was said is no record.
    use(night.control);
    night.setTime(1, 30);
    recordCall(u"13812345678"_s, u"3-1-502"_s, u"张先生"_s, {});
    EXPECT_FALSE(labelText(&page, "callDescriptionError").isEmpty());
    EXPECT_TRUE(child<QLineEdit>(&page, "callDescriptionEdit")->hasFocus());
    EXPECT_EQ(child<QLineEdit>(&page, "callPersonEdit")->text(), u"张先生"_s); // nothing typed is lost
    recordCall(u"12"_s, u"3-1-502"_s, {}, u"水管漏水"_s);
    EXPECT_FALSE(labelText(&page, "callPhoneError").isEmpty());
    EXPECT_TRUE(labelText(&page, "callDescriptionError").isEmpty());
    recordCall({}, u"9-9-999"_s, {}, u"水管漏水"_s);
    EXPECT_TRUE(labelText(&page, "callUnitError").contains(u"9-9-999"_s));
    EXPECT_EQ(callCount(), 0);
    EXPECT_EQ(page.tonightList()->topLevelItemCount(), 0);

    // A dispatch names its department; the dialog stays open and nothing changes.
    recordCall({}, u"31502"_s, {}, u"水管漏水"_s); // compact code finds 3-1-502
    ASSERT_EQ(callCount(), 1);
    EXPECT_EQ(page.tonightList()->topLevelItem(0)->text(1), u"3-1-502"_s);
    click(&page, "dispatchCallButton");
    NightCallDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    click(dialog, "nightCallSaveButton");
    EXPECT_FALSE(labelText(dialog, "dispatchDepartmentError").isEmpty());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(host.services().controlRoom.pendingCalls().value().first().dispatchedMs.has_value());
    dialog->reject();
}

TEST_F(ControlRoomPageTest, EachRoleSeesItsOwnSide)
{
    // R-RP-5: direct dispatch is the control room's (and the supervisor's), never the clerk's.
    use(night.morning);
    EXPECT_FALSE(child<QWidget>(&page, "nightCallForm")->isVisible());
    EXPECT_TRUE(page.pendingPanel()->isVisible());
    use(night.control);
    EXPECT_TRUE(child<QWidget>(&page, "nightCallForm")->isVisible());
    EXPECT_FALSE(page.pendingPanel()->isVisible());
    use(night.supervisor);
    EXPECT_TRUE(child<QWidget>(&page, "nightCallForm")->isVisible());
    EXPECT_TRUE(page.pendingPanel()->isVisible());
    use(host.signedIn(Role::Cashier, u"qian.shou"_s));
    EXPECT_FALSE(child<QWidget>(&page, "nightCallForm")->isVisible());
    EXPECT_FALSE(page.pendingPanel()->isVisible());
    EXPECT_TRUE(child<QLabel>(&page, "controlRoomNone")->isVisible());
}

TEST_F(ControlRoomPageTest, Screenshot)
{
    // R-SH-3: a busy night in the control room, at 03:30.
    struct Call
    {
        int hour, minute;
        QString phone, unit, name, what;
    };
    const QList<Call> calls = {
        {21, 15, u"13800004444"_s, u"3-1-601"_s, u"钱七"_s, u"客厅跳闸，全屋停电"_s},
        {22, 5, u"13900003333"_s, u"3-1-501"_s, u"赵六"_s, u"楼上装修噪音，已过晚十点"_s},
        {23, 40, u"13700007777"_s, u"5-2-101"_s, u"吴十"_s, u"商铺卷帘门无法关闭"_s},
    };
    QList<qint64> ids;
    for (const Call& c : calls) {
        night.setTime(c.hour, c.minute, -1);
        ids << night.call(night.control, c.phone, night.unitId(c.unit), c.name, c.what);
    }
    night.setTime(21, 20, -1);
    EXPECT_TRUE(host.services().controlRoom.recordDirectDispatch(night.control, ids[0], u"工程部"_s, u"王电工"_s).ok());
    night.setTime(22, 0, -1);
    EXPECT_TRUE(host.services().controlRoom.recordReturn(night.control, ids[0], u"更换空气开关，已恢复供电"_s).ok());
    night.setTime(23, 45, -1);
    EXPECT_TRUE(host.services().controlRoom.recordDirectDispatch(night.control, ids[2], u"工程部"_s, u"刘师傅"_s).ok());
    use(night.control);
    night.setTime(2, 10);
    recordCall(u"13812345678"_s, u"3-1-502"_s, u"张三"_s, u"卫生间水管爆裂，水流到楼下"_s);
    night.setTime(3, 30);
    page.refresh();
    EXPECT_EQ(page.tonightList()->topLevelItemCount(), 4);
    Screenshots::save(&page, u"control-room-en"_s);

    night.setTime(8, 10);
    use(night.morning);
    EXPECT_EQ(pending()->topLevelItemCount(), 4);
    Screenshots::save(&page, u"control-room-desk-en"_s);
    use(night.supervisor); // both sides at once
    Screenshots::save(&page, u"control-room-supervisor-en"_s);
}

} // namespace
} // namespace fd::test

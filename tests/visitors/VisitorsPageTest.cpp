// The visitors page driven offscreen as the clerk does it: by keyboard, with the service and the
// reminders underneath (R-VS-1..4).
#include "VisitorFixture.h"

#include "core/MinuteTick.h"
#include "engine/reminders/ReminderService.h"
#include "modules/registry/UnitPickerWidget.h"
#include "modules/visitors/VisitorInsideModel.h"
#include "modules/visitors/VisitorInstructionsWidget.h"
#include "modules/visitors/VisitorsPage.h"
#include "support/Screenshots.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class VisitorsPageTest : public VisitorFixture
{
protected:
    void showPage(VisitorsPage& page)
    {
        page.setSession(clerk);
        page.resize(1000, 640);
        page.show();
        QApplication::setActiveWindow(&page);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    }
    void chooseUnit(VisitorsPage& page, const QString& code)
    {
        auto* unit = child<QLineEdit>(&page, "unitPickerEdit");
        unit->setFocus();
        type(unit, code);
        QTest::keyClick(unit, Qt::Key_Return);
        auto* picker = page.findChild<UnitPickerWidget*>();
        ASSERT_TRUE(QTest::qWaitFor([&] { return picker->unitId() != 0; }, 2000));
    }
    QList<Reminder> watchesFor(ReminderService& reminders, qint64 visitId)
    {
        QList<Reminder> out;
        for (const Reminder& r : reminders.active(host.clock().nowMs(), clerk).value())
            if (r.due == ReminderDue::Watch && r.source == u"visitor" && r.refId == visitId)
                out << r;
        return out;
    }
    qint64 visits() { return scalar(u"SELECT COUNT(*) FROM visits"_s); }
};

// R-VS-2 check-in by keyboard, R-VS-3 the watch at 91 minutes and the confirmation, R-VS-4 check-out.
TEST_P(VisitorsPageTest, TheClerkChecksAVisitorInConfirmsAfterNinetyMinutesAndChecksOut)
{
    ReminderService reminders(host.db(), host.clock(), host.services().audit, host.services().rules);
    VisitorsPage page(*visitors, host.services().registry, host.services().clock, host.services().minuteTick);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    showPage(page);

    // Nothing typed: the name is asked for next to its field, nothing written.
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(labelText(&page, "visitorNameError").isEmpty());
    EXPECT_EQ(visits(), 0);

    type(child<QLineEdit>(&page, "visitorName"), u"王伟"_s);
    type(child<QLineEdit>(&page, "visitorPhone"), u"13912345678"_s);
    child<QSpinBox>(&page, "visitorParty")->setValue(2);
    chooseUnit(page, u"3-1-502"_s);
    EXPECT_EQ(child<QComboBox>(&page, "visitorHost")->currentText(), u"张三"_s); // the unit's resident
    type(child<QLineEdit>(&page, "visitorPurpose"), u"探亲"_s);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(visits(), 1) << labelText(&page, "visitorFormError").toStdString();
    const qint64 id = scalar(u"SELECT id FROM visits"_s);
    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.selectedVisitId(), id);
    const QModelIndex phone = page.model()->index(0, VisitorInsideModel::Phone);
    EXPECT_EQ(phone.data().toString(), u"139****5678"_s);                  // masked in the list
    EXPECT_TRUE(child<QLineEdit>(&page, "visitorName")->text().isEmpty()); // ready for the next one
    // R-VS-1: the next visitor's resident is asked afresh, not the last one's carried over.
    EXPECT_TRUE(child<QComboBox>(&page, "visitorHost")->currentText().isEmpty())
        << child<QComboBox>(&page, "visitorHost")->currentText().toStdString();

    host.clock().advanceMinutes(91);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    ASSERT_EQ(watchesFor(reminders, id).size(), 1);
    EXPECT_TRUE(watchesFor(reminders, id).first().number.contains(u"王伟"_s));
    page.refresh();
    EXPECT_TRUE(page.model()->index(0, VisitorInsideModel::HowLong).data().toString().contains(u"confirm"_s));

    page.showRecord(id); // as from the reminder
    type(child<QLineEdit>(&page, "visitorConfirmNote"), u"住户说客人还要坐一会儿"_s);
    QTest::keyClick(&page, Qt::Key_K, Qt::ControlModifier);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM visit_confirmations WHERE visit_id = ?"_s, {id}), 1);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_TRUE(watchesFor(reminders, id).isEmpty());

    host.clock().advanceMinutes(20);
    page.showRecord(id);
    QTest::keyClick(&page, Qt::Key_O, Qt::ControlModifier);
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_EQ(visitors->visit(id)->status, VisitStatus::Out);
    EXPECT_EQ(visitors->visit(id)->leftMs.value_or(0), host.clock().nowMs());
    EXPECT_TRUE(labelText(&page, "visitorMessage").contains(u"王伟"_s));
}

// R-VS-3: the "inside now" list keeps itself current while the page stays open: a visitor checked in
// at 16:03 reads 1 h 37 min with the confirm mark at 17:40 without the page being left; the row chosen stays.
TEST_P(VisitorsPageTest, TheInsideListCountsTheStayAndMarksTheCheckWhileThePageStaysOpen)
{
    advanceTo(16, 3);
    const Visit early = admit(form());
    advanceTo(16, 30);
    admit(form(u"李雷"_s, u"3-1-601"_s, 1, u"送货"_s));
    VisitorsPage page(*visitors, host.services().registry, host.services().clock, host.services().minuteTick);
    showPage(page);
    page.showRecord(early.id);
    const int row = page.model()->rowOf(early.id);
    ASSERT_GE(row, 0);
    const QModelIndex stay = page.model()->index(row, VisitorInsideModel::HowLong);
    EXPECT_EQ(stay.data().toString(), u"0 h 27 min"_s);

    advanceTo(17, 40);
    host.services().minuteTick.tick(); // the minute changed; the page was never left
    EXPECT_EQ(page.model()->index(page.model()->rowOf(early.id), VisitorInsideModel::HowLong).data().toString(),
              u"1 h 37 min · confirm"_s);
    EXPECT_TRUE(page.model()
                    ->index(page.model()->rowOf(early.id), VisitorInsideModel::HowLong)
                    .data(Qt::ForegroundRole)
                    .isValid());                 // the overdue colour
    EXPECT_EQ(page.selectedVisitId(), early.id); // the clerk's place is kept

    // Hidden while time passes, it is current again the moment it is shown.
    page.hide();
    advanceTo(18, 10);
    host.services().minuteTick.tick();
    page.show();
    EXPECT_EQ(page.model()->index(page.model()->rowOf(early.id), VisitorInsideModel::HowLong).data().toString(),
              u"2 h 07 min · confirm"_s);
}

// R-VS-4: a visitor the list still shows but who already left is refused with a message; nothing written.
// R-VS-2: "checked in" is about the last visitor; typing the next one's name takes it away, so the
// line under the form never speaks of someone else.
TEST_P(VisitorsPageTest, TheCheckedInLineGoesWhenTheNextVisitorIsTyped)
{
    VisitorsPage page(*visitors, host.services().registry, host.services().clock, host.services().minuteTick);
    showPage(page);
    type(child<QLineEdit>(&page, "visitorName"), u"王伟"_s);
    chooseUnit(page, u"3-1-502"_s);
    type(child<QLineEdit>(&page, "visitorPurpose"), u"探亲"_s);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(visits(), 1) << labelText(&page, "visitorFormError").toStdString();
    ASSERT_TRUE(labelText(&page, "visitorMessage").contains(u"王伟"_s));

    type(child<QLineEdit>(&page, "visitorName"), u"李"_s);
    EXPECT_TRUE(labelText(&page, "visitorMessage").isEmpty()) << labelText(&page, "visitorMessage").toStdString();
}

TEST_P(VisitorsPageTest, CheckingOutSomeoneNoLongerInsideIsRefusedWithAMessage)
{
    const Visit v = admit(form());
    VisitorsPage page(*visitors, host.services().registry, host.services().clock, host.services().minuteTick);
    showPage(page);
    page.showRecord(v.id);
    ASSERT_EQ(page.selectedVisitId(), v.id);
    host.clock().advanceMinutes(5);
    ASSERT_TRUE(visitors->checkOut(clerk, v.id).ok()); // at another workstation
    const qint64 leftMs = visitors->visit(v.id)->leftMs.value_or(0);
    host.clock().advanceMinutes(5);
    QTest::keyClick(&page, Qt::Key_O, Qt::ControlModifier);
    EXPECT_TRUE(labelText(&page, "visitorMessage").contains(u"already left"_s))
        << labelText(&page, "visitorMessage").toStdString();
    EXPECT_EQ(visitors->visit(v.id)->leftMs.value_or(0), leftMs);
    EXPECT_EQ(page.model()->rowCount(), 0);
}

// R-VS-1: refused by the resident — the reason is asked for, the refusal recorded, nobody inside.
TEST_P(VisitorsPageTest, ARefusalNeedsAReasonAndLeavesNobodyInside)
{
    VisitorsPage page(*visitors, host.services().registry, host.services().clock, host.services().minuteTick);
    showPage(page);
    type(child<QLineEdit>(&page, "visitorName"), u"刘强"_s);
    chooseUnit(page, u"3-1-501"_s);
    type(child<QLineEdit>(&page, "visitorPurpose"), u"推销"_s);
    QTest::keyClick(&page, 's', Qt::AltModifier);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return child<QRadioButton>(&page, "visitorAnswer_refused")->isChecked(); }, 2000));
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(labelText(&page, "visitorReasonError").isEmpty());
    EXPECT_EQ(visits(), 0);
    type(child<QLineEdit>(&page, "visitorReason"), u"住户不认识此人"_s);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(visits(), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM visits WHERE status = 'refused'"_s), 1);
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_TRUE(labelText(&page, "visitorMessage").contains(u"刘强"_s));
}

// Instructions in force show under the unit (a "do not admit" in red) and go when ended; a past
// visitor typed again fills the form.
TEST_P(VisitorsPageTest, TheUnitsInstructionsShowAtCheckInAndAPastVisitorFillsTheForm)
{
    const qint64 unit = unitId(u"3-1-502"_s);
    ASSERT_TRUE(visitors->addInstruction(clerk, {unit, u"不要放刘某进入"_s, InstructionKind::Refuse, 0, {}}).ok());
    ASSERT_TRUE(visitors->checkOut(clerk, admit(form(u"王伟"_s, u"3-1-502"_s, 2, u"探亲"_s)).id).ok());
    VisitorsPage page(*visitors, host.services().registry, host.services().clock, host.services().minuteTick);
    showPage(page);

    auto* name = child<QLineEdit>(&page, "visitorName");
    name->setFocus();
    type(name, u"王"_s);
    auto* suggestions = child<QListWidget>(&page, "visitorSuggestions");
    ASSERT_TRUE(QTest::qWaitFor([&] { return suggestions->isVisible() && suggestions->count() == 1; }, 2000));
    QTest::keyClick(name, Qt::Key_Down);
    QTest::keyClick(suggestions, Qt::Key_Return);
    EXPECT_EQ(name->text(), u"王伟"_s);
    EXPECT_EQ(child<QLineEdit>(&page, "visitorPurpose")->text(), u"探亲"_s);
    EXPECT_EQ(child<QLineEdit>(&page, "visitorPlate")->text(), u"沪A12345"_s);
    EXPECT_EQ(page.findChild<UnitPickerWidget*>()->unitId(), unit);

    auto* list = child<QListWidget>(&page, "visitorInstructionList");
    ASSERT_TRUE(list->isVisible());
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains(u"不要放刘某进入"_s));
    EXPECT_EQ(list->item(0)->background().color(), QColor(0xc6, 0x28, 0x28));

    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&page, "visitorInstructionEnd"), Qt::LeftButton);
    EXPECT_TRUE(visitors->instructionsInForce(unit, host.clock().nowMs()).value().isEmpty());
    EXPECT_FALSE(list->item(0)->text().contains(u"不要放刘某进入"_s));
}

// The page at the desk's size with a morning's visitors: several inside, one due a check, an instruction.
TEST_P(VisitorsPageTest, Screenshot)
{
    if (GetParam() != u"sqlite")
        GTEST_SKIP() << "one screenshot is enough";
    struct Guest
    {
        int hour, minute;
        QString name, unit, purpose, phone, plate, host;
        int people;
    };
    const QList<Guest> guests{
        {7, 20, u"王伟"_s, u"3-1-502"_s, u"探亲"_s, u"13912345678"_s, u"沪A12345"_s, u"张三"_s, 2},
        {8, 5, u"陈静"_s, u"3-1-601"_s, u"送文件"_s, u"13687654321"_s, {}, u"钱七"_s, 1},
        {8, 40, u"美团 赵师傅"_s, u"3-1-701"_s, u"送餐"_s, u"15800001234"_s, {}, u"周九"_s, 1},
        {8, 52, u"周建国"_s, u"5-2-101"_s, u"商铺装修报价"_s, {}, u"沪B88K21"_s, u"吴十"_s, 3},
        {9, 10, u"孙丽"_s, u"3-1-602"_s, u"保洁（业主预约）"_s, u"13511112222"_s, {}, u"孙八"_s, 1}};
    for (const Guest& g : guests) {
        advanceTo(g.hour, g.minute);
        VisitorCheckIn f = form(g.name, g.unit, g.people, g.purpose);
        f.phone = g.phone;
        f.plate = g.plate;
        f.hostName = g.host;
        f.confirmation = g.hour == 9 ? VisitConfirmation::PreArranged : VisitConfirmation::Phone;
        admit(f);
    }
    ASSERT_TRUE(
        visitors
            ->addInstruction(clerk,
                             {unitId(u"3-1-501"_s), u"业主出差，期间任何人不得进入"_s, InstructionKind::Refuse, 0, {}})
            .ok());
    ASSERT_TRUE(visitors
                    ->addInstruction(
                        clerk, {unitId(u"3-1-501"_s), u"物业维修人员周三上午可进"_s, InstructionKind::Admit, 0, {}})
                    .ok());
    advanceTo(9, 25);
    VisitorsPage page(*visitors, host.services().registry, host.services().clock, host.services().minuteTick);
    showPage(page);
    type(child<QLineEdit>(&page, "visitorName"), u"李明"_s);
    type(child<QLineEdit>(&page, "visitorPhone"), u"13700009999"_s);
    chooseUnit(page, u"3-1-501"_s);
    type(child<QLineEdit>(&page, "visitorPurpose"), u"取快递"_s);
    page.showRecord(scalar(u"SELECT id FROM visits WHERE visitor_name = '陈静'"_s));
    QTest::qWait(50);
    Screenshots::save(&page, u"visitors-en"_s);
    EXPECT_EQ(page.model()->rowCount(), 5);
}

INSTANTIATE_TEST_SUITE_P(Backends, VisitorsPageTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test

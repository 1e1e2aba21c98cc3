// The intake page offscreen, driven by the keyboard like a clerk on the phone.
#include "modules/intake/IntakePage.h"
#include "../gui/GuiTestSupport.h"
#include "core/DateTimeText.h"
#include "core/Translations.h"
#include "desk/Services.h"
#include "modules/intake/IntakeHistoryWidget.h"
#include "modules/intake/IntakeService.h"
#include "support/Screenshots.h"
#include "widgets/Ask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

class IntakePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        importSample(host);
        clerk = host.signedIn(Role::Clerk, u"li.na"_s);
        page = makePage();
    }

    std::unique_ptr<IntakePage> makePage()
    {
        auto p = std::make_unique<IntakePage>(intake, host.services().registry, host.services().rules,
                                              host.services().clock);
        p->resize(1000, 700);
        p->setSession(clerk);
        p->show();
        p->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(p.get()));
        return p;
    }

    void chooseUnit(const QString& text)
    {
        auto* edit = child<QLineEdit>(page.get(), "unitPickerEdit");
        edit->setFocus();
        type(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    // The caller's number over whatever the registry filled in (Tab into a field selects its text).
    void typePhone(const QString& number)
    {
        auto* phone = child<QLineEdit>(page.get(), "intakePhoneEdit");
        phone->selectAll();
        type(phone, number);
    }

    // Alt+letter, as the clerk does; a button's mnemonic clicks it after a short animation.
    void pickClass(char mnemonic, const char* key)
    {
        QTest::keyClick(page.get(), mnemonic, Qt::AltModifier);
        auto* radio = child<QRadioButton>(page.get(), (std::string("intakeClass_") + key).c_str());
        ASSERT_TRUE(QTest::qWaitFor([&] { return radio->isChecked(); }, 2000)) << key;
    }

    qint64 count(const QString& table)
    {
        return host.db().scalar(u"SELECT COUNT(*) FROM "_s + table).value().toLongLong();
    }

    TestHost host;
    IntakeService intake{host.db(), host.clock(), host.services().audit, host.services().tickets};
    Session clerk;
    std::unique_ptr<IntakePage> page;
};

// R-IN-1: classifying never costs what was typed: each class's fields stay when switching.
TEST_F(IntakePageTest, SwitchingClassKeepsEverythingTyped)
{
    type(child<QPlainTextEdit>(page.get(), "intakeTextEdit"), u"楼上漏水到我家卫生间"_s);
    pickClass('r', "repair");
    ASSERT_TRUE(child<QRadioButton>(page.get(), "intakeClass_repair")->isChecked());
    auto* category = child<QComboBox>(page.get(), "intakeCategoryCombo");
    ASSERT_TRUE(category->isVisible());
    category->setFocus();
    type(category->lineEdit(), u"水"_s);
    pickClass('m', "complaint");
    ASSERT_TRUE(child<QRadioButton>(page.get(), "intakeClass_complaint")->isChecked());
    EXPECT_FALSE(category->isVisible());
    auto* people = child<QLineEdit>(page.get(), "intakePeopleEdit");
    ASSERT_TRUE(people->isVisible());
    type(people, u"1602住户"_s);
    pickClass('i', "inquiry");
    pickClass('r', "repair");

    const IntakeForm f = page->form();
    EXPECT_EQ(f.intakeClass, IntakeClass::Repair);
    EXPECT_EQ(f.description, u"楼上漏水到我家卫生间"_s);
    EXPECT_EQ(f.category, u"水"_s);
    EXPECT_EQ(f.peopleInvolved, u"1602住户"_s);
    EXPECT_EQ(category->currentText(), u"水"_s);
}

// R-IN-1: an unsaved form survives a crash: the page is destroyed without saving and a new one
// finds everything again.
TEST_F(IntakePageTest, DraftIsRestoredAfterACrash)
{
    chooseUnit(u"31502"_s);
    type(child<QPlainTextEdit>(page.get(), "intakeTextEdit"), u"问下周几停水"_s);
    pickClass('i', "inquiry");
    child<QRadioButton>(page.get(), "intakeHeadAbsentRadio")->click();
    // The draft is written after the clerk pauses (about a second), not on every key.
    EXPECT_TRUE(intake.draft(clerk).value().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !intake.draft(clerk).value().isEmpty(); }, 5000));

    page.reset(); // the "crash": no save, no question asked
    page = makePage();
    const IntakeForm f = page->form();
    EXPECT_EQ(f.unitId, host.db().scalar(u"SELECT id FROM units WHERE code = '3-1-502'"_s).value().toLongLong());
    EXPECT_EQ(f.description, u"问下周几停水"_s);
    EXPECT_EQ(f.intakeClass, IntakeClass::Inquiry);
    EXPECT_EQ(f.inquiryRoute, InquiryRoute::HeadAbsent);
    EXPECT_EQ(child<QLineEdit>(page.get(), "unitPickerEdit")->text(), u"3-1-502"_s);
    EXPECT_TRUE(child<QLineEdit>(page.get(), "intakeContactPhoneEdit")->isVisible());
}

// R-IN-4: the clerk records the time promised to the customer on the form; a time already past is
// refused next to the field and nothing is saved; a time to come is the reply due.
TEST_F(IntakePageTest, APromisedTimeIsRecordedAndAPastOneIsRefusedNextToTheField)
{
    chooseUnit(u"3-1-502"_s);
    typePhone(u"13800001111"_s);
    type(child<QPlainTextEdit>(page.get(), "intakeTextEdit"), u"建议在东门加装雨棚"_s);
    pickClass('q', "request");
    auto* check = child<QCheckBox>(page.get(), "intakePromisedCheck");
    auto* when = child<QDateTimeEdit>(page.get(), "intakePromisedEdit");
    ASSERT_TRUE(check->isVisible());
    EXPECT_FALSE(when->isEnabled());
    check->click();
    ASSERT_TRUE(when->isEnabled());
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(host.clock().nowMs());
    when->setDateTime(now.addSecs(-3600));
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(child<QLabel>(page.get(), "intakePromisedError")->isVisible());
    EXPECT_FALSE(labelText(page.get(), "intakePromisedError").isEmpty());
    EXPECT_EQ(host.db().scalar(u"SELECT COUNT(*) FROM tickets"_s).value().toInt(), 0);

    const QDateTime promised(now.date().addDays(3), QTime(15, 0));
    when->setDateTime(promised);
    ASSERT_TRUE(page->save());
    EXPECT_EQ(host.db().scalar(u"SELECT resolve_by_ms FROM tickets WHERE kind = 'request'"_s).value().toLongLong(),
              promised.toMSecsSinceEpoch());
    EXPECT_TRUE(labelText(page.get(), "intakeStatus").contains(DateTimeText::dateTime(promised)));
    // An inquiry answered at once owes nothing, so nothing is promised.
    pickClass('i', "inquiry");
    EXPECT_FALSE(check->isVisible());
    child<QRadioButton>(page.get(), "intakeReferredRadio")->click();
    EXPECT_TRUE(check->isVisible());
}

// R-IN-5: an inquiry referred to the department head names the department and the head; a missing
// department is shown next to its field.
TEST_F(IntakePageTest, AReferralNeedsTheDepartmentNextToItsField)
{
    chooseUnit(u"3-1-502"_s);
    typePhone(u"13800001111"_s);
    type(child<QPlainTextEdit>(page.get(), "intakeTextEdit"), u"车位租金明年是否上调"_s);
    pickClass('i', "inquiry");
    child<QRadioButton>(page.get(), "intakeReferredRadio")->click();
    auto* head = child<QLineEdit>(page.get(), "intakeHeadNameEdit");
    ASSERT_TRUE(head->isVisible());
    EXPECT_FALSE(child<QPlainTextEdit>(page.get(), "intakeAnswerEdit")->isVisible());
    type(head, u"周经理"_s);
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(child<QLabel>(page.get(), "intakeReferDepartmentError")->isVisible());
    auto* department = child<QComboBox>(page.get(), "intakeReferDepartmentCombo");
    department->setFocus();
    type(department->lineEdit(), u"财务部"_s);
    ASSERT_TRUE(page->save());
    EXPECT_EQ(host.db().scalar(u"SELECT COUNT(*) FROM ticket_events WHERE kind = 'referred'"_s).value().toInt(), 1);
}

// R-IN-1, R-IN-4: saving opens the ticket, shows its number and clears the form for the next caller.
TEST_F(IntakePageTest, SaveShowsTheNumberAndClearsTheForm)
{
    chooseUnit(u"3-1-502"_s);
    typePhone(u"13800001111"_s);
    type(child<QPlainTextEdit>(page.get(), "intakeTextEdit"), u"建议在东门加装雨棚"_s);
    pickClass('q', "request");
    QTest::keyClick(page.get(), Qt::Key_S, Qt::ControlModifier);

    const QString number = host.db().scalar(u"SELECT number FROM tickets WHERE kind = 'request'"_s).value().toString();
    ASSERT_FALSE(number.isEmpty());
    EXPECT_TRUE(labelText(page.get(), "intakeStatus").contains(number));
    const IntakeForm f = page->form();
    EXPECT_TRUE(f.isEmpty());
    EXPECT_TRUE(child<QLineEdit>(page.get(), "unitPickerEdit")->text().isEmpty());
    EXPECT_TRUE(intake.draft(clerk).value().isEmpty());
}

// R-IN-1, R-RP-1: after a save the next form starts clean: the same keys choose the same repair
// category on the next ticket, and "Saved as …" goes once the clerk types the next one.
TEST_F(IntakePageTest, AfterASaveTheSameKeysGiveTheSameCategoryAndTheOldStatusGoes)
{
    auto* category = child<QComboBox>(page.get(), "intakeCategoryCombo");
    QStringList chosen;
    for (int round = 0; round < 2; ++round) {
        chooseUnit(u"3-1-502"_s);
        typePhone(u"13800001111"_s);
        type(child<QPlainTextEdit>(page.get(), "intakeTextEdit"), u"卫生间漏水"_s);
        pickClass('r', "repair");
        category->setFocus();
        QTest::keyClick(category, Qt::Key_Down);
        QTest::keyClick(category, Qt::Key_Down);
        chosen << category->currentText();
        QTest::keyClick(page.get(), Qt::Key_S, Qt::ControlModifier);
        ASSERT_FALSE(labelText(page.get(), "intakeStatus").isEmpty()); // saved
        EXPECT_EQ(category->currentIndex(), 0) << category->currentText().toStdString();
        EXPECT_TRUE(category->currentText().isEmpty());
    }
    EXPECT_EQ(chosen[0], chosen[1]);
    EXPECT_FALSE(chosen[0].isEmpty());
    EXPECT_EQ(count(u"tickets"_s), 2);

    type(child<QPlainTextEdit>(page.get(), "intakeTextEdit"), u"门"_s);
    EXPECT_TRUE(labelText(page.get(), "intakeStatus").isEmpty()) << labelText(page.get(), "intakeStatus").toStdString();
}

// R-IN-1: a call from a registered resident: the caller number comes from the registry when the unit
// and the person are chosen; the clerk can change it, and a number the clerk typed is never replaced.
TEST_F(IntakePageTest, ARegisteredCallerFillsTheCallerNumberAndWhatTheClerkTypesStays)
{
    auto* phone = child<QLineEdit>(page.get(), "intakePhoneEdit");
    auto* person = child<QComboBox>(page.get(), "intakePersonCombo");
    chooseUnit(u"3-1-501"_s); // 李四 (owner, 13800002222/021-55556666) and 赵六 (tenant, 13900003333)
    ASSERT_EQ(person->currentText(), u"李四"_s);
    EXPECT_EQ(phone->text(), u"13800002222"_s);

    person->setCurrentIndex(person->findText(u"赵六"_s)); // another resident: the filled number follows
    EXPECT_EQ(phone->text(), u"13900003333"_s);
    person->setEditText(u"赵六的朋友"_s); // someone the registry does not know: no one's number
    EXPECT_TRUE(phone->text().isEmpty());

    phone->clear();
    type(phone, u"13700009999"_s); // the clerk reads the caller's own number off the phone
    person->setCurrentIndex(person->findText(u"李四"_s));
    EXPECT_EQ(phone->text(), u"13700009999"_s);

    type(child<QPlainTextEdit>(page.get(), "intakeTextEdit"), u"物业费怎么交"_s);
    pickClass('o', "other");
    QTest::keyClick(page.get(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(host.db().scalar(u"SELECT caller_phone FROM tickets"_s).value().toString(), u"13700009999"_s);
}

// R-IN-1: the number asked for fits the channel: the caller's number on a call, a contact phone for a
// walk-in or a letter, none for what a patrol found.
TEST_F(IntakePageTest, ThePhoneFieldIsNamedForTheChannel)
{
    auto* channel = child<QComboBox>(page.get(), "intakeChannelCombo");
    auto* label = child<QLabel>(page.get(), "intakePhoneLabel");
    auto* phone = child<QLineEdit>(page.get(), "intakePhoneEdit");
    const auto choose = [&](Channel c) { channel->setCurrentIndex(channel->findData(static_cast<int>(c))); };
    choose(Channel::Call);
    EXPECT_EQ(label->text(), u"&Caller number"_s);
    choose(Channel::WalkIn);
    EXPECT_EQ(label->text(), u"&Contact phone"_s);
    EXPECT_TRUE(phone->isVisible());
    choose(Channel::Letter);
    EXPECT_EQ(label->text(), u"&Contact phone"_s);
    choose(Channel::ControlRoom);
    EXPECT_EQ(label->text(), u"&Caller number"_s);
    type(phone, u"13800001111"_s);
    choose(Channel::Patrol);
    EXPECT_FALSE(label->isVisible());
    EXPECT_FALSE(phone->isVisible());
    EXPECT_TRUE(page->form().callerPhone.isEmpty()) << "a patrol finding has no caller";
}

// R-IN-1: bad input is named next to its field and nothing is written.
TEST_F(IntakePageTest, EmptyTextIsRefusedNextToTheField)
{
    chooseUnit(u"3-1-502"_s);
    typePhone(u"13800001111"_s);
    pickClass('o', "other");
    const qint64 before = count(u"tickets"_s);
    QTest::keyClick(page.get(), Qt::Key_Return, Qt::ControlModifier);
    auto* error = child<QLabel>(page.get(), "intakeTextError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_EQ(count(u"tickets"_s), before);
    EXPECT_TRUE(child<QPlainTextEdit>(page.get(), "intakeTextEdit")->hasFocus());
}

// R-CP-10: choosing the unit shows its history and its note beside the form.
TEST_F(IntakePageTest, HistoryAppearsWhenAUnitIsChosen)
{
    const qint64 unit = host.db().scalar(u"SELECT id FROM units WHERE code = '3-1-502'"_s).value().toLongLong();
    ASSERT_TRUE(host.services().registry.setUnitNotes(host.admin(), unit, u"曾投诉物业费账单错误"_s).ok());
    IntakeForm old;
    old.intakeClass = IntakeClass::Complaint;
    old.channel = Channel::WalkIn;
    old.unitId = unit;
    old.personName = u"张三"_s;
    old.description = u"保安态度差"_s;
    ASSERT_TRUE(intake.submit(clerk, old).ok());

    auto* history = child<IntakeHistoryWidget>(page.get(), "intakeHistory");
    EXPECT_EQ(history->rowCount(), 0);
    chooseUnit(u"3-1-502"_s);
    EXPECT_EQ(history->rowCount(), 1);
    EXPECT_TRUE(labelText(page.get(), "intakeHistoryNote").contains(u"曾投诉物业费账单错误"_s));
    EXPECT_EQ(child<QComboBox>(page.get(), "intakePersonCombo")->currentText(), u"张三"_s);
}

// Esc on a filled form asks first; refusing keeps everything.
TEST_F(IntakePageTest, NewAsksBeforeDiscarding)
{
    // The question is answered through the one seam for dialogs (Ask), as a clerk would press.
    Ask::reset();
    type(child<QPlainTextEdit>(page.get(), "intakeTextEdit"), u"咨询停车位"_s);
    Ask::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(page.get(), Qt::Key_Escape);
    EXPECT_EQ(Ask::asked(), 1);
    EXPECT_EQ(Ask::lastText(), IntakePage::tr("What was typed will be lost."));
    EXPECT_EQ(page->form().description, u"咨询停车位"_s);
    Ask::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(page.get(), Qt::Key_Escape);
    EXPECT_EQ(Ask::asked(), 2);
    EXPECT_TRUE(page->form().isEmpty());
    QTest::keyClick(page.get(), Qt::Key_Escape); // empty: nothing to ask
    EXPECT_EQ(Ask::asked(), 2);
}

// The page in Chinese at a desk's size, a complaint half taken in, with the unit's history beside it.
TEST_F(IntakePageTest, Screenshot)
{
    Translations::install(u"zh_CN"_s);
    page = makePage();
    const qint64 unit = host.db().scalar(u"SELECT id FROM units WHERE code = '3-1-501'"_s).value().toLongLong();
    ASSERT_TRUE(host.services().registry.setUnitNotes(host.admin(), unit, u"李四先生脾气急，曾两次投诉噪音"_s).ok());
    for (const auto& [c, text] :
         {std::pair{IntakeClass::Repair, u"厨房水龙头漏水"_s}, std::pair{IntakeClass::Complaint, u"楼上夜间装修噪音"_s},
          std::pair{IntakeClass::Inquiry, u"咨询物业费缴纳方式"_s},
          std::pair{IntakeClass::Request, u"建议增设快递柜"_s}}) {
        IntakeForm f;
        f.intakeClass = c;
        f.channel = Channel::Call;
        f.callerPhone = u"13800002222"_s;
        f.unitId = unit;
        f.personName = u"李四"_s;
        f.description = text;
        f.category = u"水"_s;
        f.answer = u"可在前台或微信缴纳"_s;
        ASSERT_TRUE(intake.submit(clerk, f).ok());
        host.clock().advanceHours(26);
    }
    chooseUnit(u"3-1-501"_s);
    typePhone(u"13800002222"_s);
    type(child<QPlainTextEdit>(page.get(), "intakeTextEdit"),
         u"楼上1601又在晚上十点后装修，电钻声很大，已经第三次了"_s);
    pickClass('m', "complaint");
    type(child<QLineEdit>(page.get(), "intakePeopleEdit"), u"1601业主、装修队"_s);
    type(child<QLineEdit>(page.get(), "intakeAsksEdit"), u"要求物业上门制止并限定施工时间"_s);
    QTest::keyClick(child<QCheckBox>(page.get(), "intakeUrgentCheck"), Qt::Key_Space);
    QApplication::processEvents();
    const QString path = Screenshots::save(page.get(), u"intake-page"_s);
    EXPECT_FALSE(path.isEmpty());
    Translations::install(u"en"_s);
}

} // namespace

} // namespace fd::test

// The moves page driven like a clerk at the desk: a move-in from the notice to the keys with two
// defects found at the inspection, and a move-out that waits at "all fees settled" until the cashier
// has taken what the unit owes (R-MI-1, R-MI-2, R-MO-1).
#include "MoveFixture.h"

#include "modules/fees/ChargeService.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/fees/PaymentService.h"
#include "modules/moves/ArchiveWidget.h"
#include "modules/moves/MoveDetailWidget.h"
#include "modules/moves/MovePlanWidget.h"
#include "modules/moves/MoveSteps.h"
#include "modules/moves/MovesPage.h"
#include "modules/moves/NewMoveForm.h"
#include "modules/registry/UnitPickerWidget.h"
#include "support/Screenshots.h"
#include "widgets/Ask.h"
#include "widgets/SignatureField.h"
#include "widgets/SignaturePad.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

template <class T = QWidget> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << "no child named " << name;
    return found;
}

class MovesPageTest : public MoveFixture
{
protected:
    void SetUp() override
    {
        MoveFixture::SetUp();
        Services& s = host.services();
        page = std::make_unique<MovesPage>(MovesPage::Uses{s.moves, s.unitKeys, s.lift, s.archive, s.charges,
                                                           s.registry, s.changes, s.minuteTick, s.clock});
        page->resize(1400, 1000);
        page->show();
        page->setSession(clerk);
        detail = page->detail();
    }

    void click(QWidget* parent, const char* button)
    {
        auto* b = child<QPushButton>(parent, button);
        ASSERT_TRUE(b->isEnabled()) << button << ": " << b->toolTip().toStdString();
        QTest::mouseClick(b, Qt::LeftButton);
    }

    QString stepError() { return child<QLabel>(detail, "stepError")->text(); }

    qint64 doneSteps() { return scalar(u"SELECT COUNT(*) FROM move_steps WHERE status <> 'pending'"_s); }

    void open(MoveKind kind, const QString& unit, const QString& who)
    {
        click(page.get(), "newMove");
        NewMoveForm* form = page->newMoveForm();
        ASSERT_TRUE(form->isVisible());
        auto* kindBox = child<QComboBox>(form, "newKind");
        kindBox->setCurrentIndex(kindBox->findData(static_cast<int>(kind)));
        emit kindBox->activated(kindBox->currentIndex());
        ASSERT_TRUE(form->setUnit(unitId(unit)));
        ASSERT_TRUE(form->chooseResident(who));
        child<QDateEdit>(form, "newDay")->setDate(QDate(2026, 12, 20));
        click(form, "openMove");
        ASSERT_TRUE(detail->isVisible()) << form->errors().message(u"resident"_s).toStdString();
        ASSERT_TRUE(detail->move().has_value());
    }

    void signPad()
    {
        auto* pad = child<SignatureField>(detail, "stepSignature")->pad();
        QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, QPoint(30, 60));
        for (int x = 40; x <= 200; x += 20) {
            QMouseEvent move(QEvent::MouseMove, QPointF(x, 60 + (x / 20 % 2 ? -15 : 15)),
                             pad->mapToGlobal(QPointF(x, 60)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(pad, &move);
        }
        QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, QPoint(200, 60));
    }

    void typeInto(QWidget* parent, const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(parent, name);
        edit->setFocus();
        edit->setText(text);
    }

    std::unique_ptr<MovesPage> page;
    MoveDetailWidget* detail = nullptr;
};

// R-MI-1, R-MI-2: the clerk opens 王伟's move-in, is stopped at the documents until the ID card and the
// purchase contract are in the owner's archive, records two defects (two repair tickets), has the
// inspection signed and hands over two door keys and two access cards, signed for.
TEST_P(MovesPageTest, AMoveInFromTheNoticeToTheKeys)
{
    open(MoveKind::In, u"3-1-502"_s, u"王伟"_s);
    EXPECT_TRUE(detail->move()->number.startsWith(u"RH-"_s));
    EXPECT_EQ(child<QTableWidget>(page.get(), "moveTable")->rowCount(), 1);
    EXPECT_EQ(child<QTableWidget>(detail, "stepTable")->rowCount(), 10);

    click(detail, "doStep"); // the notice
    click(detail, "doStep"); // the documents: not in the archive yet
    EXPECT_FALSE(stepError().isEmpty());
    EXPECT_EQ(doneSteps(), 1);

    click(detail, "openArchive");
    ArchiveWidget* archive = page->archive();
    ASSERT_TRUE(archive->isVisible());
    EXPECT_TRUE(child<QLabel>(archive, "unitMoves")->text().contains(detail->move()->number))
        << "R-MI-2: the unit's moves are in its archive";
    auto* kind = child<QComboBox>(archive, "docKind");
    for (auto [documentKind, number] : {std::pair{DocumentKind::IdCard, u"110101199001011234"_s},
                                        std::pair{DocumentKind::PurchaseContract, u"GF-2026-0412"_s}}) {
        kind->setCurrentIndex(kind->findData(static_cast<int>(documentKind)));
        typeInto(archive, "docNumber", number);
        click(archive, "recordDocument");
    }
    EXPECT_EQ(child<QTableWidget>(archive, "documentTable")->rowCount(), 2);
    EXPECT_EQ(child<QTableWidget>(archive, "documentTable")->item(0, 1)->text(), u"110***********1234"_s);
    click(archive, "backFromArchive");
    ASSERT_TRUE(detail->isVisible());
    click(detail, "doStep"); // the documents
    click(detail, "doStep"); // the service agreement
    EXPECT_EQ(doneSteps(), 3);

    // The inspection: two defects, two repair tickets of the unit.
    for (auto [room, item] : {std::pair{u"主卧"_s, u"窗户"_s}, std::pair{u"卫生间"_s, u"地漏"_s}}) {
        typeInto(detail, "defectRoom", room);
        typeInto(detail, "defectItem", item);
        typeInto(detail, "defectDescription", u"需维修"_s);
        click(detail, "recordDefect");
    }
    EXPECT_EQ(child<QTableWidget>(detail, "defectTable")->rowCount(), 2);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM tickets WHERE kind = 'repair' AND unit_id = ?"_s, {unitId(u"3-1-502"_s)}),
              2);
    EXPECT_EQ(detail->move()->openDefects(), 2);
    EXPECT_TRUE(child<QLabel>(detail, "moveFacts")->text().contains(u"defects still open: 2 of 2"_s))
        << child<QLabel>(detail, "moveFacts")->text().toStdString();
    click(detail, "doStep"); // the inspection

    // Signed on the pad: without strokes the step waits, with them it passes.
    click(detail, "doStep");
    EXPECT_FALSE(detail->errors().message(u"signature"_s).isEmpty());
    signPad();
    click(detail, "doStep");
    EXPECT_EQ(doneSteps(), 5);

    // The keys by kind, signed for.
    ASSERT_TRUE(child<QSpinBox>(detail, "keysDoor")->isVisible());
    child<QSpinBox>(detail, "keysDoor")->setValue(2);
    child<QSpinBox>(detail, "keysAccessCard")->setValue(2);
    signPad();
    click(detail, "doStep");
    EXPECT_EQ(doneSteps(), 6);
    EXPECT_EQ(scalar(u"SELECT SUM(change) FROM unit_key_entries WHERE unit_id = ?"_s, {unitId(u"3-1-502"_s)}), 4);
    EXPECT_FALSE(child<QSpinBox>(detail, "keysDoor")->isVisible()) << "the covenant asks for no keys";
    EXPECT_EQ(detail->move()->current()->key, u"covenant"_s);
}

// R-MO-1: 李娜's move-out stops at "all fees settled" while 3-1-601 owes a bill, says how much, and
// passes once the cashier has taken it; the keys then come back counted.
TEST_P(MovesPageTest, AStepRecordedOnAnotherDeskMeanwhileDoesNotTakeTheNoteTypedForIt)
{
    // R-MI-1 with two desks (issue 16): this clerk types the note for the notice while the counter
    // records the notice; the page follows the change to the next step, but the note typed here was
    // for the notice: Done is refused for it (done already) and the note stays, never recorded
    // against the documents step.
    open(MoveKind::In, u"3-1-502"_s, u"王伟"_s);
    const qint64 moveId = detail->move()->id;
    const QString notice = detail->move()->current()->key;
    typeInto(detail, "stepNote", u"已电话通知业主，周六来办"_s);
    const Session counter = host.signedIn(Role::Clerk, u"zhao.min"_s);
    ASSERT_TRUE(host.services().moves.complete(counter, moveId, notice, StepDone{}).ok());
    ASSERT_TRUE(detail->showMove(moveId)); // what the page does on the change feed
    ASSERT_NE(detail->move()->current()->key, notice);
    EXPECT_TRUE(child<QLabel>(detail, "stepHint")->text().contains(MoveSteps::displayName(notice)))
        << child<QLabel>(detail, "stepHint")->text().toStdString();

    click(detail, "doStep");
    EXPECT_TRUE(stepError().contains(MoveSteps::displayName(notice))) << stepError().toStdString();
    EXPECT_EQ(doneSteps(), 1) << "only the counter's notice";
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM move_steps WHERE note LIKE '%周六来办%'"_s), 0);
    EXPECT_EQ(child<QLineEdit>(detail, "stepNote")->text(), u"已电话通知业主，周六来办"_s);
}

TEST_P(MovesPageTest, ADayTypedForAStepOutlivesAnotherDesksPlanAndIsNotSavedOverItUnseen)
{
    // R-MI-1 with two desks (issue 16): this clerk types the day the resident asked for while the
    // counter plans the same step for another day. The page follows the change and keeps the day typed;
    // Plan is refused naming the counter and its day, the counter's day stands; Plan again sets this one.
    open(MoveKind::In, u"3-1-502"_s, u"王伟"_s);
    const qint64 moveId = detail->move()->id;
    const QString step = detail->move()->current()->key;
    auto* day = child<QDateEdit>(detail, "stepDay");
    day->setDate(QDate(2026, 12, 19));
    const Session counter = host.signedIn(Role::Clerk, u"zhao.min"_s);
    ASSERT_TRUE(host.services().moves.schedule(counter, moveId, step, QDate(2026, 12, 12), std::nullopt).ok());
    ASSERT_TRUE(detail->showMove(moveId)); // what the page does on the change feed
    EXPECT_EQ(day->date(), QDate(2026, 12, 19)) << "the day typed here stays";

    click(detail, "planStep");
    const QString said = child<QLabel>(detail, "stepDayError")->text(); // next to the day
    EXPECT_TRUE(said.contains(u"zhao.min"_s)) << said.toStdString();
    const auto planned = [&] { return host.services().moves.find(clerk, moveId).value().current()->dueDay; };
    EXPECT_EQ(planned(), QDate(2026, 12, 12)) << "the counter's day stands";
    EXPECT_EQ(day->date(), QDate(2026, 12, 19));

    click(detail, "planStep");
    EXPECT_EQ(planned(), QDate(2026, 12, 19));
}

TEST_P(MovesPageTest, AMoveOutWaitsForAnUnpaidBillUntilItIsPaid)
{
    const qint64 unit = unitId(u"3-1-601"_s);
    const Session manager = host.signedIn(Role::Manager, u"zhou.jl"_s);
    const Session cashier = host.signedIn(Role::Cashier, u"qian.cn"_s);
    ChargeItem service;
    service.code = u"TY"_s;
    service.name = u"特约服务"_s;
    service.basis = ChargeBasis::OneOff;
    service.dueDay = 5;
    const qint64 item = host.services().charges.addItem(manager, service).value().id;
    auto bill = host.services().oneOffCharges.charge(
        cashier, {.unitId = unit, .itemId = item, .amountFen = 12050, .note = u"疏通下水道"_s});
    ASSERT_TRUE(bill.ok());
    ASSERT_TRUE(keys.record(clerk, {.unitId = unit,
                                    .reason = KeyReason::HandedOver,
                                    .counts = {{KeyKind::Door, 2}},
                                    .signature = Signature{0, u"李娜"_s, QByteArray("\x89PNG\r\n\x1a\n", 8)}})
                    .ok());

    open(MoveKind::Out, u"3-1-601"_s, u"李娜"_s);
    EXPECT_TRUE(detail->move()->number.startsWith(u"QC-"_s));
    click(detail, "doStep"); // the day confirmed (the day field holds the day agreed)
    EXPECT_TRUE(child<QLabel>(detail, "stepHint")->text().contains(u"120.50"_s))
        << child<QLabel>(detail, "stepHint")->text().toStdString();
    click(detail, "doStep"); // the fees checked
    click(detail, "doStep"); // the departments told
    click(detail, "doStep"); // the inspection for damage: none
    click(detail, "doStep"); // all fees settled: refused
    EXPECT_TRUE(stepError().contains(u"120.50"_s)) << stepError().toStdString();
    EXPECT_EQ(detail->move()->current()->key, u"fees_settled"_s);
    EXPECT_EQ(doneSteps(), 4);

    PaymentRequest pay;
    pay.unitId = unit;
    pay.lineIds = {bill.value().id};
    pay.amountFen = 12050;
    ASSERT_TRUE(host.services().payments.pay(cashier, pay).ok());
    click(detail, "doStep");
    EXPECT_EQ(doneSteps(), 5);
    EXPECT_TRUE(stepError().isEmpty()) << stepError().toStdString();

    // The keys held are filled in; one door key short needs a note.
    auto* doors = child<QSpinBox>(detail, "keysDoor");
    EXPECT_EQ(doors->value(), 2);
    doors->setValue(1);
    click(detail, "doStep");
    EXPECT_FALSE(detail->errors().message(u"note"_s).isEmpty());
    typeInto(detail, "stepNote", u"一把钥匙业主自留，已告知"_s);
    click(detail, "doStep");
    click(detail, "doStep"); // cleaning told: the move-out is done
    EXPECT_EQ(detail->move()->status, MoveStatus::Done);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM residents WHERE unit_id = ? AND name = '李娜' AND NOT active"_s, {unit}),
              1);
    EXPECT_FALSE(child<QWidget>(detail, "stepGroup")->isVisible());
}

// R-MI-1 "the steps and their order are a site setting": the administrator leaves the renovation
// out and asks for the keys before the inspection is signed; a clerk may not, and is told why.
TEST_P(MovesPageTest, TheAdministratorSetsTheSitesSteps)
{
    EXPECT_FALSE(child<QPushButton>(page.get(), "siteSteps")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(page.get(), "siteSteps")->toolTip().isEmpty());
    page->setSession(host.admin());
    click(page.get(), "siteSteps");
    MovePlanWidget* plan = page->plan();
    ASSERT_TRUE(plan->isVisible());
    auto* steps = child<QListWidget>(plan, "planIn");
    ASSERT_EQ(steps->count(), 10);
    auto row = [steps](const QString& key) {
        for (int i = 0; i < steps->count(); ++i)
            if (steps->item(i)->data(Qt::UserRole).toString() == key)
                return i;
        return -1;
    };
    steps->item(row(u"renovation"_s))->setCheckState(Qt::Unchecked);
    steps->setCurrentRow(row(u"keys_handed"_s));
    click(plan, "planEarlier");
    EXPECT_LT(row(u"keys_handed"_s), row(u"inspection_signed"_s));
    click(plan, "savePlan");
    QStringList keys;
    for (const MoveSteps::Definition& d : moves.plan(MoveKind::In).value())
        keys << d.key;
    EXPECT_FALSE(keys.contains(u"renovation"_s));
    EXPECT_LT(keys.indexOf(u"keys_handed"_s), keys.indexOf(u"inspection_signed"_s));
    EXPECT_EQ(keys.size(), 9);
}

// R-MI-1 with two administrators (issue 16): the other office left the renovation out of the move-in
// after this page read the steps. Saving only a tenant's documents here leaves their steps alone; a
// change of the steps here is refused with who and when and kept, and Save again puts it in force.
TEST_P(MovesPageTest, AnotherAdministratorsStepsAreNotWrittenOverUnseen)
{
    page->setSession(host.admin());
    click(page.get(), "siteSteps");
    MovePlanWidget* plan = page->plan();
    auto* steps = child<QListWidget>(plan, "planIn");
    const auto planNow = [this] {
        QStringList keys;
        for (const MoveSteps::Definition& d : moves.plan(MoveKind::In).value())
            keys << d.key;
        return keys;
    };
    const QStringList read = planNow();
    QStringList theirs = read;
    theirs.removeAll(u"renovation"_s);
    const Session other = host.signedIn(Role::Admin, u"zhao.it"_s);
    ASSERT_TRUE(moves.setPlan(other, MoveKind::In, theirs, read).ok());

    auto* tenantDocs = child<QListWidget>(plan, "tenantDocs");
    tenantDocs->item(tenantDocs->count() - 1)->setCheckState(Qt::Checked); // "other" documents too
    EXPECT_TRUE(plan->save()) << "the steps were not touched here";
    EXPECT_EQ(planNow(), theirs) << "their steps stand";

    // They put the renovation back after this page read the steps again; here the notice goes later.
    ASSERT_TRUE(moves.setPlan(other, MoveKind::In, read, theirs).ok());
    const auto rowOf = [steps](const QString& key) {
        for (int i = 0; i < steps->count(); ++i)
            if (steps->item(i)->data(Qt::UserRole).toString() == key)
                return i;
        return -1;
    };
    steps->setCurrentRow(rowOf(u"notice"_s));
    click(plan, "planLater");
    auto* out = child<QListWidget>(plan, "planOut"); // and a move-out list nobody else touched
    for (int i = 0; i < out->count(); ++i)
        if (out->item(i)->data(Qt::UserRole).toString() == u"departments_told"_s)
            out->setCurrentRow(i);
    click(plan, "planEarlier");
    EXPECT_FALSE(plan->save()) << "they changed the steps after this page read them";
    QStringList outNow;
    for (const MoveSteps::Definition& d : moves.plan(MoveKind::Out).value())
        outNow << d.key;
    EXPECT_LT(outNow.indexOf(u"departments_told"_s), outNow.indexOf(u"fees_checked"_s)) << "the move-out list saved";
    const QString said = child<QLabel>(plan, "planError")->text();
    EXPECT_TRUE(said.contains(u"zhao.it"_s)) << said.toStdString();
    EXPECT_EQ(planNow(), read) << "theirs stands";
    EXPECT_GT(rowOf(u"notice"_s), rowOf(u"documents"_s)) << "the order made here stays";

    EXPECT_TRUE(plan->save()) << "Save again puts it in force";
    EXPECT_GT(planNow().indexOf(u"notice"_s), planNow().indexOf(u"documents"_s));
}

// The navigation's badge counts the open moves whose day has come; the owner's archive gives a filed
// file back as a copy, only to a role that sees personal data.
TEST_P(MovesPageTest, TheBadgeCountsMovesDueAndTheArchiveSavesACopy)
{
    QSignalSpy due(page.get(), &MovesPage::dueChanged);
    open(MoveKind::In, u"3-1-502"_s, u"王伟"_s); // due on the 20th
    ASSERT_FALSE(due.isEmpty());
    EXPECT_EQ(due.last().at(0).toInt(), 0);
    host.clock().set(QDateTime(QDate(2026, 12, 20), QTime(8, 0)));
    page->refresh();
    EXPECT_EQ(due.last().at(0).toInt(), 1);

    QTemporaryDir dir;
    QFile pdf(dir.filePath(u"contract.pdf"_s));
    ASSERT_TRUE(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n%%EOF\n");
    pdf.close();
    click(detail, "openArchive");
    ArchiveWidget* archive = page->archive();
    typeInto(archive, "fileTitle", u"购房合同"_s);
    typeInto(archive, "filePath", pdf.fileName());
    click(archive, "attachFile");
    ASSERT_EQ(archive->files().size(), 1);
    child<QTableWidget>(archive, "fileTable")->setCurrentCell(0, 0);
    Ask::setNextFileName(dir.filePath(u"copy.pdf"_s));
    click(archive, "saveCopy");
    QFile copy(dir.filePath(u"copy.pdf"_s));
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), QByteArray("%PDF-1.4\n%%EOF\n"));
    page->setSession(host.admin()); // no personal data: the copy is refused, and the button says why
    EXPECT_FALSE(child<QPushButton>(archive, "saveCopy")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(archive, "saveCopy")->toolTip().isEmpty());
}

// R-MI-1 "the unit's key record is kept and later changes (a lost card, a new key) append to it": from
// the owner's archive, a lost card needs how it was lost, then it and a new one made join the record.
TEST_P(MovesPageTest, ALostCardAndANewOneAppendToTheUnitsKeyRecord)
{
    const qint64 unit = unitId(u"3-1-502"_s);
    ASSERT_TRUE(keys.record(clerk, {.unitId = unit,
                                    .reason = KeyReason::HandedOver,
                                    .counts = {{KeyKind::AccessCard, 2}},
                                    .signature = Signature{0, u"王伟"_s, QByteArray("\x89PNG\r\n\x1a\n", 8)}})
                    .ok());
    open(MoveKind::In, u"3-1-502"_s, u"王伟"_s);
    click(detail, "openArchive");
    ArchiveWidget* archive = page->archive();
    auto* reason = child<QComboBox>(archive, "keyReason");
    auto* kind = child<QComboBox>(archive, "keyKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(KeyKind::AccessCard)));
    reason->setCurrentIndex(reason->findData(static_cast<int>(KeyReason::Lost)));
    click(archive, "recordKeyChange");
    EXPECT_TRUE(child<QLabel>(archive, "keyError")->isVisible()) << "a loss says how";
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM unit_key_entries"_s), 1);
    typeInto(archive, "keyNote", u"业主门禁卡丢失"_s);
    click(archive, "recordKeyChange");
    reason->setCurrentIndex(reason->findData(static_cast<int>(KeyReason::Made)));
    typeInto(archive, "keyNote", u"补办一张"_s);
    click(archive, "recordKeyChange");
    EXPECT_EQ(child<QTableWidget>(archive, "keyHistory")->rowCount(), 3);
    EXPECT_EQ(scalar(u"SELECT SUM(change) FROM unit_key_entries WHERE unit_id = ?"_s, {unit}), 2);
    EXPECT_EQ(scalar(u"SELECT held_after FROM unit_key_entries ORDER BY id DESC LIMIT 1"_s), 2);
}

// A clerk's page as it looks at the inspection, for the guides.
TEST_P(MovesPageTest, ScreenshotOfAMoveInAtTheInspection)
{
    if (GetParam() != u"sqlite"_s)
        GTEST_SKIP() << "one screenshot is enough";
    open(MoveKind::In, u"3-1-502"_s, u"王伟"_s);
    for (int i = 0; i < 3; ++i)
        if (i == 1)
            ASSERT_TRUE(moves.skip(clerk, detail->move()->id, u"documents"_s, u"资料已在售楼处核验"_s).ok());
        else
            ASSERT_TRUE(moves.complete(clerk, detail->move()->id, detail->move()->steps.at(i).key, {}).ok());
    ASSERT_TRUE(page->showMove(detail->move()->id));
    typeInto(detail, "defectRoom", u"主卧"_s);
    typeInto(detail, "defectItem", u"窗户"_s);
    typeInto(detail, "defectDescription", u"玻璃有裂纹"_s);
    click(detail, "recordDefect");
    EXPECT_FALSE(Screenshots::save(page.get(), u"moves-en"_s).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, MovesPageTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test

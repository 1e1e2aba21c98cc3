// The renovations page driven like the desk, the supervisor and the cashier would (R-RN-1): one
// renovation from its application through a rejection, the approval, the agreement and the deposit,
// two workers' passes, an inspection's problem, a failed and a passed acceptance and a damage deducted,
// to the deposit refunded three months later.
#include "RenovationFixture.h"

#include "modules/registry/UnitPickerWidget.h"
#include "modules/renovations/NewRenovationForm.h"
#include "modules/renovations/RenovationAcceptanceTab.h"
#include "modules/renovations/RenovationApplicationTab.h"
#include "modules/renovations/RenovationDetailWidget.h"
#include "modules/renovations/RenovationInspectionsTab.h"
#include "modules/renovations/RenovationScopeWidget.h"
#include "modules/renovations/RenovationWorkersTab.h"
#include "modules/renovations/RenovationsPage.h"
#include "support/Screenshots.h"
#include "widgets/Ask.h"
#include "widgets/SignatureField.h"
#include "widgets/SignaturePad.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableWidget>
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

class RenovationsPageTest : public RenovationFixture
{
protected:
    void SetUp() override
    {
        RenovationFixture::SetUp();
        Services& s = host.services();
        page = std::make_unique<RenovationsPage>(RenovationsPage::Uses{s.renovations, s.charges, s.registry, s.site,
                                                                       s.rules, s.changes, s.minuteTick, s.clock});
        page->resize(1400, 1000);
        page->show();
        page->setSession(clerk);
        detail = page->detail();
    }

    void TearDown() override { Ask::reset(); }

    void click(QWidget* parent, const char* button)
    {
        auto* b = child<QPushButton>(parent, button);
        ASSERT_TRUE(b->isEnabled()) << button << ": " << b->toolTip().toStdString();
        QTest::mouseClick(b, Qt::LeftButton);
    }

    void type(QWidget* parent, const char* edit, const QString& text)
    {
        // Typed as the keyboard does; Chinese comes from the input method, as a whole text.
        auto* e = child<QLineEdit>(parent, edit);
        e->clear();
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(e, text);
        else
            e->insert(text);
    }

    void as(const Session& who) { page->setSession(who); }

    RenovationStage stage() { return detail->renovation()->stage; }

    QString label(QWidget* parent, const char* name) { return child<QLabel>(parent, name)->text(); }

    void selectLast(QWidget* parent, const char* table)
    {
        auto* t = child<QTableWidget>(parent, table);
        t->setCurrentCell(t->rowCount() - 1, 0);
    }

    void signPad(QWidget* parent)
    {
        auto* pad = child<SignatureField>(parent, "signature")->pad();
        QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, QPoint(30, 60));
        for (int x = 40; x <= 200; x += 20) {
            QMouseEvent move(QEvent::MouseMove, QPointF(x, 60 + (x / 20 % 2 ? -15 : 15)),
                             pad->mapToGlobal(QPointF(x, 60)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(pad, &move);
        }
        QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, QPoint(200, 60));
    }

    void apply()
    {
        click(page.get(), "newRenovation");
        NewRenovationForm* form = page->form();
        ASSERT_TRUE(form->isVisible());
        ASSERT_TRUE(form->setUnit(home));
        type(form, "company", u"美居装饰有限公司"_s);
        type(form, "licence", u"91110105MA01ABCD2X"_s);
        type(form, "person", u"陈工"_s);
        type(form, "phone", u"13900008888"_s);
        form->setScope({u"finishes"_s, u"structure"_s});
        type(form, "description", u"拆除客厅墙体，重铺地板"_s);
        child<QDateEdit>(form, "start")->setDate(QDate(2026, 12, 10));
        child<QDateEdit>(form, "end")->setDate(QDate(2027, 2, 28));
        click(form, "submitButton");
        ASSERT_EQ(form->errors().message(u"drawings"_s).isEmpty(), false) << "no drawing: refused";
        form->addDrawing(drawing);
        click(form, "submitButton");
        ASSERT_TRUE(detail->isVisible()) << form->errors().message(u"scope"_s).toStdString();
        ASSERT_EQ(stage(), RenovationStage::Review);
    }

    std::unique_ptr<RenovationsPage> page;
    RenovationDetailWidget* detail = nullptr;
};

// R-RN-1, the whole way at the page.
TEST_P(RenovationsPageTest, OneRenovationFromItsApplicationToItsRefund)
{
    apply();
    const qint64 id = detail->renovation()->id;
    auto* application = detail->applicationTab();

    // The supervisor records engineering's answer: a load-bearing wall is never approved.
    as(supervisor);
    const qint64 before = written();
    click(application, "approve");
    EXPECT_FALSE(application->errors().message(u"scope"_s).isEmpty());
    EXPECT_EQ(written(), before);
    type(application, "comment", u"不得拆改承重墙，请修改图纸"_s);
    click(application, "reject");
    ASSERT_EQ(stage(), RenovationStage::Returned);

    // The clerk resubmits without it.
    as(clerk);
    click(application, "resubmit");
    NewRenovationForm* form = page->form();
    ASSERT_TRUE(form->isVisible());
    EXPECT_FALSE(child(form, "company")->isEnabled()) << "the company stays as applied";
    form->setScope({u"finishes"_s, u"walls"_s});
    form->addDrawing(drawing);
    click(form, "submitButton");
    ASSERT_EQ(stage(), RenovationStage::Review);
    ASSERT_EQ(detail->renovation()->rounds.size(), 2);

    as(supervisor);
    click(application, "approve");
    ASSERT_EQ(stage(), RenovationStage::Approved);

    // The owner signs; the deposit and the waste fee are charged and paid at the counter.
    as(clerk);
    signPad(application);
    click(application, "signAgreement");
    ASSERT_EQ(stage(), RenovationStage::Agreed) << application->errors().message(u"signature"_s).toStdString();
    type(application, "depositAmount", u"5000"_s);
    type(application, "wasteAmount", u"800"_s);
    EXPECT_EQ(child<QComboBox>(application, "depositItem")->currentData().toLongLong(), depositItem)
        << "each list starts on its own item, told apart by the name";
    EXPECT_EQ(child<QComboBox>(application, "wasteItem")->currentData().toLongLong(), wasteItem);
    click(application, "chargeDeposit");
    ASSERT_NE(detail->renovation()->depositLineId, 0)
        << label(application, "depositError").toStdString() << label(application, "wasteError").toStdString()
        << label(application, "reviewError").toStdString();
    type(application, "schedule", u"拆改 12/10–12/20，水电 12/21–1/10"_s);
    click(application, "startWork");
    EXPECT_FALSE(application->errors().message(u"deposit"_s).isEmpty()) << "not paid yet";
    ASSERT_EQ(stage(), RenovationStage::Agreed);
    payAll(*detail->renovation());
    click(application, "startWork");
    ASSERT_EQ(stage(), RenovationStage::Working);

    // Two workers, a pass each; one is let in at the door.
    auto* workers = detail->workersTab();
    for (const auto& [name, phone] :
         {std::pair{u"张师傅"_s, u"13700001111"_s}, std::pair{u"李师傅"_s, u"13700002222"_s}}) {
        type(workers, "workerName", name);
        type(workers, "workerId", u"110105198001011234"_s);
        type(workers, "workerPhone", phone);
        click(workers, "addWorker");
        selectLast(workers, "workerTable");
        click(workers, "issuePass");
    }
    ASSERT_EQ(detail->renovation()->passes.size(), 2);
    EXPECT_EQ(detail->renovation()->passes.first().validUntil, QDate(2027, 2, 28));
    host.clock().set(QDateTime(QDate(2026, 12, 10), QTime(9, 30)));
    type(page.get(), "passNumber", detail->renovation()->passes.last().number);
    EXPECT_TRUE(page->checkIn()) << label(page.get(), "passResult").toStdString();

    // Security finds a problem; acceptance waits until it is put right.
    auto* inspections = detail->inspectionsTab();
    type(inspections, "inspector", u"保安 李明"_s);
    type(inspections, "findings", u"楼道堆放装修垃圾"_s);
    child<QCheckBox>(inspections, "problem")->setChecked(true);
    type(inspections, "told", u"电话告知业主王伟"_s);
    child<QDateEdit>(inspections, "fixBy")->setDate(QDate(2026, 12, 12));
    click(inspections, "recordInspection");
    ASSERT_EQ(detail->renovation()->openProblems, 1) << inspections->errors().message(u"told"_s).toStdString();
    auto* acceptance = detail->acceptanceTab();
    click(acceptance, "requestAcceptance");
    EXPECT_FALSE(acceptance->errors().message(u"problems"_s).isEmpty());
    type(inspections, "fixedNote", u"已清运，保安复查"_s);
    click(inspections, "problemFixed");
    ASSERT_EQ(detail->renovation()->openProblems, 0);

    // Acceptance: failed once, passed the second time.
    host.clock().set(QDateTime(QDate(2027, 2, 20), QTime(10, 0)));
    click(acceptance, "requestAcceptance");
    ASSERT_EQ(stage(), RenovationStage::Acceptance);
    as(supervisor);
    EXPECT_FALSE(child(acceptance, "refund")->isEnabled()) << "the refund is the cashier's";
    type(acceptance, "rectification", u"卫生间闭水试验渗漏"_s);
    click(acceptance, "failAcceptance");
    ASSERT_EQ(stage(), RenovationStage::Working);
    as(clerk);
    click(acceptance, "requestAcceptance");
    as(supervisor);
    click(acceptance, "passAcceptance");
    ASSERT_EQ(stage(), RenovationStage::Accepted);
    EXPECT_EQ(detail->renovation()->refundDueDay, QDate(2027, 5, 20));
    type(acceptance, "deductAmount", u"300"_s);
    type(acceptance, "deductDescription", u"电梯轿厢壁板划伤"_s);
    click(acceptance, "deduct");
    EXPECT_EQ(child<QTableWidget>(acceptance, "deductionTable")->rowCount(), 1);

    // The cashier: not before three months; then the rest of the deposit, with its receipt.
    as(cashier);
    EXPECT_FALSE(child(acceptance, "refund")->isEnabled());
    host.clock().set(QDateTime(QDate(2027, 5, 20), QTime(9, 0)));
    page->showRenovation(id);
    EXPECT_EQ(child<QLineEdit>(acceptance, "refundAmount")->text(), u"5500.00"_s) << "¥5,800.00 less ¥300.00";
    const QString receipt = dir.filePath(u"refund.pdf"_s);
    Ask::setNextFileName(receipt);
    click(acceptance, "refund");
    ASSERT_EQ(stage(), RenovationStage::Refunded) << acceptance->errors().message(u"amount"_s).toStdString();
    EXPECT_TRUE(QFileInfo::exists(receipt)) << "the refund's receipt is saved to print";
    EXPECT_TRUE(page->listed().isEmpty()) << "an ended renovation leaves the list";
}

// R-RN-1 at the door: a removed worker's pass is refused with the reason, and nobody is let in.
TEST_P(RenovationsPageTest, TheDoorRefusesARemovedWorkersPass)
{
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    ASSERT_TRUE(page->showRenovation(r.id));
    auto* workers = detail->workersTab();
    type(workers, "workerName", u"王师傅"_s);
    type(workers, "workerId", u"110105198001011234"_s);
    type(workers, "workerPhone", u"13700003333"_s);
    click(workers, "addWorker");
    selectLast(workers, "workerTable");
    click(workers, "issuePass");
    const QString pass = detail->renovation()->passes.last().number;
    const QString saved = dir.filePath(u"pass.pdf"_s);
    Ask::setNextFileName(saved);
    selectLast(workers, "passTable");
    click(workers, "printPass");
    EXPECT_TRUE(QFileInfo::exists(saved)) << "the pass is saved to print";
    type(workers, "removeReason", u"公司调离"_s);
    click(workers, "removeWorker");
    host.clock().set(QDateTime(QDate(2026, 12, 11), QTime(9, 0)));
    const qint64 before = written();
    type(page.get(), "passNumber", pass);
    EXPECT_FALSE(page->checkIn());
    EXPECT_TRUE(label(page.get(), "passResult").contains(u"公司调离"_s))
        << label(page.get(), "passResult").toStdString();
    EXPECT_EQ(written(), before);
}

TEST_P(RenovationsPageTest, ScreenshotOfARenovationAtWork)
{
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    NewWorker w{u"张师傅"_s, u"110105198001011234"_s, u"13700001111"_s, u"水电工"_s};
    const qint64 worker = renovations().addWorker(clerk, r.id, w).value().id;
    ASSERT_TRUE(renovations().issuePass(clerk, worker, QDate(2026, 12, 10), QDate(2027, 2, 28)).ok());
    ASSERT_TRUE(page->showRenovation(r.id));
    EXPECT_FALSE(Screenshots::save(page.get(), u"renovations-en"_s).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, RenovationsPageTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test

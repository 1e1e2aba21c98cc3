#include "ParcelFixture.h"

#include "core/MinuteTick.h"
#include "modules/parcels/ParcelBatchModel.h"
#include "modules/parcels/ParcelListModel.h"
#include "modules/parcels/ParcelReceiveWidget.h"
#include "modules/parcels/ParcelsPage.h"
#include "modules/registry/UnitPickerWidget.h"
#include "support/Screenshots.h"
#include "widgets/SignatureField.h"
#include "widgets/SignaturePad.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ParcelsPageTest : public ParcelFixture
{
protected:
    void showPage(ParcelsPage& page)
    {
        page.setSession(clerk);
        page.resize(1000, 640);
        page.show();
        QApplication::setActiveWindow(&page);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    }

    // The clerk types the unit and presses Enter: the picker takes the only match, focus moves on.
    static void unit(ParcelsPage& page, const QString& code)
    {
        QLineEdit* edit = page.receiver()->unitPicker()->edit();
        edit->setFocus();
        type(edit, code);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    static void enter() { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); }

    int rowOfUnit(ParcelsPage& page, const QString& code)
    {
        for (int row = 0; row < page.model()->rowCount(); ++row)
            if (page.model()->rowAt(row).unitCode == code)
                return row;
        return -1;
    }
};

TEST_P(ParcelsPageTest, AClerkReceivesABatchByKeyboardNotifiesAndHandsOverAgainstASignature)
{
    // R-PS-4: counted and checked on receipt, sorted by unit, notified, the recipient signs.
    ParcelsPage page(*parcels, host.services().registry, host.services().clock, host.services().minuteTick);
    QAbstractItemModelTester listTester(page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester batchTester(page.receiver()->batch(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    showPage(page);
    auto* carrier = child<QComboBox>(&page, "carrierCombo");
    carrier->setFocus();
    type(carrier->lineEdit(), u"顺丰"_s);

    unit(page, u"31502"_s); // compact code, Enter
    ASSERT_EQ(QApplication::focusWidget(), child<QSpinBox>(&page, "piecesSpin"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // kind
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // tracking
    type(QApplication::focusWidget(), u"SF1234567890"_s);
    enter();
    unit(page, u"3-1-601"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), u"2"_s);
    enter();
    unit(page, u"3-1-701"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // a letter
    enter();
    ParcelBatchModel* batch = page.receiver()->batch();
    ASSERT_EQ(batch->rowCount(), 3);
    EXPECT_EQ(batch->pieces(), 4);
    EXPECT_EQ(batch->lines().at(2).kind, ParcelKind::Letter);
    EXPECT_EQ(page.receiver()->unitPicker()->edit(), QApplication::focusWidget()); // ready for the next

    // A count corrected to 0 in the list: nothing is written and the line says why.
    batch->setData(batch->index(1, ParcelBatchModel::Pieces), 0);
    child<QPushButton>(&page, "saveBatchButton")->click();
    EXPECT_FALSE(batch->problemAt(1).isEmpty());
    EXPECT_TRUE(labelText(&page, "receiveMessage").contains(u"Nothing was saved"_s));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM parcels"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM parcel_batches"_s), 0);
    batch->setData(batch->index(1, ParcelBatchModel::Pieces), 2);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return scalar(u"SELECT COUNT(*) FROM parcels"_s) == 3; }, 2000));
    EXPECT_EQ(batch->rowCount(), 0);
    EXPECT_EQ(scalar(u"SELECT pieces FROM parcel_batches"_s), 4);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM parcel_batches WHERE carrier = '顺丰'"_s), 1);

    // The waiting list, by unit, with the resident's masked phone.
    child<QTabWidget>(&page, "parcelTabs")->setCurrentIndex(1);
    ASSERT_EQ(page.model()->rowCount(), 3);
    const int r502 = rowOfUnit(page, u"3-1-502"_s);
    ASSERT_EQ(r502, 0);
    const QString resident = page.model()->index(r502, ParcelListModel::Resident).data().toString();
    EXPECT_TRUE(resident.contains(u"张三"_s));
    EXPECT_FALSE(resident.contains(u"13800001111"_s));
    page.table()->selectRow(r502);
    child<QPushButton>(&page, "notifyButton")->click();
    EXPECT_EQ(parcels->count(ParcelFilter::ToNotify).value(), 2);
    EXPECT_TRUE(page.model()
                    ->index(rowOfUnit(page, u"3-1-502"_s), ParcelListModel::Notified)
                    .data()
                    .toString()
                    .startsWith(u"Told"_s));

    // Pickup: refused without a signature, then signed on the pad.
    const int r601 = rowOfUnit(page, u"3-1-601"_s);
    const qint64 id601 = page.model()->rowAt(r601).id;
    page.table()->selectRow(r601);
    type(child<QLineEdit>(&page, "collectorEdit"), u"钱七"_s);
    child<QPushButton>(&page, "pickupButton")->click();
    EXPECT_FALSE(labelText(&page, "signatureError").isEmpty());
    EXPECT_EQ(parcels->find(id601).value().pickedUpMs, 0);
    child<SignatureField>(&page, "signatureField")
        ->pad()
        ->addStroke(QPolygonF{{20, 80}, {60, 40}, {100, 90}, {160, 50}});
    child<QPushButton>(&page, "pickupButton")->click();
    EXPECT_TRUE(labelText(&page, "signatureError").isEmpty());
    const Parcel done = parcels->find(id601).value();
    EXPECT_NE(done.pickedUpMs, 0);
    EXPECT_EQ(done.collector, u"钱七"_s);
    EXPECT_TRUE(parcels->signature(done.signatureId).value().signedOnPad());
    EXPECT_EQ(page.model()->rowCount(), 2);
    EXPECT_EQ(page.model()->rowOf(id601), -1);
    // "Handed over: …" is about this pickup; naming the next collector takes it away.
    ASSERT_FALSE(labelText(&page, "pickupStatus").isEmpty());
    type(child<QLineEdit>(&page, "collectorEdit"), u"李"_s);
    EXPECT_TRUE(labelText(&page, "pickupStatus").isEmpty()) << labelText(&page, "pickupStatus").toStdString();

    // The search hit of the picked-up parcel opens it in the list.
    page.showRecord(id601);
    EXPECT_EQ(page.selectedParcelIds(), QList<qint64>{id601});
}

// R-PS-4: "Saved: …" is about the last batch; typing the next one's first line takes it away.
TEST_P(ParcelsPageTest, TheSavedLineGoesWhenTheNextBatchIsTyped)
{
    ParcelsPage page(*parcels, host.services().registry, host.services().clock, host.services().minuteTick);
    showPage(page);
    auto* carrier = child<QComboBox>(&page, "carrierCombo");
    carrier->setFocus();
    type(carrier->lineEdit(), u"顺丰"_s);
    unit(page, u"31502"_s);
    enter();
    ASSERT_EQ(page.receiver()->batch()->rowCount(), 1);
    child<QPushButton>(&page, "saveBatchButton")->click();
    ASSERT_TRUE(labelText(&page, "batchSummary").contains(u"顺丰"_s)) << labelText(&page, "batchSummary").toStdString();

    type(page.receiver()->unitPicker()->edit(), u"3"_s);
    EXPECT_FALSE(labelText(&page, "batchSummary").contains(u"顺丰"_s))
        << labelText(&page, "batchSummary").toStdString();
}

// R-PS-4: a page left open overnight ages its parcels as the clock passes midnight: "today" becomes
// "1 day", and two days on the age turns amber, while the clerk's chosen row stays chosen.
TEST_P(ParcelsPageTest, TheAgeOfAWaitingParcelFollowsTheClockWhileThePageStaysOpen)
{
    host.clock().set(QDateTime(QDate(2026, 11, 20), QTime(20, 40)));
    receive(u"中通"_s, {line(unitId(u"3-1-701"_s), 1, u"ZT7730012345"_s)});
    receive(u"顺丰"_s, {line(unitId(u"3-1-502"_s), 1, u"SF1402277301"_s)});
    ParcelsPage page(*parcels, host.services().registry, host.services().clock, host.services().minuteTick);
    showPage(page);
    child<QTabWidget>(&page, "parcelTabs")->setCurrentIndex(1);
    ParcelListModel* m = page.model();
    ASSERT_EQ(m->rowCount(), 2);
    auto* table = child<QTableView>(&page, "parcelTable");
    table->selectRow(rowOfUnit(page, u"3-1-701"_s));
    const auto age = [&](int role) { return m->index(rowOfUnit(page, u"3-1-701"_s), ParcelListModel::Age).data(role); };
    EXPECT_EQ(age(Qt::DisplayRole).toString(), u"today"_s);

    host.clock().set(QDateTime(QDate(2026, 11, 21), QTime(20, 41)));
    host.services().minuteTick.tick();
    EXPECT_EQ(age(Qt::DisplayRole).toString(), u"1 day(s)"_s);
    host.clock().set(QDateTime(QDate(2026, 11, 22), QTime(20, 42)));
    host.services().minuteTick.tick();
    EXPECT_EQ(age(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xff, 0xc1, 0x07)); // amber from 2 days
    EXPECT_EQ(table->currentIndex().row(), rowOfUnit(page, u"3-1-701"_s));
}

TEST_P(ParcelsPageTest, UnclaimedParcelsAgeInAmberAndRedScreenshot)
{
    // R-PS-4: a parcel left on the shelf shows its age, amber from 2 days, red from 5.
    host.clock().set(QDateTime(QDate(2026, 11, 14), QTime(16, 20)));
    receive(u"中通"_s, {line(unitId(u"3-1-701"_s), 1, u"ZT7730012345"_s)});
    host.clock().set(QDateTime(QDate(2026, 11, 18), QTime(11, 5)));
    ParcelLine wet = line(unitId(u"3-1-501"_s), 1, u"JD0061829374"_s);
    wet.damaged = true;
    wet.damageNote = u"外箱受潮"_s;
    const ParcelBatch jd = receive(u"京东"_s, {wet, line(unitId(u"5-2-101"_s), 3, u"JD0061829375"_s)});
    ASSERT_TRUE(parcels->notify(clerk, {jd.parcelIds.last()}, NoticeWay::Sms).ok());
    host.clock().set(QDateTime(QDate(2026, 11, 20), QTime(9, 40)));
    receive(u"顺丰"_s,
            {line(unitId(u"3-1-502"_s), 2, u"SF1402277301"_s), line(unitId(u"3-1-601"_s), 1, u"SF1402277302"_s),
             line(unitId(u"3-1-602"_s), 1, {}, ParcelKind::Periodical)});
    receive(u"EMS"_s, {line(unitId(u"3-1-502"_s), 1, u"EA093311872CN"_s, ParcelKind::Letter)});
    host.clock().set(QDateTime(QDate(2026, 11, 20), QTime(15, 30)));

    ParcelsPage page(*parcels, host.services().registry, host.services().clock, host.services().minuteTick);
    showPage(page);
    child<QTabWidget>(&page, "parcelTabs")->setCurrentIndex(1);
    ParcelListModel* m = page.model();
    ASSERT_EQ(m->rowCount(), 7);
    const auto ageColour = [&](const QString& code) {
        return m->index(rowOfUnit(page, code), ParcelListModel::Age).data(Qt::BackgroundRole);
    };
    EXPECT_FALSE(ageColour(u"3-1-502"_s).isValid());                                      // today
    EXPECT_EQ(ageColour(u"3-1-501"_s).value<QBrush>().color(), QColor(0xff, 0xc1, 0x07)); // 2 days
    EXPECT_EQ(ageColour(u"3-1-701"_s).value<QBrush>().color(), QColor(0xd3, 0x2f, 0x2f)); // 5 days
    // Grouped: the unit is named once for its two parcels.
    const int first502 = rowOfUnit(page, u"3-1-502"_s);
    EXPECT_TRUE(m->index(first502 + 1, ParcelListModel::Unit).data().toString().isEmpty());
    EXPECT_EQ(m->rowAt(first502 + 1).unitCode, u"3-1-502"_s);

    page.table()->selectRow(first502);
    page.table()->selectionModel()->select(m->index(first502 + 1, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    type(child<QLineEdit>(&page, "collectorEdit"), u"张三"_s);
    child<SignatureField>(&page, "signatureField")
        ->pad()
        ->addStroke(QPolygonF{{30, 90}, {50, 50}, {70, 95}, {95, 45}, {120, 92}, {150, 60}, {190, 85}});
    EXPECT_TRUE(labelText(&page, "pickupChosen").contains(u"3-1-502"_s));
    const QString png = Screenshots::save(&page, u"parcels-en"_s);
    EXPECT_FALSE(png.isEmpty());

    child<QTabWidget>(&page, "parcelTabs")->setCurrentIndex(0);
    child<QComboBox>(&page, "carrierCombo")->setCurrentText(u"圆通"_s);
    ParcelBatchModel* batch = page.receiver()->batch();
    batch->addLine(line(unitId(u"3-1-601"_s), 1, u"YT8800123456"_s), u"3-1-601"_s);
    ParcelLine torn = line(unitId(u"3-1-602"_s), 2, u"YT8800123457"_s);
    torn.damaged = true;
    torn.damageNote = u"包装破损，内物完好"_s;
    batch->addLine(torn, u"3-1-602"_s);
    batch->addLine(line(unitId(u"5-2-101"_s), 1, {}, ParcelKind::Letter), u"5-2-101"_s);
    EXPECT_FALSE(Screenshots::save(&page, u"parcels-receive-en"_s).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ParcelsPageTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test

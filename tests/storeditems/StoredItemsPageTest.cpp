#include "StoredItemFixture.h"

#include "modules/registry/UnitPickerWidget.h"
#include "modules/storeditems/StoredItemDepositWidget.h"
#include "modules/storeditems/StoredItemDetailWidget.h"
#include "modules/storeditems/StoredItemListModel.h"
#include "modules/storeditems/StoredItemPickupWidget.h"
#include "modules/storeditems/StoredItemsPage.h"
#include "support/Screenshots.h"
#include "widgets/SignatureField.h"
#include "widgets/SignaturePad.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class StoredItemsPageTest : public StoredItemFixture
{
protected:
    void SetUp() override
    {
        StoredItemFixture::SetUp();
        Services& s = host.services();
        page = std::make_unique<StoredItemsPage>(StoredItemsPage::Uses{.storedItems = *storage,
                                                                       .registry = s.registry,
                                                                       .site = s.site,
                                                                       .clock = s.clock,
                                                                       .minuteTick = s.minuteTick});
        page->resize(1000, 640);
        page->setSession(clerk);
        page->show();
    }

    void click(const char* name)
    {
        auto* button = child<QPushButton>(page.get(), name);
        ASSERT_NE(button, nullptr);
        ASSERT_TRUE(button->isVisible()) << name;
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void sign(SignatureField* field)
    {
        field->pad()->addStroke(QPolygonF{{20, 90}, {60, 40}, {100, 95}, {150, 35}, {210, 80}});
        field->pad()->addStroke(QPolygonF{{230, 60}, {300, 62}});
    }

    void typeInto(const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(page.get(), name);
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        edit->clear();
        type(edit, text);
    }

    void chooseUnit(const QString& text)
    {
        auto* edit = page->depositForm()->unitPicker()->edit();
        edit->setFocus();
        type(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([&] { return page->depositForm()->unitPicker()->unitId() != 0; }, 3000));
    }

    std::unique_ptr<StoredItemsPage> page;
};

TEST_P(StoredItemsPageTest, AnItemGoesFromDepositWithASignatureToPickupAgainstItsTag)
{
    // R-PS-1: the deposit form, refused fields shown next to them, the tag given on saving.
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    page->showDeposit();
    typeInto("depositorName", u"王伟"_s);
    typeInto("depositorPhone", u"13800001111"_s);
    chooseUnit(u"3-1-502"_s);
    page->depositForm()->setLine(0, u"行李箱"_s, u"1"_s, u"完好"_s);
    page->depositForm()->setLine(1, u"纸箱"_s, u"0"_s, u"外箱破损"_s);
    typeInto("depositShelf", u"A-3"_s);
    click("saveDeposit");
    EXPECT_TRUE(labelText(page.get(), "depositLinesError").contains(u"纸箱"_s));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM stored_items"_s), 0);

    page->depositForm()->setLine(1, u"纸箱"_s, u"2"_s, u"外箱破损"_s);
    click("saveDeposit");
    EXPECT_FALSE(labelText(page.get(), "depositSignatureError").isEmpty()); // the depositor has not signed
    EXPECT_TRUE(labelText(page.get(), "depositLinesError").isEmpty());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM stored_items"_s), 0);

    sign(page->depositForm()->signatureField());
    click("saveDeposit");
    ASSERT_EQ(scalar(u"SELECT COUNT(*) FROM stored_items"_s), 1);
    EXPECT_EQ(page->tabs()->currentIndex(), 0);
    EXPECT_TRUE(labelText(page.get(), "storageMessage").contains(u"JC-20261122-001"_s));
    ASSERT_EQ(page->model()->rowCount(), 1);
    const QModelIndex phone = page->model()->index(0, StoredItemListModel::Phone);
    EXPECT_EQ(phone.data().toString(), u"138****1111"_s); // masked in the list
    EXPECT_NE(page->selectedItemId(), 0);
    EXPECT_TRUE(labelText(page.get(), "storageSummary").contains(u"JC-20261122-001"_s));
    EXPECT_FALSE(child<QLabel>(page.get(), "depositSignatureView")->pixmap().isNull()); // the strokes, shown back

    // R-PS-3: a wrong tag is refused next to the tag field; nothing is handed out.
    page->showPickup();
    typeInto("pickupTag", u"JC-20261122-009"_s);
    typeInto("pickupCollector", u"王伟"_s);
    sign(page->pickupForm()->signatureField());
    click("handOut");
    EXPECT_TRUE(labelText(page.get(), "pickupTagError").contains(u"JC-20261122-009"_s));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM stored_items WHERE status = 'held'"_s), 1);

    host.clock().advanceMinutes(120);
    typeInto("pickupTag", u"jc-20261122-001"_s);
    click("handOut");
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM stored_items WHERE status = 'collected'"_s), 1);
    EXPECT_TRUE(labelText(page.get(), "storageMessage").contains(u"王伟"_s));
    EXPECT_EQ(page->selectedItemId(), scalar(u"SELECT id FROM stored_items"_s)); // shown with ended ones
    EXPECT_FALSE(child<QLabel>(page.get(), "collectorSignatureView")->pixmap().isNull());

    // The same tag a second time: "collected on … by …", and nothing written.
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    page->showPickup();
    typeInto("pickupTag", u"JC-20261122-001"_s);
    // R-PS-3: "handed out to 王伟" was about the last pickup; typing the next tag takes it away.
    EXPECT_TRUE(labelText(page.get(), "storageMessage").isEmpty())
        << labelText(page.get(), "storageMessage").toStdString();
    typeInto("pickupCollector", u"李四"_s);
    sign(page->pickupForm()->signatureField());
    click("handOut");
    EXPECT_TRUE(labelText(page.get(), "pickupTagError").contains(u"11/22/2026 11:00 AM"_s));
    EXPECT_TRUE(labelText(page.get(), "pickupTagError").contains(u"王伟"_s));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s), audits);
}

// R-PS-1: the tag line is about the last deposit; typing the next depositor takes it away.
TEST_P(StoredItemsPageTest, TheTagLineGoesWhenTheNextDepositIsTyped)
{
    page->showDeposit();
    typeInto("depositorName", u"王伟"_s);
    typeInto("depositorPhone", u"13800001111"_s);
    chooseUnit(u"3-1-502"_s);
    page->depositForm()->setLine(0, u"行李箱"_s, u"1"_s, u"完好"_s);
    typeInto("depositShelf", u"A-3"_s);
    sign(page->depositForm()->signatureField());
    click("saveDeposit");
    ASSERT_EQ(scalar(u"SELECT COUNT(*) FROM stored_items"_s), 1)
        << labelText(page.get(), "depositFormError").toStdString();
    ASSERT_FALSE(labelText(page.get(), "storageMessage").isEmpty());

    page->showDeposit();
    type(child<QLineEdit>(page.get(), "depositorName"), u"李"_s);
    EXPECT_TRUE(labelText(page.get(), "storageMessage").isEmpty())
        << labelText(page.get(), "storageMessage").toStdString();
}

TEST_P(StoredItemsPageTest, AnOverdueItemIsRedAndTheDeskRecordsTheReminder)
{
    // R-PS-2: past the expected pickup time → shown in red, remind and keep reminding.
    const StoredItem s = deposit();
    deposit(request(u"3-1-601"_s));
    DepositRequest later = request(u"3-1-701"_s);
    later.expectedPickupMs = at(20, 0);
    deposit(later);
    host.clock().set(QDateTime(QDate(2026, 11, 22), QTime(19, 0)));
    page->refresh();
    ASSERT_EQ(page->model()->rowCount(), 3);
    int red = 0;
    for (int row = 0; row < 3; ++row)
        red += page->model()->index(row, 0).data(StoredItemListModel::OverdueRole).toBool() ? 1 : 0;
    EXPECT_EQ(red, 2);
    EXPECT_TRUE(page->model()->index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color() ==
                QColor(0xc6, 0x28, 0x28));
    EXPECT_FALSE(page->model()->index(2, 0).data(Qt::ForegroundRole).isValid());

    page->showRecord(s.id);
    EXPECT_EQ(page->selectedItemId(), s.id);
    EXPECT_TRUE(child<QGroupBox>(page.get(), "storageOverdue")->isVisible());
    click("remindCustomer");
    EXPECT_FALSE(labelText(page.get(), "remindNoteError").isEmpty()); // what was said is required
    typeInto("remindNote", u"电话联系王伟，明早来取"_s);
    click("remindCustomer");
    EXPECT_TRUE(labelText(page.get(), "storageHistory").contains(u"电话联系王伟，明早来取"_s));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM stored_item_events WHERE kind = 'reminded'"_s), 1);

    // A filter narrows the list; a hit from elsewhere reopens it on the record.
    typeInto("storageFilter", u"3-1-701"_s);
    EXPECT_EQ(page->model()->rowCount(), 1);
    page->showRecord(s.id);
    EXPECT_EQ(page->selectedItemId(), s.id);
}

TEST_P(StoredItemsPageTest, Screenshot)
{
    // R-PS-1, R-PS-2: a desk's afternoon: eight items on the shelves, two past their pickup time.
    struct Deposit
    {
        int hour;
        const char16_t* unit;
        const char16_t* name;
        const char16_t* phone;
        QList<StoredItemLine> lines;
        const char16_t* shelf;
        int pickupHour;
        int pickupDay;
    };
    const QList<Deposit> deposits{
        {8,
         u"3-1-502",
         u"王伟",
         u"13800001111",
         {{u"行李箱"_s, 1, u"完好"_s}, {u"纸箱"_s, 2, u"外箱破损"_s}},
         u"A-3",
         12,
         22},
        {8, u"3-1-601", u"钱七", u"13800004444", {{u"快递包裹"_s, 3, u"完好"_s}}, u"B-1", 13, 22},
        {9, u"3-1-501", u"赵六", u"13900003333", {{u"花篮"_s, 1, u"完好"_s}}, u"C-2", 17, 22},
        {9, u"5-2-101", u"吴十", u"13700007777", {{u"样品箱"_s, 4, u"外箱破损"_s}}, u"D-1", 18, 22},
        {10, u"3-1-602", u"孙八", u"13800005555", {{u"自行车轮"_s, 2, u"完好"_s}}, u"A-1", 10, 23},
        {10, u"3-1-701", u"周九", u"13800006666", {{u"钥匙（信封）"_s, 1, u"完好"_s}}, u"保险柜", 9, 23},
        {11, u"3-1-502", u"张三", u"13800001111", {{u"装修材料"_s, 5, u"包装完好"_s}}, u"E-4", 12, 24},
        {11, u"3-1-501", u"李四", u"13800002222", {{u"雨伞"_s, 1, u"完好"_s}}, u"A-2", 20, 22},
    };
    qint64 first = 0;
    for (const Deposit& d : deposits) {
        host.clock().set(QDateTime(QDate(2026, 11, 22), QTime(d.hour, 5)));
        DepositRequest r = request(QString::fromUtf16(d.unit));
        r.depositorName = QString::fromUtf16(d.name);
        r.depositorPhone = QString::fromUtf16(d.phone);
        r.lines = d.lines;
        r.shelf = QString::fromUtf16(d.shelf);
        r.expectedPickupMs = at(d.pickupHour, 0, d.pickupDay);
        const StoredItem s = deposit(r);
        if (first == 0)
            first = s.id;
    }
    host.clock().set(QDateTime(QDate(2026, 11, 22), QTime(14, 20)));
    ASSERT_TRUE(storage->remind(clerk, first, u"电话联系王伟，下午五点前来取"_s).ok());
    page->refresh();
    page->showRecord(first);
    QTest::qWait(50);
    EXPECT_FALSE(Screenshots::save(page.get(), u"storage-en"_s).isEmpty());

    // The deposit form half filled in, as the clerk sees it.
    page->showDeposit();
    typeInto("depositorName", u"陈静"_s);
    typeInto("depositorPhone", u"13912345678"_s);
    chooseUnit(u"3-1-602"_s);
    page->depositForm()->setLine(0, u"婴儿推车"_s, u"1"_s, u"完好"_s);
    page->depositForm()->setLine(1, u"纸箱"_s, u"2"_s, u"外箱破损"_s);
    typeInto("depositShelf", u"B-2"_s);
    sign(page->depositForm()->signatureField());
    QTest::qWait(50);
    EXPECT_FALSE(Screenshots::save(page.get(), u"storage-deposit-en"_s).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Sqlite, StoredItemsPageTest, ::testing::Values(QStringLiteral("sqlite")), BackendName());

} // namespace
} // namespace fd::test

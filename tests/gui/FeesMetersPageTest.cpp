// The charge items that are not one price for every unit, as the cashier and the manager use them on
// the Fees page: a metered item's month of readings (one typed, a reader's sheet), an item for the
// units listed for it (a parking space) prorated by days, and a deposit charged at the counter.
#include "FeesPageFixture.h"

#include "engine/watches/WatchService.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/ChargeListingsDialog.h"
#include "modules/fees/MeterReadingDialog.h"
#include "modules/fees/MeterReadingService.h"
#include "modules/fees/OneOffChargeDialog.h"
#include "modules/fees/ReversalDialog.h"
#include "modules/registry/ImportProblemModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class FeesMetersPageTest : public FeesPageFixture
{
protected:
    ChargeItem addItem(const QString& code, const QString& name, ChargeBasis basis, bool listed, qint64 priceFen)
    {
        ChargeItem i;
        i.code = code;
        i.name = name;
        i.basis = basis;
        i.listed = listed;
        const ChargeItem added = host.services().charges.addItem(manager, i).value();
        if (priceFen > 0) {
            ChargeRate r;
            r.itemId = added.id;
            r.priceFen = priceFen;
            r.validFrom = QDate(2026, 1, 1);
            EXPECT_TRUE(host.services().charges.addRate(manager, r).ok());
        }
        return added;
    }

    // "item: note = amount" of the previewed line of a unit whose item starts with `item`, or empty.
    QString previewedItem(const QString& unit, const QString& period, const QString& item)
    {
        billing->setPeriod(period);
        billing->showPreview();
        for (int r = 0; r < billing->model()->rowCount(); ++r) {
            const QString name = billing->model()->index(r, BillPreviewModel::Item).data().toString();
            if (billing->model()->index(r, BillPreviewModel::Unit).data().toString() == unit && name.startsWith(item))
                return name + u" = "_s + billing->model()->index(r, BillPreviewModel::Amount).data().toString();
        }
        return {};
    }
};

// R-FE-1: the cashier types a unit's water reading (the first needs its start), sees a reading below
// it refused next to the field, and the month's preview bills the use at the price per ton with the
// readings on the line; a reader's sheet with a bad row is listed and cannot be imported.
TEST_F(FeesMetersPageTest, TheMonthsReadingsAreEnteredAndTheRunBillsTheUse)
{
    const ChargeItem water = addItem(u"SF"_s, u"水费"_s, ChargeBasis::Meter, false, 420);
    page->setSession(cashier);
    page->tabs()->setCurrentWidget(billing);
    auto* open = child<QPushButton>(billing, "meterReadings");
    ASSERT_TRUE(open->isEnabled());

    MeterReadingDialog dialog(host.services().meters, host.services().charges, host.services().registry, cashier,
                              u"2026-12"_s);
    ASSERT_TRUE(dialog.hasItems());
    ASSERT_TRUE(dialog.unitPicker()->setUnit(unitId(u"3-1-502"_s)));
    dialog.fill({}, u"102.45"_s, 1, {});
    EXPECT_FALSE(dialog.record());
    EXPECT_FALSE(dialog.errors().message(u"previous"_s).isEmpty()) << "a first reading needs its start";
    dialog.fill(u"103"_s, u"102.45"_s, 1, {});
    EXPECT_FALSE(dialog.record());
    EXPECT_FALSE(dialog.errors().message(u"current"_s).isEmpty());
    EXPECT_EQ(count(u"meter_readings"_s), 0);
    dialog.fill(u"100"_s, u"102.45"_s, 1, {});
    ASSERT_TRUE(dialog.record());
    EXPECT_EQ(dialog.model()->rowCount(), 1);
    EXPECT_EQ(dialog.model()->index(0, 4).data().toString(), u"2.45"_s);

    dialog.setSheet(u"房号,上期读数,本期读数\n3-1-501,10,12\n9-9-999,1,2\n"_s.toUtf8(), u"抄表.csv"_s);
    EXPECT_FALSE(child<QPushButton>(&dialog, "meterImport")->isEnabled());
    EXPECT_EQ(dialog.sheetReport().problems.size(), 1);
    dialog.setSheet(u"房号,上期读数,本期读数\n3-1-501,10,12\n"_s.toUtf8(), u"抄表.csv"_s);
    ASSERT_TRUE(child<QPushButton>(&dialog, "meterImport")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&dialog, "meterImport"), Qt::LeftButton);
    EXPECT_EQ(dialog.model()->rowCount(), 2);

    EXPECT_EQ(previewedItem(u"3-1-502"_s, u"2026-12"_s, water.name),
              u"水费: read 100 → 102.45 = "_s + Money::text(1029));
    EXPECT_EQ(previewedItem(u"3-1-501"_s, u"2026-12"_s, water.name), u"水费: read 10 → 12 = "_s + Money::text(840));
    EXPECT_TRUE(previewedItem(u"3-1-601"_s, u"2026-12"_s, water.name).isEmpty()) << "no reading, no water bill";

    // R-FE-1 at two desks (issue 16): a unit chosen again corrects its reading of the month, and says so;
    // another desk's dialog that chose the unit before that correction does not replace it unseen.
    MeterReadingDialog otherDesk(host.services().meters, host.services().charges, host.services().registry, cashier,
                                 u"2026-12"_s);
    const auto pick = [](MeterReadingDialog& d) { // as the cashier does: the code, then Enter
        QLineEdit* edit = d.unitPicker()->edit();
        edit->clear();
        type(edit, u"3-1-502"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        return d.unitPicker()->unitId() != 0;
    };
    ASSERT_TRUE(pick(otherDesk));
    ASSERT_TRUE(pick(dialog));
    EXPECT_TRUE(child<QLineEdit>(&dialog, "meterCurrent")->placeholderText().contains(u"102.45"_s));
    dialog.fill(u"100"_s, u"102.5"_s, 1, {});
    ASSERT_TRUE(dialog.record());
    otherDesk.fill(u"100"_s, u"102.6"_s, 1, {});
    EXPECT_FALSE(otherDesk.record());
    EXPECT_TRUE(otherDesk.errors().message(u"current"_s).contains(u"102.5"_s))
        << otherDesk.errors().message(u"current"_s).toStdString();
    bool listed = false; // "it is in the list", as the refusal says
    for (int row = 0; row < otherDesk.model()->rowCount(); ++row)
        listed = listed || (otherDesk.model()->index(row, 0).data().toString() == u"3-1-502"_s &&
                            otherDesk.model()->index(row, 2).data().toString() == Money::plain(10250));
    EXPECT_TRUE(listed);
    EXPECT_EQ(host.services().meters.current(unitId(u"3-1-502"_s), water.id, u"2026-12"_s).value()->currentCenti,
              10250);
}

// R-FE-1 at two desks (issue 16): the meter reader's sheet previewed at one counter; 3-1-601 read at the
// other before Import is pressed. The import names 3-1-601's row and writes nothing; the sheet chosen
// again says it corrects that reading, and then imports.
TEST_F(FeesMetersPageTest, ASheetImportedAfterAnotherDeskReadOneOfItsUnitsNamesItAndWritesNothing)
{
    const ChargeItem water = addItem(u"SF"_s, u"水费"_s, ChargeBasis::Meter, false, 420);
    const auto dialogAt = [&] {
        return std::make_unique<MeterReadingDialog>(host.services().meters, host.services().charges,
                                                    host.services().registry, cashier, u"2026-12"_s);
    };
    auto sheetDesk = dialogAt();
    const QByteArray sheet = u"房号,上期读数,本期读数\n3-1-501,10,12\n3-1-601,20,25\n"_s.toUtf8();
    sheetDesk->setSheet(sheet, u"抄表.csv"_s);
    ASSERT_TRUE(child<QPushButton>(sheetDesk.get(), "meterImport")->isEnabled());

    auto counter = dialogAt();
    ASSERT_TRUE(counter->unitPicker()->setUnit(unitId(u"3-1-601"_s)));
    counter->fill(u"20"_s, u"24"_s, 1, {});
    ASSERT_TRUE(counter->record());

    QTest::mouseClick(child<QPushButton>(sheetDesk.get(), "meterImport"), Qt::LeftButton);
    ASSERT_EQ(sheetDesk->sheetReport().problems.size(), 1);
    EXPECT_EQ(sheetDesk->sheetReport().problems.at(0).sheetRow(), 3);
    EXPECT_EQ(count(u"meter_readings"_s), 1) << "nothing of the sheet written";
    EXPECT_EQ(host.services().meters.current(unitId(u"3-1-601"_s), water.id, u"2026-12"_s).value()->currentCenti, 2400);

    sheetDesk->setSheet(sheet, u"抄表.csv"_s);
    EXPECT_EQ(sheetDesk->sheetReport().replacing, 1);
    QTest::mouseClick(child<QPushButton>(sheetDesk.get(), "meterImport"), Qt::LeftButton);
    EXPECT_TRUE(sheetDesk->sheetReport().accepted);
    EXPECT_EQ(host.services().meters.current(unitId(u"3-1-601"_s), water.id, u"2026-12"_s).value()->currentCenti, 2500);
}

// R-FE-1: a parking space's rent is billed to the unit listed for it, from the 11th: 21 of December's
// 31 days; ending the listing is a date, and the list shows it.
TEST_F(FeesMetersPageTest, AUnitListedForAParkingSpacePaysItsDays)
{
    page->setSession(manager);
    page->tabs()->setCurrentWidget(items);
    items->fillItem(u"CW"_s, u"车位租金"_s, ChargeBasis::Fixed, ChargePeriod::Monthly, 10, true);
    ASSERT_TRUE(items->addItem());
    const ChargeItem parking = host.services().charges.item(items->selectedItemId()).value();
    EXPECT_TRUE(parking.listed);
    items->fillRate({}, u"300"_s, QDate(2026, 1, 1));
    ASSERT_TRUE(items->addRate());
    EXPECT_TRUE(child<QPushButton>(items, "whoPays")->isEnabled());

    ChargeListingsDialog dialog(host.services().charges, host.services().registry, host.clock(), cashier, parking);
    ASSERT_TRUE(dialog.unitPicker()->setUnit(unitId(u"3-1-502"_s)));
    dialog.fill(QDate(2026, 12, 11), u"B1-023"_s);
    ASSERT_TRUE(dialog.listUnit());
    ASSERT_EQ(dialog.model()->rowCount(), 1);
    ASSERT_TRUE(dialog.unitPicker()->setUnit(unitId(u"3-1-502"_s)));
    EXPECT_FALSE(dialog.listUnit()) << "listed once at a time";
    EXPECT_FALSE(dialog.errors().message(u"from"_s).isEmpty());

    page->setSession(cashier);
    page->tabs()->setCurrentWidget(billing);
    const QString line = previewedItem(u"3-1-502"_s, u"2026-12"_s, parking.name);
    EXPECT_TRUE(line.endsWith(u" = "_s + Money::text(20323))) << line.toStdString(); // 300.00 × 21 / 31
    EXPECT_TRUE(line.contains(u"21 of 31 days"_s)) << line.toStdString();
    EXPECT_TRUE(previewedItem(u"3-1-501"_s, u"2026-12"_s, parking.name).isEmpty()) << "not listed, not billed";

    dialog.selectRow(0);
    dialog.setUntil(QDate(2027, 1, 10));
    ASSERT_TRUE(dialog.endSelected());
    EXPECT_EQ(dialog.model()->index(0, 2).data().toString(), DateTimeText::date(QDate(2027, 1, 10)));
}

// R-FE-4: a monthly contract is ticked "billed a month ahead" (a meter cannot be: the box says why);
// December's run previews December and January for it, both due in December.
TEST_F(FeesMetersPageTest, AMonthlyContractIsBilledAMonthAhead)
{
    page->setSession(manager);
    page->tabs()->setCurrentWidget(items);
    auto* ahead = child<QCheckBox>(items, "itemAhead");
    items->fillItem(u"SB"_s, u"水费"_s, ChargeBasis::Meter, ChargePeriod::Monthly, 10);
    EXPECT_FALSE(ahead->isEnabled());
    EXPECT_FALSE(ahead->toolTip().isEmpty());
    items->fillItem(u"BJ"_s, u"保洁包月"_s, ChargeBasis::Fixed, ChargePeriod::Monthly, 10, false, true);
    EXPECT_TRUE(ahead->isEnabled());
    ASSERT_TRUE(items->addItem());
    const ChargeItem cleaning = host.services().charges.item(items->selectedItemId()).value();
    EXPECT_TRUE(cleaning.ahead);
    items->fillRate({}, u"300"_s, QDate(2026, 1, 1));
    ASSERT_TRUE(items->addRate());

    page->setSession(cashier);
    page->tabs()->setCurrentWidget(billing);
    billing->setPeriod(u"2026-12"_s);
    billing->showPreview();
    QStringList periods;
    for (int r = 0; r < billing->model()->rowCount(); ++r)
        if (billing->model()->index(r, BillPreviewModel::Unit).data().toString() == u"3-1-502"_s &&
            billing->model()->index(r, BillPreviewModel::Item).data().toString().startsWith(cleaning.name)) {
            periods << billing->model()->index(r, BillPreviewModel::Period).data().toString();
            EXPECT_EQ(billing->model()->index(r, BillPreviewModel::Due).data().toString(),
                      DateTimeText::date(QDate(2026, 12, 10)));
        }
    EXPECT_EQ(periods.size(), 2) << periods.join(u", "_s).toStdString();
}

// A deposit is charged at the counter like a special service, and the list of items says it is held.
TEST_F(FeesMetersPageTest, ADepositIsChargedAtTheCounterAndMarkedHeld)
{
    addItem(u"ZXYJ"_s, u"装修押金"_s, ChargeBasis::Deposit, false, 0);
    OneOffChargeDialog dialog(host.services().charges, host.services().oneOffCharges, host.clock(), cashier,
                              unitId(u"3-1-502"_s), u"3-1-502"_s);
    auto* item = child<QComboBox>(&dialog, "oneOffItem");
    ASSERT_EQ(item->count(), 1);
    EXPECT_TRUE(item->itemText(0).startsWith(u"装修押金"_s));
    EXPECT_NE(item->itemText(0), u"装修押金"_s) << "marked as a deposit";
    dialog.fill(u"二次装修"_s, u"2000"_s, true);
    ASSERT_TRUE(dialog.submit());
    EXPECT_EQ(dialog.result().amountFen, 200000);
}

// R-FE-5: at the counter the cashier selects a wrong bill and withdraws it; the dialog asks why and for
// a manager's sign-in, and the unit owes it no more.
TEST_F(FeesMetersPageTest, AWrongBillIsWithdrawnAtTheCounterWithAManager)
{
    page->setSession(cashier);
    billDecember();
    const qint64 unit = unitId(u"3-1-502"_s);
    collect->showUnit(unit);
    ASSERT_EQ(collect->openLines()->rowCount(), 1);
    auto* withdraw = child<QPushButton>(collect, "reverseLine");
    EXPECT_FALSE(withdraw->isEnabled()) << "no bill selected yet";
    auto* lines = child<QTableView>(collect, "openLines");
    lines->setCurrentIndex(lines->model()->index(0, 0));
    ASSERT_TRUE(withdraw->isEnabled());

    bool filled = false;
    QTimer::singleShot(0, [&filled] {
        auto* dialog = qobject_cast<ReversalDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setReason(u"面积录错"_s);
        dialog->setManager(u"wang.jl"_s, QString::fromLatin1(TestHost::UserPassword));
        filled = dialog->submit();
    });
    QTest::mouseClick(withdraw, Qt::LeftButton);
    EXPECT_TRUE(filled);
    EXPECT_EQ(count(u"bill_line_reversals"_s), 1);
    EXPECT_EQ(collect->openLines()->rowCount(), 0) << "the unit owes it no more";
    EXPECT_FALSE(withdraw->isEnabled());
}

// R-FE-1: once December is billed for the whole site, January's run is the reminder that comes due; the
// reminder opens the billing tab on January.
TEST_F(FeesMetersPageTest, TheNextMonthsRunIsARemindersRecordThatOpensTheBillingTab)
{
    page->setSession(cashier);
    billDecember();
    ASSERT_TRUE(WatchService(host.db()).dueOf(QString::fromLatin1(BillingService::WatchKind), 202701).value());
    page->tabs()->setCurrentWidget(collect);
    ASSERT_TRUE(page->showRecord(QString::fromLatin1(BillingService::WatchKind), 202701));
    EXPECT_EQ(page->tabs()->currentWidget(), billing);
    EXPECT_EQ(child<QLineEdit>(billing, "period")->text(), u"2027-01"_s);
}

} // namespace
} // namespace fd::test

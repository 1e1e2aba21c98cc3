// Special services at the counter (R-FE-4): a one-off charge made for the unit at the counter, and the
// month's returned repairs billed from the billing tab, driven like a cashier; and late fees (R-FE-3),
// charged at the counter or waived by a manager.
#include "FeesPageFixture.h"

#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"
#include "modules/fees/LateFeeDialog.h"
#include "modules/fees/OneOffChargeDialog.h"
#include "modules/repairs/RepairService.h"
#include "support/ReturnedRepair.h"

#include <QCheckBox>
#include <QDialogButtonBox>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class FeesOneOffPageTest : public FeesPageFixture
{
protected:
    void SetUp() override
    {
        FeesPageFixture::SetUp();
        ChargeItem ty;
        ty.code = u"TY"_s;
        ty.name = u"特约服务"_s;
        ty.basis = ChargeBasis::OneOff;
        ty.dueDay = 5;
        auto added = host.services().charges.addItem(manager, ty);
        ASSERT_TRUE(added.ok());
        special = added.value();
    }

    QString openLineLabels()
    {
        QStringList out;
        for (int r = 0; r < collect->openLines()->rowCount(); ++r)
            out << collect->openLines()->item(r, 0)->text();
        return out.join(u" | "_s);
    }

    ChargeItem special;
};

// R-FE-4: the cashier bills a special service for the counter's unit; the form says when it is due
// (five days after the month ends, or today when paid now), a bad amount is refused next to the field
// with nothing written, and the charge is on the unit's open bills at once, ready to be paid.
TEST_F(FeesOneOffPageTest, ASpecialServiceIsBilledAtTheCounter)
{
    page->setSession(cashier);
    auto* button = child<QPushButton>(collect, "chargeOneOff");
    EXPECT_FALSE(button->isEnabled());
    EXPECT_FALSE(button->toolTip().isEmpty()) << "says why: no unit yet";
    const qint64 unit = unitId(u"3-1-502"_s);
    collect->showUnit(unit);
    EXPECT_TRUE(button->isEnabled());

    const qint64 lines = count(u"bill_lines"_s);
    OneOffChargeDialog dialog(host.services().charges, host.services().oneOffCharges, host.clock(), cashier, unit,
                              u"3-1-502"_s);
    EXPECT_EQ(child<QComboBox>(&dialog, "oneOffItem")->currentText(), u"特约服务"_s);
    EXPECT_TRUE(labelText(&dialog, "oneOffDue").contains(DateTimeText::date(QDate(2026, 12, 5))))
        << labelText(&dialog, "oneOffDue").toStdString();
    dialog.fill(u"更换水龙头"_s, u"35.505"_s, false);
    EXPECT_FALSE(dialog.submit());
    EXPECT_FALSE(dialog.errors().message(u"amount"_s).isEmpty());
    EXPECT_EQ(count(u"bill_lines"_s), lines) << "nothing written";

    dialog.fill(u"更换水龙头"_s, u"35.50"_s, true);
    EXPECT_TRUE(labelText(&dialog, "oneOffDue").contains(DateTimeText::date(QDate(2026, 11, 16))));
    ASSERT_TRUE(dialog.submit()) << dialog.errors().message(u"amount"_s).toStdString();
    EXPECT_EQ(dialog.result().amountFen, 3550);
    EXPECT_EQ(dialog.result().dueDay, QDate(2026, 11, 16));

    collect->showUnit(unit);
    EXPECT_TRUE(openLineLabels().contains(u"特约服务"_s)) << openLineLabels().toStdString();
    EXPECT_TRUE(openLineLabels().contains(u"更换水龙头"_s)) << openLineLabels().toStdString();
}

// R-FE-4: a supervisor sees the unit's bills but may not bill a charge, and the button says why.
TEST_F(FeesOneOffPageTest, ARoleThatMayNotBillSeesWhy)
{
    page->setSession(host.signedIn(Role::Supervisor, u"zhou.zg"_s));
    collect->showUnit(unitId(u"3-1-502"_s));
    auto* button = child<QPushButton>(collect, "chargeOneOff");
    EXPECT_FALSE(button->isEnabled());
    EXPECT_FALSE(button->toolTip().isEmpty());
}

// R-FE-4: the billing tab bills the returned repairs' charges once; asked again, there is nothing left.
TEST_F(FeesOneOffPageTest, ReturnedRepairsAreBilledOnceFromTheBillingTab)
{
    const QString number = returnedRepair(host, host.signedIn(Role::Clerk, u"li.na"_s), unitId(u"3-1-502"_s), 8000);
    ASSERT_FALSE(number.isEmpty());

    page->setSession(cashier);
    page->tabs()->setCurrentWidget(billing);
    Ask::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(billing, "billRepairs"), Qt::LeftButton);
    EXPECT_EQ(host.db()
                  .scalar(u"SELECT COUNT(*) FROM bill_lines WHERE repair_return_id IS NOT NULL AND amount_fen = 8000 "
                          "AND period = '2026-11' AND note = ?"_s,
                          {number})
                  .value()
                  .toInt(),
              1);
    EXPECT_TRUE(labelText(billing, "runSummary").contains(Money::text(8000)))
        << labelText(billing, "runSummary").toStdString();

    const qint64 lines = count(u"bill_lines"_s);
    QTest::mouseClick(child<QPushButton>(billing, "billRepairs"), Qt::LeftButton);
    EXPECT_EQ(count(u"bill_lines"_s), lines);
    EXPECT_TRUE(labelText(billing, "runSummary").contains(u"2026-11"_s))
        << labelText(billing, "runSummary").toStdString();
}

// R-FE-3: with the site's late fee on, the counter lists a bill's late fee to today; the cashier charges
// it (she may not waive it, and is told why); the next day a manager waives the new one with a reason.
TEST_F(FeesOneOffPageTest, LateFeesAreChargedAtTheCounterOrWaivedByAManager)
{
    ASSERT_TRUE(
        host.services().settings.set(host.admin(), QString::fromLatin1(SiteRules::LateFeePer10000), u"5"_s).ok());
    ChargeItem znj;
    znj.code = u"ZNJ"_s;
    znj.name = u"滞纳金"_s;
    znj.basis = ChargeBasis::OneOff;
    znj.dueDay = 1;
    ASSERT_TRUE(host.services().charges.addItem(manager, znj).ok());
    page->setSession(cashier);
    billDecember(); // due 15 December
    host.clock().set(QDateTime(QDate(2026, 12, 25), QTime(9, 0)));
    const qint64 unit = unitId(u"3-1-502"_s);
    collect->showUnit(unit);
    EXPECT_TRUE(child<QPushButton>(collect, "lateFees")->isEnabled());

    {
        LateFeeDialog dialog(host.services().lateFees, host.services().charges, cashier, unit, u"3-1-502"_s);
        ASSERT_EQ(dialog.model()->rowCount(), 1);
        EXPECT_EQ(dialog.fees().first().days, 10);
        EXPECT_FALSE(child<QPushButton>(&dialog, "waiveSelected")->isEnabled());
        EXPECT_FALSE(child<QPushButton>(&dialog, "waiveSelected")->toolTip().isEmpty());
        auto* item = child<QComboBox>(&dialog, "lateFeeItem");
        item->setCurrentIndex(item->findText(u"滞纳金"_s));
        const qint64 fee = dialog.fees().first().feeFen;
        EXPECT_TRUE(labelText(&dialog, "lateFeeTotal").contains(Money::text(fee)));
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "lateFeeButtons")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        EXPECT_EQ(
            host.db()
                .scalar(u"SELECT COUNT(*) FROM bill_lines WHERE late_fee_of IS NOT NULL AND amount_fen = ?"_s, {fee})
                .value()
                .toInt(),
            1);
    }

    host.clock().set(QDateTime(QDate(2026, 12, 26), QTime(9, 0)));
    LateFeeDialog dialog(host.services().lateFees, host.services().charges, manager, unit, u"3-1-502"_s);
    EXPECT_EQ(child<QComboBox>(&dialog, "lateFeeItem")->currentText(), u"滞纳金"_s) << "as charged last time";
    ASSERT_EQ(dialog.model()->rowCount(), 1);
    EXPECT_EQ(dialog.fees().first().days, 1);
    dialog.selectRow(0);
    EXPECT_FALSE(dialog.waiveSelected());
    EXPECT_FALSE(dialog.errors().message(u"reason"_s).isEmpty());
    dialog.setReason(u"业主住院，经理同意减免"_s);
    ASSERT_TRUE(dialog.waiveSelected());
    EXPECT_EQ(dialog.model()->rowCount(), 0);
    EXPECT_EQ(host.db().scalar(u"SELECT COUNT(*) FROM late_fee_waivers"_s).value().toInt(), 1);
}

} // namespace
} // namespace fd::test

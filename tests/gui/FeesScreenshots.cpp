// Screenshots of the cashier's page (收费), in Chinese, on the demo site: the counter with a unit that
// owes two months and the form saying what the payment will do, next month's meter readings, and next
// month's billing run previewed.
#include "GuiTestSupport.h"

#include "core/Money.h"

#include "app/DemoSite.h"
#include "app/StandardPages.h"
#include "engine/AccountService.h"
#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"
#include "gui/MainWindow.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/ArrearsWidget.h"
#include "modules/fees/BillPreviewModel.h"
#include "modules/fees/BillingRunWidget.h"
#include "modules/fees/CashCountWidget.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/CollectWidget.h"
#include "modules/fees/FeeSummaryWidget.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/FeesPage.h"
#include "modules/fees/LateFeeDialog.h"
#include "modules/fees/MeterReadingDialog.h"
#include "modules/fees/OneOffChargeDialog.h"
#include "modules/registry/UnitPickerWidget.h"
#include "support/Screenshots.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class FeesWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto demo = DemoSite(host.services()).fill(&host.admin());
        ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
        const Session cashier =
            host.services().accounts.signIn(u"cashier"_s, QString::fromLatin1(DemoSite::Password)).value();
        window = std::make_unique<MainWindow>(host.services(), standardPages(), cashier,
                                              u"/var/lib/frontdesk/frontdesk.sqlite"_s);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->showPage(u"fees"_s);
        page = window->findChild<FeesPage*>();
        ASSERT_NE(page, nullptr);
    }

    TestHost host;
    std::unique_ptr<MainWindow> window;
    FeesPage* page = nullptr;
};

TEST_F(FeesWindow, TheCounterWithAUnitThatOwes)
{
    // A home that left last month unpaid: two months open.
    const qint64 unit = host.db()
                            .scalar(u"SELECT unit_id FROM bill_lines l WHERE NOT EXISTS (SELECT 1 FROM "
                                    "payment_allocations a WHERE a.line_id = l.id) GROUP BY unit_id HAVING "
                                    "COUNT(*) = 4 ORDER BY unit_id LIMIT 1"_s)
                            .value()
                            .toLongLong();
    ASSERT_NE(unit, 0);
    ASSERT_TRUE(page->showUnit(unit));
    CollectWidget* collect = page->collect();
    ASSERT_EQ(collect->openLines()->rowCount(), 4);
    collect->setLineTicked(3, false);
    collect->setAmount(u"500"_s);
    EXPECT_FALSE(Screenshots::save(window.get(), u"fees-counter"_s).isEmpty());
}

TEST_F(FeesWindow, ASpecialServiceBilledAtTheCounter)
{
    // R-FE-4: the demo's first unit had a tap changed; the cashier bills another job for it.
    const qint64 unit = host.db().scalar(u"SELECT MIN(unit_id) FROM bill_lines"_s).value().toLongLong();
    ASSERT_TRUE(page->showUnit(unit));
    const Session cashier =
        host.services().accounts.signIn(u"cashier"_s, QString::fromLatin1(DemoSite::Password)).value();
    OneOffChargeDialog dialog(host.services().charges, host.services().oneOffCharges, host.clock(), cashier, unit,
                              page->collect()->account()->unitCode, window.get());
    dialog.fill(u"疏通厨房下水"_s, u"80"_s, false);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(Screenshots::save(&dialog, u"fees-special-service"_s).isEmpty());
}

TEST_F(FeesWindow, LateFeesAtTheCounter)
{
    // R-FE-3: the site charges 5 ten-thousandths a day; a unit that left last month unpaid.
    ASSERT_TRUE(
        host.services().settings.set(host.admin(), QString::fromLatin1(SiteRules::LateFeePer10000), u"5"_s).ok());
    const Session manager =
        host.services().accounts.signIn(u"manager"_s, QString::fromLatin1(DemoSite::Password)).value();
    ChargeItem znj;
    znj.code = u"ZNJ"_s;
    znj.name = u"滞纳金"_s;
    znj.basis = ChargeBasis::OneOff;
    znj.dueDay = 1;
    ASSERT_TRUE(host.services().charges.addItem(manager, znj).ok());
    host.clock().set(host.clock().now().addDays(20));
    auto arrears = host.services().arrears.arrears(manager);
    ASSERT_TRUE(arrears.ok() && !arrears.value().isEmpty());
    const ArrearsRow owing = arrears.value().first();
    LateFeeDialog dialog(host.services().lateFees, host.services().charges, manager, owing.unitId, owing.unitCode,
                         window.get());
    ASSERT_GT(dialog.model()->rowCount(), 0);
    dialog.selectRow(0);
    auto* item = dialog.findChild<QComboBox*>(u"lateFeeItem"_s);
    ASSERT_NE(item, nullptr);
    item->setCurrentIndex(item->findText(u"滞纳金"_s));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(Screenshots::save(&dialog, u"fees-late-fees"_s).isEmpty());
}

TEST_F(FeesWindow, NextMonthsMeterReadings)
{
    // R-FE-1: the demo's water meters (¥4.20 a ton): twelve homes read for next month, the next one
    // being typed.
    const Session cashier =
        host.services().accounts.signIn(u"cashier"_s, QString::fromLatin1(DemoSite::Password)).value();
    const QString period = FeeTerms::periodKey(host.clock().now().date().addMonths(1));
    const qint64 unread = host.db()
                              .scalar(u"SELECT MIN(id) FROM units WHERE id NOT IN (SELECT unit_id FROM "
                                      "meter_readings)"_s)
                              .value()
                              .toLongLong();
    MeterReadingDialog dialog(host.services().meters, host.services().charges, host.services().registry, cashier,
                              period, window.get());
    ASSERT_TRUE(dialog.unitPicker()->setUnit(unread));
    dialog.fill(u"720.00"_s, u"731.5"_s, 1, u"换新表"_s);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.model()->rowCount(), 12);
    EXPECT_FALSE(Screenshots::save(&dialog, u"fees-meter-readings"_s).isEmpty());
}

TEST_F(FeesWindow, NextMonthsBillingRunPreviewed)
{
    page->tabs()->setCurrentWidget(page->billing());
    QTest::mouseClick(child<QPushButton>(page->billing(), "previewRun"), Qt::LeftButton);
    ASSERT_GT(page->billing()->model()->rowCount(), 0);
    EXPECT_FALSE(Screenshots::save(window.get(), u"fees-billing-run"_s).isEmpty());
}

TEST_F(FeesWindow, TheCashiersCashCount)
{
    page->tabs()->setCurrentWidget(page->cashCount());
    ASSERT_TRUE(page->cashCount()->expected().has_value());
    const CashCount& e = *page->cashCount()->expected();
    ASSERT_GT(e.expectedFen(), 0) << "the demo cashier took payments";
    for (const CashCountLine& l : e.lines)
        if (l.expectedFen > 0)
            page->cashCount()->setCounted(
                l.method, Money::plain(l.method == PaymentMethod::Cash ? l.expectedFen - 1000 : l.expectedFen));
    child<QLineEdit>(page->cashCount(), "note")->setText(u"短款 10 元：3-1-502 找零多给，已报经理"_s);
    EXPECT_FALSE(Screenshots::save(window.get(), u"fees-cash-count"_s).isEmpty());
}

TEST_F(FeesWindow, TheArrearsList)
{
    ArrearsWidget* arrears = page->arrears();
    page->tabs()->setCurrentWidget(arrears);
    arrears->refresh();
    ASSERT_FALSE(arrears->rows().isEmpty());
    const qint64 unit = arrears->rows().first().unitId;
    const Session cashier =
        host.services().accounts.signIn(u"cashier"_s, QString::fromLatin1(DemoSite::Password)).value();
    ASSERT_TRUE(
        host.services().arrears.recordContact(cashier, unit, ContactKind::Phone, u"出差在外，月底回来交"_s, {}).ok());
    ASSERT_TRUE(host.services().arrears.issueNotice(cashier, unit).ok());
    arrears->refresh();
    arrears->selectUnit(unit);
    EXPECT_FALSE(Screenshots::save(window.get(), u"fees-arrears"_s).isEmpty());
}

TEST_F(FeesWindow, LastMonthsSummary)
{
    FeeSummaryWidget* summary = page->summary();
    page->tabs()->setCurrentWidget(summary);
    summary->setPeriod(FeeTerms::periodKey(host.clock().now().date().addMonths(-1)));
    ASSERT_TRUE(summary->showSummary());
    EXPECT_FALSE(Screenshots::save(window.get(), u"fees-summary"_s).isEmpty());
}

} // namespace
} // namespace fd::test

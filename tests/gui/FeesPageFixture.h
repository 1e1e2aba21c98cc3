#pragma once

// The cashier's page on a site with the sample units and the management fee (¥2.35/㎡ a month from
// 2026), every tab built from the host's services, the clock at 16 November 2026.
#include "GuiTestSupport.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/ArrearsWidget.h"
#include "modules/fees/BillPreviewModel.h"
#include "modules/fees/BillingRunWidget.h"
#include "modules/fees/CashCountWidget.h"
#include "modules/fees/ChargeItemsWidget.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/CollectWidget.h"
#include "modules/fees/FeeSummaryWidget.h"
#include "modules/fees/FeesPage.h"
#include "modules/fees/PaymentService.h"
#include "modules/fees/ReversalDialog.h"
#include "modules/registry/UnitDetailWidget.h"
#include "modules/registry/UnitPickerWidget.h"
#include "support/PdfText.h"
#include "widgets/Ask.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace fd::test {

class FeesPageFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        host.clock().set(QDateTime(QDate(2026, 11, 16), QTime(9, 0)));
        importSample(host);
        manager = host.signedIn(Role::Manager, QStringLiteral("wang.jl"));
        cashier = host.signedIn(Role::Cashier, QStringLiteral("liu.cn"));
        ChargeItem wy;
        wy.code = QStringLiteral("WY");
        wy.name = QStringLiteral("物业管理费");
        wy.basis = ChargeBasis::Area;
        const qint64 item = host.services().charges.addItem(manager, wy).value().id;
        ChargeRate rate;
        rate.itemId = item;
        rate.priceFen = 235;
        rate.validFrom = QDate(2026, 1, 1);
        ASSERT_TRUE(host.services().charges.addRate(manager, rate).ok());
        Services& s = host.services();
        collect = new CollectWidget({s.payments, s.accounts, s.registry, s.charges, s.oneOffCharges, s.lateFees,
                                     s.billing, s.clock, QStringLiteral("翠湖花园")});
        billing = new BillingRunWidget({s.billing, s.paymentNotices, s.charges, s.oneOffCharges, s.openingBalances,
                                        s.meters, s.registry, s.clock, QStringLiteral("翠湖花园")});
        items = new ChargeItemsWidget(s.charges, s.registry, s.clock);
        arrears = new ArrearsWidget(s.arrears, QStringLiteral("翠湖花园"));
        summary = new FeeSummaryWidget(s.feeSummary, s.clock, QStringLiteral("翠湖花园"));
        cashCount = new CashCountWidget(s.cashCounts, s.arrears, s.clock, QStringLiteral("翠湖花园"));
        page = std::make_unique<FeesPage>(FeesPage::Tabs{collect, arrears, billing, summary, items, cashCount});
        page->resize(1100, 700);
        page->show();
    }

    qint64 unitId(const QString& code)
    {
        return host.db().scalar(QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}).value().toLongLong();
    }

    qint64 count(const QString& table)
    {
        return host.db().scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toLongLong();
    }

    void billDecember()
    {
        billing->setPeriod(QStringLiteral("2026-12"));
        QTest::mouseClick(child<QPushButton>(billing, "previewRun"), Qt::LeftButton);
        ASSERT_GT(billing->model()->rowCount(), 0);
        Ask::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(billing, "confirmRun"), Qt::LeftButton);
        ASSERT_GT(count(QStringLiteral("bill_lines")), 0);
    }

    TestHost host;
    Session manager;
    Session cashier;
    CollectWidget* collect = nullptr;
    BillingRunWidget* billing = nullptr;
    ChargeItemsWidget* items = nullptr;
    ArrearsWidget* arrears = nullptr;
    FeeSummaryWidget* summary = nullptr;
    CashCountWidget* cashCount = nullptr;
    std::unique_ptr<FeesPage> page;
    QTemporaryDir dir;
};

} // namespace fd::test

#pragma once

#include "desk/Services.h"
#include "engine/AuditLog.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/ChargeService.h"
#include "modules/registry/RegistryService.h"
#include "support/TestHost.h"

#include <gtest/gtest.h>

#include <QDateTime>

namespace fd::test {

// A site with four units (two homes, a shop, an office: 89.37, 120, 45.5 and 200 ㎡) on the backend
// named by the test parameter, the manager who sets the charges up and the cashier who bills.
class FeeFixture : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        host.clock().set(QDateTime(QDate(2026, 11, 16), QTime(9, 0)));
        const QByteArray csv = QStringLiteral("楼栋,单元,房号,类型,面积,业主,电话\n"
                                              "1,1,101,住宅,89.37,张三,13800001111\n"
                                              "1,1,102,住宅,120,李四,13800002222\n"
                                              "1,1,103,商铺,45.5,王五,13800003333\n"
                                              "2,1,201,写字间,200,赵六,13800004444\n")
                                   .toUtf8();
        const ImportReport report = host.services().registry.importUnitsCsv(host.admin(), csv);
        ASSERT_TRUE(report.accepted) << report.text().toStdString();
        manager = host.signedIn(Role::Manager, QStringLiteral("wang.jl"));
        cashier = host.signedIn(Role::Cashier, QStringLiteral("liu.cn"));
    }

    ChargeService& charges() { return host.services().charges; }
    BillingService& billing() { return host.services().billing; }

    ChargeItem item(const QString& code, const QString& name, ChargeBasis basis,
                    ChargePeriod period = ChargePeriod::Monthly, int dueDay = 15)
    {
        ChargeItem i;
        i.code = code;
        i.name = name;
        i.basis = basis;
        i.period = period;
        i.dueDay = dueDay;
        auto added = charges().addItem(manager, i);
        EXPECT_TRUE(added.ok()) << (added.ok() ? std::string() : added.error().message.toStdString());
        return added.ok() ? added.value() : ChargeItem{};
    }

    ChargeRate rate(qint64 itemId, qint64 priceFen, const QDate& from, const QString& unitType = {})
    {
        ChargeRate r;
        r.itemId = itemId;
        r.priceFen = priceFen;
        r.validFrom = from;
        r.unitType = unitType;
        auto added = charges().addRate(manager, r);
        EXPECT_TRUE(added.ok()) << (added.ok() ? std::string() : added.error().message.toStdString());
        return added.ok() ? added.value() : ChargeRate{};
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto v = host.db().scalar(sql, binds);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    // The site's charges: the management fee by floor area (¥2.35/㎡ a month for homes, ¥5.00 for
    // shops, none set for offices) and garbage at ¥10.00 a month for every unit, due on the 20th.
    void setUpCharges()
    {
        wy = item(QStringLiteral("WY"), QStringLiteral("物业管理费"), ChargeBasis::Area);
        lj = item(QStringLiteral("LJ"), QStringLiteral("垃圾清运费"), ChargeBasis::Fixed, ChargePeriod::Monthly, 20);
        rate(wy.id, 235, QDate(2026, 1, 1), QStringLiteral("residential"));
        rate(wy.id, 500, QDate(2026, 1, 1), QStringLiteral("shop"));
        rate(lj.id, 1000, QDate(2026, 1, 1));
    }

    // The cashier previews and confirms a run.
    BillingRun run(const QString& period, qint64 unit = 0, qint64 itemId = 0)
    {
        auto p = billing().preview(cashier, period, unit, itemId);
        EXPECT_TRUE(p.ok()) << (p.ok() ? std::string() : p.error().message.toStdString());
        if (!p.ok())
            return {};
        auto r = billing().confirm(cashier, period, p.value().totalFen, unit, itemId);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? r.value() : BillingRun{};
    }

    qint64 unitId(const QString& code) { return scalar(QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}); }

    TestHost host{GetParam()};
    ChargeItem wy;
    ChargeItem lj;
    Session manager;
    Session cashier;
};

} // namespace fd::test

#pragma once

#include "../gui/GuiTestSupport.h"
#include "engine/tickets/TicketService.h"
#include "desk/Services.h"
#include "modules/repairs/RepairService.h"

#include <QDateTime>

#include <memory>

namespace fd::test {

// A set-up site with the sample units on the backend named by the test parameter, a clerk, the
// repair service (not yet in Services: built here from the host's parts) and a small fee schedule.
class RepairFixture : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        host.clock().set(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        importSample(host);
        clerk = host.signedIn(Role::Clerk, QStringLiteral("li.na"));
        repairs =
            std::make_unique<RepairService>(host.db(), host.clock(), host.services().audit, host.services().tickets);
        tap = addFee(QStringLiteral("SD-01"), QStringLiteral("更换水龙头"), QStringLiteral("个"), 3500);
        pipe = addFee(QStringLiteral("SD-02"), QStringLiteral("疏通下水管道"), QStringLiteral("次"), 8000);
    }

    FeeItem addFee(const QString& code, const QString& name, const QString& unit, qint64 priceFen)
    {
        auto saved = repairs->saveFeeItem(host.admin(), FeeItem{0, code, name, unit, priceFen, true, 1});
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? std::string() : saved.error().message.toStdString());
        return saved.ok() ? saved.value() : FeeItem{};
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto v = host.db().scalar(sql, binds);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    qint64 unitId(const QString& code) { return scalar(QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}); }

    Ticket openRepair(const QString& what = QStringLiteral("厨房水龙头漏水"),
                      const QString& unit = QStringLiteral("3-1-502"), const QString& person = QStringLiteral("张三"),
                      const QString& phone = QStringLiteral("13800001111"),
                      const QString& category = QStringLiteral("水"))
    {
        NewTicket r;
        r.kind = TicketKind::Repair;
        r.channel = Channel::Call;
        r.callerPhone = phone;
        r.unitId = unitId(unit);
        r.personName = person;
        r.description = what;
        r.category = category;
        auto t = host.services().tickets.open(clerk, r);
        EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
        return t.ok() ? t.value() : Ticket{};
    }

    DispatchRequest paidRequest(int taps = 2)
    {
        DispatchRequest d;
        d.department = QStringLiteral("工程部");
        d.technician = QStringLiteral("刘师傅");
        d.paid = true;
        d.items = {{tap.id, taps}, {pipe.id, 1}};
        return d;
    }

    TestHost host{GetParam()};
    Session clerk;
    std::unique_ptr<RepairService> repairs;
    FeeItem tap;
    FeeItem pipe;
};

} // namespace fd::test

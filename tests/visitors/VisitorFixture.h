#pragma once

#include "../gui/GuiTestSupport.h"
#include "desk/Services.h"
#include "modules/visitors/VisitorService.h"

#include <QDateTime>

#include <memory>

namespace fd::test {

// A set-up site with the sample units on the backend named by the test parameter, a clerk and the
// visitor service (not yet in Services: built here from the host's parts).
class VisitorFixture : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        host.clock().set(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        importSample(host);
        clerk = host.signedIn(Role::Clerk, QStringLiteral("li.na"));
        visitors =
            std::make_unique<VisitorService>(host.db(), host.clock(), host.services().audit, host.services().rules);
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto v = host.db().scalar(sql, binds);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    qint64 unitId(const QString& code) { return scalar(QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}); }

    VisitorCheckIn form(const QString& name = QStringLiteral("王伟"), const QString& unit = QStringLiteral("3-1-502"),
                        int people = 2, const QString& purpose = QStringLiteral("探亲"))
    {
        VisitorCheckIn f;
        f.visitorName = name;
        f.phone = QStringLiteral("13912345678");
        f.partySize = people;
        f.unitId = unitId(unit);
        f.hostName = QStringLiteral("张三");
        f.purpose = purpose;
        f.plate = QStringLiteral("沪A12345");
        f.confirmation = VisitConfirmation::Phone;
        return f;
    }

    Visit admit(const VisitorCheckIn& f)
    {
        auto v = visitors->checkIn(clerk, f);
        EXPECT_TRUE(v.ok()) << (v.ok() ? std::string() : v.error().message.toStdString());
        return v.ok() ? v.value() : Visit{};
    }

    qint64 at(int hour, int minute) const
    {
        return QDateTime(QDate(2026, 11, 23), QTime(hour, minute)).toMSecsSinceEpoch();
    }
    void advanceTo(int hour, int minute) { host.clock().set(QDateTime(QDate(2026, 11, 23), QTime(hour, minute))); }

    TestHost host{GetParam()};
    Session clerk;
    std::unique_ptr<VisitorService> visitors;
};

} // namespace fd::test

#pragma once

#include "../gui/GuiTestSupport.h"
#include "engine/tickets/TicketService.h"
#include "desk/Services.h"
#include "modules/complaints/ComplaintService.h"

#include <QDateTime>

#include <memory>

namespace fd::test {

// A set-up site with the sample units on the backend named by the test parameter, a clerk, a
// supervisor, a manager and the complaint service (not yet in Services: built from the host's parts).
class ComplaintFixture : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        host.clock().set(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        importSample(host);
        clerk = host.signedIn(Role::Clerk, QStringLiteral("li.na"));
        supervisor = host.signedIn(Role::Supervisor, QStringLiteral("wang.fang"));
        manager = host.signedIn(Role::Manager, QStringLiteral("zhao.lei"));
        complaints = std::make_unique<ComplaintService>(host.db(), host.clock(), host.services().audit,
                                                        host.services().tickets, host.services().registry);
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto v = host.db().scalar(sql, binds);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    qint64 unitId(const QString& code) { return scalar(QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}); }

    Ticket openComplaint(const QString& what = QStringLiteral("楼上装修噪音，物业多次答应处理仍未解决"),
                         const QString& unit = QStringLiteral("3-1-502"),
                         const QString& person = QStringLiteral("张三"), qint64 sameEventAs = 0)
    {
        NewTicket r;
        r.kind = TicketKind::Complaint;
        r.channel = Channel::Call;
        r.callerPhone = QStringLiteral("13800001111");
        r.unitId = unitId(unit);
        r.personName = person;
        r.description = what;
        r.sameEventAs = sameEventAs;
        auto t = host.services().tickets.open(clerk, r);
        EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
        return t.ok() ? t.value() : Ticket{};
    }

    Ticket graded(const Ticket& t, Severity s, QList<ComplaintCriterion> criteria = {})
    {
        auto r = complaints->decide(supervisor, t, {true, s, criteria, {}});
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? r.value() : Ticket{};
    }

    Ticket reload(const Ticket& t) { return host.services().tickets.find(t.id).value(); }

    TestHost host{GetParam()};
    Session clerk;
    Session supervisor;
    Session manager;
    std::unique_ptr<ComplaintService> complaints;
};

} // namespace fd::test

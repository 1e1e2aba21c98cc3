#pragma once

#include "engine/tickets/TicketService.h"
#include "modules/reports/ReportService.h"
#include "support/QtPrinters.h"
#include "support/TestHost.h"

#include <gtest/gtest.h>

#include <QDateTime>

namespace fd::test {

// A set-up site on the backend named by the test parameter, a clerk and a supervisor, the ticket
// engine to make the week's work with, and the report over it. The FakeClock starts on Friday
// 2026-11-20, the last day of the week before the one under test (Saturday 11-21 to Friday 11-27).
class ReportFixture : public ::testing::TestWithParam<QString>
{
protected:
    static QDate monday() { return {2026, 11, 23}; }

    TestHost host{GetParam()};
    ReportService reports{host.db(), host.clock(), host.services().rules};
    Session clerk = host.signedIn(Role::Clerk, QStringLiteral("li.na"));
    Session supervisor = host.signedIn(Role::Supervisor, QStringLiteral("zhou.min"));

    void SetUp() override { setTime(-3, 8, 0); }

    TicketService& tickets() { return host.services().tickets; }

    // The clock at hh:mm on Monday 2026-11-23 + dayOffset.
    void setTime(int dayOffset, int hour, int minute)
    {
        host.clock().set(QDateTime(monday().addDays(dayOffset), QTime(hour, minute)));
    }

    Ticket open(TicketKind kind, Channel channel = Channel::WalkIn, const QString& category = {},
                const Session* who = nullptr)
    {
        NewTicket r;
        r.kind = kind;
        r.channel = channel;
        if (channel == Channel::Call)
            r.callerPhone = QStringLiteral("13812345678");
        r.personName = QStringLiteral("张先生");
        r.description = QStringLiteral("厨房水管漏水");
        r.category = category;
        auto t = tickets().open(who ? *who : clerk, r);
        EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
        return t.ok() ? t.value() : Ticket{};
    }

    // Runs one TicketService step and gives the ticket after it; fails the test if it is refused.
    static Ticket ok(const Result<Ticket>& r)
    {
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? r.value() : Ticket{};
    }

    ReportFigures week(QDate day = monday())
    {
        auto f = reports.week(supervisor, day);
        EXPECT_TRUE(f.ok()) << (f.ok() ? std::string() : f.error().message.toStdString());
        return f.ok() ? f.value() : ReportFigures{};
    }

    static qint64 countOf(const QList<ReportCount>& list, const QString& key)
    {
        for (const ReportCount& c : list)
            if (c.key == key)
                return c.count;
        return -1;
    }
};

} // namespace fd::test

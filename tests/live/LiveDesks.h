#pragma once

#include "app/ServiceHost.h"
#include "engine/ChangeFeed.h"
#include "engine/SiteConnection.h"
#include "engine/tickets/NewTicket.h"
#include "support/TestHost.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include <memory>

namespace fd::test {

// Two workstations on one PostgreSQL database: desk A is the TestHost (the site set up there), desk B
// a second program's worth of services opened on the same database, each with its own connections,
// change feed and listener, as two computers at the site have.
class LiveDesks : public ::testing::Test
{
public:
    // Starts a desk's link (checked every 100 ms here) and waits until it listens.
    static void listen(Services& desk)
    {
        QSignalSpy listening(&desk.connection, &SiteConnection::listening);
        desk.connection.start(100);
        ASSERT_TRUE(listening.wait(5000)) << "the desk's listener did not connect";
    }

protected:
    void SetUp() override
    {
        if (!TestDatabase::postgresRequested())
            GTEST_SKIP() << "several desks share a PostgreSQL server: set FRONTDESK_TEST_PG";
        a = std::make_unique<TestHost>(QStringLiteral("postgres"));
        auto opened = ServiceHost::open(a->spec(), a->clock());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        b = std::move(opened).value();
        listen(a->services());
        listen(b->services());
    }

    // A walk-in's leaking kitchen pipe, as the desks' tests open it.
    static NewTicket repair(bool urgent = false)
    {
        NewTicket r;
        r.kind = TicketKind::Repair;
        r.channel = Channel::WalkIn;
        r.personName = QStringLiteral("张先生");
        r.description = QStringLiteral("厨房水管漏水");
        r.urgent = urgent;
        return r;
    }

    // The changes of every batch a spy on ChangeFeed::changed caught.
    static QList<Change> caught(const QSignalSpy& spy)
    {
        QList<Change> out;
        for (const QList<QVariant>& call : spy)
            out += call.at(0).value<QList<Change>>();
        return out;
    }

    static bool has(const QList<Change>& changes, const QString& kind, qint64 id)
    {
        for (const Change& c : changes)
            if (c.kind == kind && c.id == id)
                return true;
        return false;
    }

    std::unique_ptr<TestHost> a;
    std::unique_ptr<ServiceHost> b;
};

} // namespace fd::test

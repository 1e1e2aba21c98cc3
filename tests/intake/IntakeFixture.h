#pragma once

#include "../gui/GuiTestSupport.h"
#include "engine/tickets/TicketService.h"
#include "modules/intake/IntakeService.h"

#include <gtest/gtest.h>

#include <vector>

namespace fd::test {

// A set-up site with the sample units (3-1-502 张三 …) on the backend the parameter names, a clerk,
// and the intake service built from the host's services (it is not in Services yet).
class IntakeFixture : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        importSample(host);
        clerk = host.signedIn(Role::Clerk, QStringLiteral("li.na"));
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto v = host.db().scalar(sql, binds);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    // What "nothing written" compares.
    std::vector<qint64> counts()
    {
        std::vector<qint64> out;
        for (const char* table : {"tickets", "ticket_events", "intake_details", "audit_events"})
            out.push_back(scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)));
        return out;
    }

    qint64 unitId(const QString& code) { return scalar(QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}); }

    // A complete call about 3-1-502 of the given class.
    IntakeForm call(IntakeClass c, const QString& what = QStringLiteral("厨房水管漏水，地面积水"))
    {
        IntakeForm f;
        f.intakeClass = c;
        f.channel = Channel::Call;
        f.callerPhone = QStringLiteral("138 0000 1111");
        f.unitId = unitId(QStringLiteral("3-1-502"));
        f.personName = QStringLiteral("张三");
        f.description = what;
        f.category = QStringLiteral("水");
        return f;
    }

    TestHost host{GetParam()};
    IntakeService intake{host.db(), host.clock(), host.services().audit, host.services().tickets};
    Session clerk;
};

} // namespace fd::test

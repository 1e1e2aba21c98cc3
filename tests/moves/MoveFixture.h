#pragma once

#include "desk/Services.h"
#include "engine/AuditLog.h"
#include "modules/moves/LiftBookingService.h"
#include "modules/moves/MoveService.h"
#include "modules/moves/OwnerArchiveService.h"
#include "modules/moves/UnitKeyService.h"
#include "modules/registry/RegistryService.h"
#include "support/TestHost.h"

#include <gtest/gtest.h>

#include <QDateTime>

namespace fd::test {

// Three units in two buildings on the backend named by the test parameter, and the clerk at the desk.
class MoveFixture : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        host.clock().set(QDateTime(QDate(2026, 12, 4), QTime(9, 0)));
        const QByteArray csv = QStringLiteral("楼栋,单元,房号,类型,面积,业主,电话\n"
                                              "3,1,502,住宅,89.37,王伟,13800001111\n"
                                              "3,1,601,住宅,120,李娜,13800002222\n"
                                              "5,2,101,住宅,98,赵强,13800003333\n")
                                   .toUtf8();
        const ImportReport report = host.services().registry.importUnitsCsv(host.admin(), csv);
        ASSERT_TRUE(report.accepted) << report.text().toStdString();
        clerk = host.signedIn(Role::Clerk, QStringLiteral("sun.kz"));
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto v = host.db().scalar(sql, binds);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    qint64 unitId(const QString& code) { return scalar(QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}); }

    TestHost host{GetParam()};
    UnitKeyService keys{host.db(), host.clock(), host.services().audit};
    LiftBookingService lift{host.db(), host.clock(), host.services().audit};
    OwnerArchiveService archive{host.db(), host.clock(), host.services().audit};
    MoveService moves{
        host.db(), host.clock(), host.services().audit,   host.services().tickets,       keys,
        lift,      archive,      host.services().charges, host.services().oneOffCharges, host.services().registry};
    Session clerk;
};

} // namespace fd::test

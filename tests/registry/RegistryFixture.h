#pragma once

#include "modules/registry/RegistryService.h"
#include "support/TestHost.h"

#include <gtest/gtest.h>

#include <vector>

namespace fd::test {

// A set-up site on the backend named by the test parameter, with the registry service and the
// counting helpers the import and search tests share.
class RegistryFixture : public ::testing::TestWithParam<QString>
{
protected:
    TestHost host{GetParam()};

    RegistryService& registry() { return host.services().registry; }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto v = host.db().scalar(sql, binds);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    // buildings, zones, units, residents, phones, audit events: what "nothing written" compares.
    std::vector<qint64> counts()
    {
        std::vector<qint64> out;
        for (const char* table : {"buildings", "zones", "units", "residents", "resident_phones", "audit_events"})
            out.push_back(scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)));
        return out;
    }

    ImportReport import(const QString& csv) { return registry().importUnitsCsv(host.admin(), csv.toUtf8()); }

    qint64 unitId(const QString& code) { return scalar(QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}); }
};

} // namespace fd::test

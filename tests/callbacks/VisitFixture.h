#pragma once

#include "CallbackFixture.h"
#include "engine/tickets/SiteRules.h"
#include "modules/callbacks/VisitService.h"

namespace fd::test {

// The callback fixture (site with sample units, clerk li.na, 2026-11-23 09:00) plus the visit
// service, built here from the host's parts (it is not yet in Services).
class VisitFixture : public CallbackFixture
{
protected:
    void SetUp() override
    {
        CallbackFixture::SetUp();
        visits = std::make_unique<VisitService>(host.db(), host.clock(), host.services().audit, host.services().rules);
    }

    static qint64 at(int year, int month, int day, int hour = 10, int minute = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute)).toMSecsSinceEpoch();
    }

    VisitInput visit(const QString& unit, const QString& topic, qint64 whenMs = 0, bool forDepartment = false)
    {
        VisitInput v;
        v.unitId = unitId(unit);
        v.personName = QStringLiteral("张三");
        v.visitedMs = whenMs != 0 ? whenMs : host.clock().nowMs();
        v.way = VisitWay::Door;
        v.topic = topic;
        v.forDepartment = forDepartment;
        return v;
    }

    // Records `n` visits by `who` and checks each was accepted.
    void recordMany(const Session& who, int n, qint64 whenMs = 0, bool forDepartment = false)
    {
        for (int i = 0; i < n; ++i) {
            auto r = visits->record(
                who, visit(QStringLiteral("3-1-501"), QStringLiteral("冬季供暖情况"), whenMs, forDepartment));
            ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        }
    }

    static const VisitTally* tallyOf(const VisitProgress& p, qint64 userId)
    {
        for (const VisitTally& t : p.clerks)
            if (t.userId == userId)
                return &t;
        return nullptr;
    }

    std::unique_ptr<VisitService> visits;
};

} // namespace fd::test

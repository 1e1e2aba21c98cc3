#pragma once

#include <QList>
#include <QString>

namespace fd {

// How a proactive customer visit (访问, R-CB-5) was made.
enum class VisitWay { Door, Phone, Meeting, Other };

// One visit as the clerk records it. `forDepartment`: a visit made by the department (e.g. a
// supervisor's joint visit) counts towards the department's quota, otherwise towards the clerk's own.
struct VisitInput
{
    qint64 unitId = 0;
    QString personName; // optional
    qint64 visitedMs = 0;
    VisitWay way = VisitWay::Door;
    QString topic;   // what was talked about; required
    QString opinion; // what the customer said; optional
    bool forDepartment = false;
};

// One recorded visit (a row of customer_visits).
struct CustomerVisit
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString unitCode;
    QString personName;
    qint64 visitedMs = 0;
    VisitWay way = VisitWay::Door;
    QString topic;
    QString opinion;
    bool forDepartment = false;
    qint64 recordedById = 0;
    QString recordedBy;
    qint64 createdMs = 0;
};

// One clerk's visits in a month against the quota.
struct VisitTally
{
    qint64 userId = 0;
    QString name;
    int done = 0;
    int quota = 0;
    [[nodiscard]] bool met() const { return done >= quota; }
};

// A calendar month (local time) of visits: each clerk's own and the department's.
struct VisitProgress
{
    qint64 fromMs = 0;        // the month's first instant
    qint64 toMs = 0;          // the next month's first instant
    QList<VisitTally> clerks; // by name
    VisitTally department;    // userId 0
};

} // namespace fd

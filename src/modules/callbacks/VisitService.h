#pragma once

#include "core/Result.h"
#include "modules/callbacks/VisitTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace fd {

class AuditLog;
class Clock;
class Database;
class SiteRules;
struct Session;

// Proactive customer visits (访问, R-CB-5): each clerk makes at least SiteRules' clerk quota a
// month, the department at least its own quota; every visit is recorded. A visit is one Transaction
// with an audit event; a refused one writes nothing. The opinion a customer gives stays on the
// visit as text (the desk opens a ticket for it at intake when it needs one).
class VisitService
{
    Q_DECLARE_TR_FUNCTIONS(VisitService)

public:
    VisitService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules);

    // Errors name the field: unit, topic, visited, way.
    Result<CustomerVisit> record(const Session& who, const VisitInput& visit);

    // The calendar month (local time) holding `anyMsInMonth`: each clerk's own visits (everyone
    // holding the Clerk role, and anyone else who recorded an own visit that month) and the
    // department's, against the quotas of SiteRules. Counted by when the visit was made.
    [[nodiscard]] Result<VisitProgress> progress(qint64 anyMsInMonth) const;

    // Visits, the latest made first; `offset`/`limit` page them.
    [[nodiscard]] Result<QList<CustomerVisit>> recent(int limit, int offset = 0) const;
    [[nodiscard]] Result<qint64> count() const;

    [[nodiscard]] static QString wayKey(VisitWay way);
    [[nodiscard]] static std::optional<VisitWay> wayFrom(const QString& key);
    [[nodiscard]] static QString wayName(VisitWay way);
    [[nodiscard]] static QList<VisitWay> ways();
    // The local calendar month holding `ms`: [first instant, next month's first instant).
    [[nodiscard]] static std::pair<qint64, qint64> monthOf(qint64 ms);

private:
    Status validate(const VisitInput& visit) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const SiteRules& m_rules;
};

} // namespace fd

#pragma once

#include "core/Clock.h"
#include "engine/AccountService.h"
#include "engine/AuditLog.h"
#include "engine/SiteSettings.h"
#include "engine/search/SearchService.h"
#include "engine/shifts/ControlRoomService.h"
#include "engine/shifts/MorningReviewService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketQueues.h"
#include "engine/tickets/TicketService.h"
#include "storage/Database.h"

#include <memory>

namespace fd::bench {

// Time for the benchmarks: fixed at the generated site's "now", moved only by the benchmarks.
class BenchClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now += ms; }
    // Back to the site's morning (23 Nov 09:00): the reading benchmarks run at the hour the desk
    // opens, whatever time the writing ones used up.
    void toMorning() { m_now = morningMs(); }
    [[nodiscard]] static qint64 morningMs() { return QDateTime(QDate(2026, 11, 23), QTime(9, 0)).toMSecsSinceEpoch(); }

private:
    qint64 m_now = morningMs();
};

// The generated site opened once for every benchmark, with the services on it and the clerk signed in.
class BenchSite
{
public:
    static BenchSite& instance();
    // The generated SQLite file, or its copy on a PostgreSQL server (SiteCopy).
    static void open(const ConnectionSpec& spec);
    // Closes the database while the application object still exists.
    static void close();

    BenchClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<SiteSettings> settings;
    std::unique_ptr<AccountService> accounts;
    std::unique_ptr<SiteRules> rules;
    std::unique_ptr<TicketService> tickets;
    std::unique_ptr<SearchService> search;
    std::unique_ptr<TicketQueues> queues;
    std::unique_ptr<ShiftService> shifts;
    std::unique_ptr<ControlRoomService> calls;
    std::unique_ptr<MorningReviewService> reviews;
    Session clerk;
    Session supervisor;
    qint64 units = 0;
};

// What one audited change writes besides the record itself, for the raw side of a comparison: the
// chain head and the event row (with a placeholder hash: the bench file's chain is not verified).
void rawAudit(Database& db, const Session& actor, const QString& entity, qint64 entityId);

} // namespace fd::bench

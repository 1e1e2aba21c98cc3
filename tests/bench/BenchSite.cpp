#include "bench/BenchSite.h"

#include "storage/Migrator.h"

#include <QElapsedTimer>

#include <cstdio>

#include <QString>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace fd::bench {

namespace {
std::unique_ptr<BenchSite> g_site;

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "frontdesk_bench: %s\n", message.toUtf8().constData());
    std::exit(1);
}
} // namespace

BenchSite& BenchSite::instance()
{
    return *g_site;
}

void BenchSite::close()
{
    g_site.reset();
}

void BenchSite::open(const ConnectionSpec& spec)
{
    g_site = std::make_unique<BenchSite>();
    BenchSite& s = *g_site;
    auto db = Database::open(spec, Database::OpenMode::MustExist);
    if (!db)
        fail(db.error().message);
    s.db = std::move(db).value();
    // A site written by an older build is brought to this build's schema first, as the program does
    // at start; the time it takes is the upgrade a large site sees once.
    QElapsedTimer upgrade;
    upgrade.start();
    auto current = Migrator::currentVersion(*s.db);
    const int before = current ? current.value() : 0;
    if (Status m = Migrator().migrate(*s.db, s.clock); !m)
        fail(m.error().message);
    if (before < Migrator().latestVersion())
        std::fprintf(stderr, "schema %d -> %d in %.1f s\n", before, Migrator().latestVersion(),
                     double(upgrade.elapsed()) / 1000.0);
    s.audit = std::make_unique<AuditLog>(*s.db, s.clock);
    s.settings = std::make_unique<SiteSettings>(*s.db, s.clock, *s.audit);
    s.accounts = std::make_unique<AccountService>(*s.db, s.clock, *s.audit, *s.settings);
    s.rules = std::make_unique<SiteRules>(*s.settings);
    s.tickets = std::make_unique<TicketService>(*s.db, s.clock, *s.audit, *s.rules);
    s.search = std::make_unique<SearchService>(*s.db);
    s.queues = std::make_unique<TicketQueues>(*s.db, *s.rules);
    // As the program wires it (ServiceHost): renovations due are queued beside the tickets.
    s.queues->addWatchedSource(u"renovation_work"_s);
    s.queues->addWatchedSource(u"renovation_problem"_s);
    s.shifts = std::make_unique<ShiftService>(*s.db, s.clock, *s.audit, *s.rules, *s.accounts);
    s.calls = std::make_unique<ControlRoomService>(*s.db, s.clock, *s.audit, *s.shifts, *s.tickets);
    s.shifts->addProvider(s.calls.get());
    s.reviews = std::make_unique<MorningReviewService>(*s.db, s.clock, *s.audit, *s.shifts, *s.calls);
    auto clerk = s.accounts->signIn(u"clerk"_s, u"bench-pass-1"_s);
    if (!clerk)
        fail(clerk.error().message);
    s.clerk = clerk.value();
    auto supervisor = s.accounts->signIn(u"supervisor"_s, u"bench-pass-1"_s);
    if (!supervisor)
        fail(supervisor.error().message);
    s.supervisor = supervisor.value();
    s.units = s.db->scalar(u"SELECT COUNT(*) FROM units"_s).value().toLongLong();
    if (Status r = s.search->refresh(); !r)
        fail(r.error().message);
}

void rawAudit(Database& db, const Session& actor, const QString& entity, qint64 entityId)
{
    auto head = db.exec(u"UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq"_s);
    head.value().next();
    const qint64 id = head.value().value(0).toLongLong();
    head.value().finish();
    (void)db.exec(u"INSERT INTO audit_events (id, at_ms, actor_id, actor, entity, entity_id, action, before_json, "
                  "after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, 'raw', '{}', '{}', '', 'raw')"_s,
                  {id, BenchSite::instance().clock.nowMs(), actor.user.id, actor.user.login, entity, entityId});
}

} // namespace fd::bench

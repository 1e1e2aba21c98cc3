#include "app/ServiceHost.h"

#include "core/Clock.h"
#include "core/MinuteTick.h"
#include "engine/AccountService.h"
#include "engine/AuditLog.h"
#include "engine/ChangeFeed.h"
#include "engine/SiteConnection.h"
#include "engine/SiteSettings.h"
#include "engine/SiteSetup.h"
#include "engine/UnitFacts.h"
#include "engine/reminders/ReminderEngine.h"
#include "engine/reminders/ReminderScheduler.h"
#include "engine/search/SearchService.h"
#include "engine/shifts/ControlRoomService.h"
#include "engine/shifts/MorningReviewService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketQueues.h"
#include "engine/tickets/TicketService.h"
#include "modules/callbacks/CallbackService.h"
#include "modules/callbacks/CommunityEventService.h"
#include "modules/callbacks/VisitService.h"
#include "modules/complaints/ComplaintService.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/CashCountService.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeSummaryService.h"
#include "modules/fees/LateFeeService.h"
#include "modules/fees/MeterReadingService.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/fees/OpeningBalanceService.h"
#include "modules/fees/PaymentNoticeService.h"
#include "modules/fees/PaymentService.h"
#include "modules/intake/IntakeService.h"
#include "modules/moves/LiftBookingService.h"
#include "modules/moves/MoveHandoverProvider.h"
#include "modules/moves/MoveService.h"
#include "modules/moves/OwnerArchiveService.h"
#include "modules/moves/UnitKeyService.h"
#include "modules/parcels/ParcelHandoverProvider.h"
#include "modules/parcels/ParcelService.h"
#include "modules/registry/RegistryService.h"
#include "modules/renovations/RenovationHandoverProvider.h"
#include "modules/renovations/RenovationService.h"
#include "modules/repairs/RepairService.h"
#include "modules/reports/ReportService.h"
#include "modules/sitesettings/SiteCatalogService.h"
#include "modules/storeditems/StoredItemHandoverProvider.h"
#include "modules/storeditems/StoredItemService.h"
#include "modules/tools/ToolHandoverProvider.h"
#include "modules/tools/ToolService.h"
#include "modules/visitors/VisitorHandoverProvider.h"
#include "modules/visitors/VisitorService.h"
#include "storage/IntegrityCheck.h"
#include "storage/LocalDrafts.h"
#include "storage/Migrator.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

Status refuseDamaged(Database& db)
{
    auto quick = IntegrityCheck::run(db, IntegrityCheck::Depth::Quick);
    // A page torn badly enough makes the check itself fail ("database disk image is malformed"):
    // that is the same answer, not a different error.
    if (!quick)
        quick = QStringList{quick.error().message};
    if (!quick.value().isEmpty())
        return Error{u"db.damaged"_s,
                     QCoreApplication::translate("ServiceHost", "The database file is damaged (%1). Restore the "
                                                                "latest backup; the file was not changed.")
                         .arg(quick.value().first())};
    return {};
}

// Qt removes a dead program's lock file under a second lock, "<lock>.rmlock". A program killed in the
// instant between creating that file and writing its owner into it leaves it empty, and QLockFile then
// refuses every start until the empty file is 30 s old (found by fees_crash_tests on a loaded machine:
// a desk restarted at once after a crash in its first moments would be told the file is in use). A live
// program writes its owner at once, so an empty one older than half a second belongs to nobody: remove
// it and try again. The file's age is the file system's, not the site's clock.
bool takeOverAfterAKilledStart(QLockFile& lock, const QString& lockPath)
{
    const QFileInfo removing(lockPath + u".rmlock"_s);
    if (!removing.exists() || removing.size() != 0 ||
        removing.lastModified().msecsTo(QDateTime::currentDateTime()) < 500)
        return false;
    spdlog::warn("removing {}, left empty by a program killed while it started", removing.filePath().toStdString());
    QFile::remove(removing.filePath());
    return lock.tryLock(0);
}

} // namespace

ServiceHost::~ServiceHost() = default;

Result<std::unique_ptr<ServiceHost>> ServiceHost::open(const ConnectionSpec& spec, const Clock& clock,
                                                       Database::OpenMode mode)
{
    // One writer per SQLite file (FACTS.md: 3.40.1 must not have two WAL writers): a second window or
    // a command-line import while the desk runs is refused. A crashed program's lock is taken over.
    std::unique_ptr<QLockFile> lock;
    // A program that stopped without closing (crash, power cut) leaves its lock file behind: only
    // then is the file's every page read before use (quick_check takes 12 s on a ten-year site, too
    // long for every start). `frontdesk --check` reads them any time.
    bool stoppedUncleanly = false;
    if (spec.backend == Backend::Sqlite) {
        stoppedUncleanly = QFileInfo::exists(spec.path + u".lock"_s);
        lock = std::make_unique<QLockFile>(spec.path + u".lock"_s);
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0) && !takeOverAfterAKilledStart(*lock, spec.path + u".lock"_s)) {
            qint64 pid = 0;
            QString hostName, appName;
            lock->getLockInfo(&pid, &hostName, &appName);
            return Error{u"db.inuse"_s,
                         QCoreApplication::translate("ServiceHost",
                                                     "FrontDesk already has this database open (process %1 on %2). "
                                                     "Close it first: only one program may write to the file.")
                             .arg(pid)
                             .arg(hostName),
                         u"database"_s};
        }
    }
    Migrator migrator;
    // An existing SQLite file is first looked at read-only: one that is damaged, not a database or
    // newer than this program is refused before the read-write open changes anything (journal mode).
    if (spec.backend == Backend::Sqlite && QFileInfo::exists(spec.path)) {
        auto peek = Database::open(spec, Database::OpenMode::ReadOnly);
        if (!peek)
            return peek.error();
        if (stoppedUncleanly) {
            spdlog::warn("FrontDesk did not close normally last time: checking {} before use", spec.path.toStdString());
            if (Status s = refuseDamaged(*peek.value()); !s)
                return s.error();
        }
        if (Status s = migrator.checkCompatible(*peek.value()); !s)
            return s.error();
    }
    auto db = Database::open(spec, mode);
    if (!db)
        return db.error();
    if (Status s = migrator.migrate(*db.value(), clock); !s)
        return s.error();

    std::unique_ptr<ServiceHost> host(new ServiceHost);
    host->m_lock = std::move(lock);
    host->m_db = std::move(db).value();
    host->m_audit = std::make_unique<AuditLog>(*host->m_db, clock);
    host->m_changes = std::make_unique<ChangeFeed>();
    host->m_audit->setFeed(host->m_changes.get()); // every committed change is published (issue 12)
    host->m_connection = std::make_unique<SiteConnection>(*host->m_db, *host->m_changes);
    host->m_settings = std::make_unique<SiteSettings>(*host->m_db, clock, *host->m_audit);
    host->m_accounts = std::make_unique<AccountService>(*host->m_db, clock, *host->m_audit, *host->m_settings);
    host->m_site = std::make_unique<SiteSetup>(*host->m_db, clock, *host->m_audit, *host->m_accounts);
    host->m_registry = std::make_unique<RegistryService>(*host->m_db, clock, *host->m_audit, *host->m_site);
    host->m_rules = std::make_unique<SiteRules>(*host->m_settings);
    host->m_tickets = std::make_unique<TicketService>(*host->m_db, clock, *host->m_audit, *host->m_rules);
    host->m_queues = std::make_unique<TicketQueues>(*host->m_db, *host->m_rules);
    host->m_shifts =
        std::make_unique<ShiftService>(*host->m_db, clock, *host->m_audit, *host->m_rules, *host->m_accounts);
    host->m_controlRoom =
        std::make_unique<ControlRoomService>(*host->m_db, clock, *host->m_audit, *host->m_shifts, *host->m_tickets);
    host->m_shifts->addProvider(host->m_controlRoom.get()); // unentered night calls go on the handover sheet
    host->m_reviews = std::make_unique<MorningReviewService>(*host->m_db, clock, *host->m_audit, *host->m_shifts,
                                                             *host->m_controlRoom);
    host->m_search = std::make_unique<SearchService>(*host->m_db);
    host->m_reports = std::make_unique<ReportService>(*host->m_db, clock, *host->m_rules);
    host->m_intake = std::make_unique<IntakeService>(*host->m_db, clock, *host->m_audit, *host->m_tickets);
    host->m_drafts = std::make_unique<LocalDrafts>(LocalDrafts::folderFor(spec));
    host->m_intake->keepLocally(host->m_drafts.get());
    host->m_repairs = std::make_unique<RepairService>(*host->m_db, clock, *host->m_audit, *host->m_tickets);
    host->m_callbacks =
        std::make_unique<CallbackService>(*host->m_db, clock, *host->m_audit, *host->m_tickets, *host->m_repairs);
    host->m_complaints =
        std::make_unique<ComplaintService>(*host->m_db, clock, *host->m_audit, *host->m_tickets, *host->m_registry);
    host->m_visits = std::make_unique<VisitService>(*host->m_db, clock, *host->m_audit, *host->m_rules);
    host->m_siteCatalog = std::make_unique<SiteCatalogService>(*host->m_db, clock, *host->m_audit);
    host->m_charges = std::make_unique<ChargeService>(*host->m_db, clock, *host->m_audit);
    host->m_billing =
        std::make_unique<BillingService>(*host->m_db, clock, *host->m_audit, *host->m_charges, *host->m_rules);
    host->m_payments = std::make_unique<PaymentService>(*host->m_db, clock, *host->m_audit);
    host->m_arrears = std::make_unique<ArrearsService>(*host->m_db, clock, *host->m_audit, *host->m_rules);
    host->m_paymentNotices = std::make_unique<PaymentNoticeService>(*host->m_db, clock, *host->m_audit);
    host->m_cashCounts = std::make_unique<CashCountService>(*host->m_db, clock, *host->m_audit);
    host->m_oneOffCharges = std::make_unique<OneOffChargeService>(*host->m_db, clock, *host->m_audit);
    host->m_openingBalances = std::make_unique<OpeningBalanceService>(*host->m_db, clock, *host->m_audit);
    host->m_lateFees = std::make_unique<LateFeeService>(*host->m_db, clock, *host->m_audit, *host->m_rules);
    host->m_meters = std::make_unique<MeterReadingService>(*host->m_db, clock, *host->m_audit);
    host->m_unitFacts = std::make_unique<UnitFacts>();
    host->m_unitFacts->add([arrears = host->m_arrears.get()](const Session& who, qint64 unitId) {
        return arrears->unitFact(who, unitId);
    });
    host->m_feeSummary = std::make_unique<FeeSummaryService>(*host->m_db);
    host->m_communityEvents =
        std::make_unique<CommunityEventService>(*host->m_db, clock, *host->m_audit, *host->m_tickets);
    host->m_unitKeys = std::make_unique<UnitKeyService>(*host->m_db, clock, *host->m_audit);
    host->m_lift = std::make_unique<LiftBookingService>(*host->m_db, clock, *host->m_audit);
    host->m_archive = std::make_unique<OwnerArchiveService>(*host->m_db, clock, *host->m_audit);
    host->m_moves = std::make_unique<MoveService>(*host->m_db, clock, *host->m_audit, *host->m_tickets,
                                                  *host->m_unitKeys, *host->m_lift, *host->m_archive, *host->m_charges,
                                                  *host->m_oneOffCharges, *host->m_registry);
    host->m_renovations = std::make_unique<RenovationService>(*host->m_db, clock, *host->m_audit, *host->m_settings,
                                                              *host->m_archive, *host->m_oneOffCharges);
    host->wireLogs(clock);
    host->m_minuteTick = std::make_unique<MinuteTick>(clock);
    host->m_reminders = std::make_unique<ReminderEngine>(*host->m_db, clock, *host->m_audit, *host->m_rules);
    // Issue 16: what this desk raises for the site is told to the others, and what another desk
    // raised (or a full refresh) reaches the engine before any page ticks it on the same change.
    host->m_reminders->setFeed(host->m_changes.get());
    QObject::connect(host->m_changes.get(), &ChangeFeed::changed, host->m_changes.get(),
                     [engine = host->m_reminders.get()](const QList<Change>& changes) { engine->heard(changes); });
    host->m_reminderScheduler = std::make_unique<ReminderScheduler>(*host->m_reminders, clock);
    host->m_services.reset(new Services{*host->m_db,
                                        clock,
                                        *host->m_audit,
                                        *host->m_settings,
                                        *host->m_accounts,
                                        *host->m_site,
                                        *host->m_registry,
                                        *host->m_rules,
                                        *host->m_tickets,
                                        *host->m_queues,
                                        *host->m_shifts,
                                        *host->m_controlRoom,
                                        *host->m_reviews,
                                        *host->m_search,
                                        *host->m_reports,
                                        *host->m_intake,
                                        *host->m_repairs,
                                        *host->m_callbacks,
                                        *host->m_complaints,
                                        *host->m_visits,
                                        *host->m_visitors,
                                        *host->m_storedItems,
                                        *host->m_parcels,
                                        *host->m_tools,
                                        *host->m_communityEvents,
                                        *host->m_siteCatalog,
                                        *host->m_charges,
                                        *host->m_billing,
                                        *host->m_payments,
                                        *host->m_arrears,
                                        *host->m_paymentNotices,
                                        *host->m_cashCounts,
                                        *host->m_oneOffCharges,
                                        *host->m_openingBalances,
                                        *host->m_lateFees,
                                        *host->m_meters,
                                        *host->m_unitFacts,
                                        *host->m_feeSummary,
                                        *host->m_unitKeys,
                                        *host->m_lift,
                                        *host->m_archive,
                                        *host->m_moves,
                                        *host->m_renovations,
                                        *host->m_minuteTick,
                                        *host->m_changes,
                                        *host->m_reminders,
                                        *host->m_reminderScheduler,
                                        *host->m_connection});
    return host;
}

void ServiceHost::wireLogs(const Clock& clock)
{
    // The desk's logs (issue 5): their open records go on every desk post's handover sheet (R-SH-2)
    // and their records into the global search.
    m_visitors = std::make_unique<VisitorService>(*m_db, clock, *m_audit, *m_rules);
    m_storedItems = std::make_unique<StoredItemService>(*m_db, clock, *m_audit, *m_rules);
    m_parcels = std::make_unique<ParcelService>(*m_db, clock, *m_audit, *m_rules);
    m_tools = std::make_unique<ToolService>(*m_db, clock, *m_audit, *m_settings);
    m_logProviders.push_back(std::make_unique<VisitorHandoverProvider>(*m_db));
    m_logProviders.push_back(std::make_unique<StoredItemHandoverProvider>(*m_db));
    m_logProviders.push_back(std::make_unique<ParcelHandoverProvider>(*m_parcels));
    m_logProviders.push_back(std::make_unique<ToolHandoverProvider>(*m_db));
    m_logProviders.push_back(std::make_unique<MoveHandoverProvider>(*m_db));
    m_logProviders.push_back(std::make_unique<RenovationHandoverProvider>(*m_db));
    for (const auto& provider : m_logProviders)
        m_shifts->addProvider(provider.get());
    for (RecordSource source : {VisitorService::recordSource(), StoredItemService::recordSource(),
                                ParcelService::recordSource(), ToolService::recordSource()})
        RecordSources::add(std::move(source));
    m_search->addSource(VisitorService::searchSource());
    m_search->addSource(StoredItemService::searchSource());
    m_search->addSource(ParcelService::searchSource());
    m_search->addSource(ToolService::searchSource());
    m_search->addSource(PaymentService::searchSource());
    m_search->addSource(PaymentNoticeService::searchSource());
    m_search->addSource(ArrearsService::searchSource());
    m_search->addSource(MoveService::searchSource());
    // A renovation due at its planned end or with a problem to put right is the desk's work in the queues.
    m_queues->addWatchedSource(QString::fromLatin1(RenovationService::EndWatch));
    m_queues->addWatchedSource(QString::fromLatin1(RenovationService::ProblemWatch));
    m_search->addSource(RenovationService::searchSource());
    m_search->addSource(RenovationService::passSearchSource());
    for (RecordSource source : ArrearsService::recordSources() + OneOffChargeService::recordSources() +
                                   BillingService::recordSources() + MoveService::recordSources() +
                                   RenovationService::recordSources())
        RecordSources::add(std::move(source));
}

} // namespace fd

#pragma once

#include "core/Result.h"
#include "desk/Services.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <QLockFile>

#include <memory>
#include <vector>

namespace fd {

class AccountService;
class AuditLog;
class ChangeFeed;
class LocalDrafts;
class SiteConnection;
class ReminderEngine;
class ReminderScheduler;
class CallbackService;
class CommunityEventService;
class ComplaintService;
class Clock;
class ControlRoomService;
class MorningReviewService;
class SearchService;
class ShiftService;
class TicketQueues;
class IntakeService;
class RegistryService;
class RepairService;
class ReportService;
class SiteSettings;
class SiteRules;
class SiteSetup;
class TicketService;
class VisitService;
class VisitorService;
class StoredItemService;
class ParcelService;
class ToolService;
class SiteCatalogService;
class ChargeService;
class BillingService;
class PaymentService;
class ArrearsService;
class PaymentNoticeService;
class CashCountService;
class LateFeeService;
class MeterReadingService;
class OneOffChargeService;
class OpeningBalanceService;
class UnitFacts;
class FeeSummaryService;
class UnitKeyService;
class LiftBookingService;
class OwnerArchiveService;
class MoveService;
class RenovationService;
class HandoverProvider;

// Opens the database, migrates it and builds every service on top, in layer order.
class ServiceHost
{
public:
    ~ServiceHost();
    // Refuses (without touching it) a file that is not a database or one newer than this program.
    [[nodiscard]] static Result<std::unique_ptr<ServiceHost>>
    open(const ConnectionSpec& spec, const Clock& clock, Database::OpenMode mode = Database::OpenMode::CreateIfMissing);

    [[nodiscard]] Services& services() { return *m_services; }
    [[nodiscard]] Database& db() { return *m_db; }

private:
    ServiceHost() = default;
    void wireLogs(const Clock& clock);

    std::unique_ptr<QLockFile> m_lock; // released last: destroyed after every service and the connection
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<SiteSetup> m_site;
    std::unique_ptr<RegistryService> m_registry;
    std::unique_ptr<SiteRules> m_rules;
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<TicketQueues> m_queues;
    std::unique_ptr<ShiftService> m_shifts;
    std::unique_ptr<ControlRoomService> m_controlRoom;
    std::unique_ptr<MorningReviewService> m_reviews;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<LocalDrafts> m_drafts; // forms' drafts while the site's server is away (issue 16)
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<RepairService> m_repairs;
    std::unique_ptr<CallbackService> m_callbacks;
    std::unique_ptr<ComplaintService> m_complaints;
    std::unique_ptr<VisitService> m_visits;
    std::unique_ptr<VisitorService> m_visitors;
    std::unique_ptr<StoredItemService> m_storedItems;
    std::unique_ptr<ParcelService> m_parcels;
    std::unique_ptr<ToolService> m_tools;
    std::unique_ptr<SiteCatalogService> m_siteCatalog;
    std::unique_ptr<ChargeService> m_charges;
    std::unique_ptr<BillingService> m_billing;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<ArrearsService> m_arrears;
    std::unique_ptr<PaymentNoticeService> m_paymentNotices;
    std::unique_ptr<CashCountService> m_cashCounts;
    std::unique_ptr<OneOffChargeService> m_oneOffCharges;
    std::unique_ptr<OpeningBalanceService> m_openingBalances;
    std::unique_ptr<LateFeeService> m_lateFees;
    std::unique_ptr<MeterReadingService> m_meters;
    std::unique_ptr<UnitFacts> m_unitFacts;
    std::unique_ptr<FeeSummaryService> m_feeSummary;
    std::unique_ptr<UnitKeyService> m_unitKeys;
    std::unique_ptr<LiftBookingService> m_lift;
    std::unique_ptr<OwnerArchiveService> m_archive;
    std::unique_ptr<MoveService> m_moves;
    std::unique_ptr<RenovationService> m_renovations;
    std::unique_ptr<CommunityEventService> m_communityEvents;
    std::vector<std::unique_ptr<HandoverProvider>> m_logProviders; // registered with m_shifts
    std::unique_ptr<MinuteTick> m_minuteTick;
    std::unique_ptr<ChangeFeed> m_changes;
    std::unique_ptr<SiteConnection> m_connection; // before the connection it reopens is closed
    std::unique_ptr<ReminderEngine> m_reminders;
    std::unique_ptr<ReminderScheduler> m_reminderScheduler;
    std::unique_ptr<Services> m_services;
};

} // namespace fd

#pragma once

namespace fd {

class AccountService;
class AuditLog;
class CallbackService;
class ComplaintService;
class CommunityEventService;
class ControlRoomService;
class MorningReviewService;
class SearchService;
class ShiftService;
class TicketQueues;
class Clock;
class Database;
class IntakeService;
class RegistryService;
class RepairService;
class ReportService;
class SiteRules;
class SiteSettings;
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
class MinuteTick;
class ChangeFeed;
class SiteConnection;
class ReminderEngine;
class ReminderScheduler;

// The services the windows use, owned by the application (src/app/ServiceHost) and handed down to the
// window and, through DeskContext, to each module's registration function (<Name>Pages.cpp), which
// gives each page only the services it uses; no page takes the whole set. Forward declarations only:
// it names every service but links none, so it sits with the modules, below gui (which no module may
// include).
// Widgets only wire these; the rules live in them.
struct Services
{
    Database& db;
    const Clock& clock;
    AuditLog& audit;
    SiteSettings& settings;
    AccountService& accounts;
    SiteSetup& site;
    RegistryService& registry;
    SiteRules& rules;
    TicketService& tickets;
    TicketQueues& queues;
    ShiftService& shifts;
    ControlRoomService& controlRoom;
    MorningReviewService& reviews;
    SearchService& search;
    ReportService& reports;
    IntakeService& intake;
    RepairService& repairs;
    CallbackService& callbacks;
    ComplaintService& complaints;
    VisitService& visits; // proactive customer visits (R-CB-5)
    // The desk's logs (issue 5): visitors, stored items, mail and parcels, tools lent.
    VisitorService& visitors;
    StoredItemService& storedItems;
    ParcelService& parcels;
    ToolService& tools;
    CommunityEventService& communityEvents; // callbacks after a community event (R-CB-1)
    // The administrator's site settings (站点设置): posts, departments, the handover checklist.
    SiteCatalogService& siteCatalog;
    // Fees (issue 13): the charge items and their rates, the billing runs, payments and receipts.
    ChargeService& charges;
    BillingService& billing;
    PaymentService& payments;
    ArrearsService& arrears;
    PaymentNoticeService& paymentNotices;
    CashCountService& cashCounts;
    OneOffChargeService& oneOffCharges;
    OpeningBalanceService& openingBalances;
    LateFeeService& lateFees;
    MeterReadingService& meters;
    UnitFacts& unitFacts;
    FeeSummaryService& feeSummary;
    // Move-ins and move-outs (issue 14): a unit's keys, the cargo lift, the owner's archive, the moves.
    UnitKeyService& unitKeys;
    LiftBookingService& lift;
    OwnerArchiveService& archive;
    MoveService& moves;
    // Renovations (issue 15): the application to the deposit refunded.
    RenovationService& renovations;
    // "The minute changed", from the Clock: pages that show time passing follow it (KeepCurrent).
    MinuteTick& minuteTick;
    // Every change a service commits, published after the commit (issue 12): pages that show a kind
    // of record subscribe and refresh, with no poll.
    ChangeFeed& changes;
    // The reminders kept current below the window (issue 12), and the timer that wakes them for the
    // signed-in person; the window only draws their lines.
    ReminderEngine& reminders;
    ReminderScheduler& reminderScheduler;
    // Issue 16: on PostgreSQL, what the other desks commit reaches `changes`, and whether the server
    // can be reached (the window's banner); started by the window.
    SiteConnection& connection;
};

} // namespace fd

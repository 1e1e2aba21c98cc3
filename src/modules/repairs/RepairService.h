#pragma once

#include "core/Result.h"
#include "engine/tickets/Departments.h"
#include "modules/repairs/RepairTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace fd {

class AuditLog;
class Clock;
class Database;
class TicketService;
struct Session;

// Repairs (报修, R-RP-1..5) on top of the ticket engine: the site's fee schedule, quotes, numbered
// dispatch orders (维修派工单), the department's return and the second dispatch after an unsatisfied
// callback. The ticket moves (dispatch, return, callback) are TicketService's; this service writes
// its own rows in the same Transaction, so a refused step leaves neither. Every change is audited.
class RepairService
{
    Q_DECLARE_TR_FUNCTIONS(RepairService)

public:
    RepairService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets);

    // --- The fee schedule (有偿服务项目及收费标准). Edits need Permission::EditFeeSchedule.
    [[nodiscard]] Result<QList<FeeItem>> feeItems(bool includeInactive = false) const;
    // id 0 adds the item; otherwise updates it (its version must still be the one the caller saw).
    // Errors name the field: code, name, price.
    Result<FeeItem> saveFeeItem(const Session& who, const FeeItem& item);
    // Items are never deleted: switched off, they leave the quote list but keep old orders readable.
    Result<FeeItem> setFeeItemActive(const Session& who, qint64 id, bool active);

    // Prices items × quantity from the active schedule (R-RP-1). A quantity of zero or less is
    // refused (field "quantity"), an unknown or switched-off item too (field "items").
    [[nodiscard]] Result<Quote> quote(const QList<QuoteRequest>& items) const;

    // Dispatches a repair (TicketService::dispatch) and issues its numbered order, in one Transaction.
    // A paid repair needs at least one item; a free one carries none. R-RP-1.
    Result<RepairDispatch> dispatch(const Session& who, const Ticket& seen, const DispatchRequest& request);
    // The order comes back done (R-RP-3): TicketService::returned plus the return's details; the
    // engine then starts the callback clock (R-CB-1).
    Result<Ticket> recordReturn(const Session& who, const Ticket& seen, const RepairReturn& details);
    // The customer was not satisfied (R-RP-4, R-CB-3): records the callback on the first ticket,
    // opens a new repair linked to it (second_dispatch_of), dispatches it with a new order and closes
    // the first one as continued there (cancelled with the new number as the reason), all at once.
    Result<RepairDispatch> secondDispatch(const Session& who, const Ticket& seen, const QString& callbackNote,
                                          const DispatchRequest& request);

    // --- Reads.
    // Repair tickets, open ones first, then newest first; `offset`/`limit` page them.
    [[nodiscard]] Result<QList<RepairRow>> repairs(int limit, int offset = 0) const;
    [[nodiscard]] Result<qint64> repairCount() const;
    [[nodiscard]] Result<QList<RepairOrder>> orders(qint64 ticketId) const;
    // The departments work can go to (switched-on ones, in the site's order; Departments).
    [[nodiscard]] Result<QList<Department>> departments() const;
    [[nodiscard]] Result<std::optional<RepairOrder>> latestOrder(qint64 ticketId) const;
    [[nodiscard]] Result<QList<RepairReturn>> returns(qint64 ticketId) const;

    static constexpr int kMaxQuantity = 9999;

private:
    // The open repairs (open) or the finished ones, newest first: one part of repairs().
    [[nodiscard]] Result<QList<RepairRow>> repairsPart(bool open, int limit, int offset) const;
    Status mayEditFees(const Session& who) const;
    Result<FeeItem> loadFeeItem(qint64 id) const;
    Result<QString> allocateOrderNumber(qint64 atMs);
    Result<RepairOrder> writeOrder(const Session& who, const Ticket& ticket, const DispatchRequest& request,
                                   const Quote& quote);
    Result<Quote> validate(const Ticket& seen, const DispatchRequest& request) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    TicketService& m_tickets;
};

} // namespace fd

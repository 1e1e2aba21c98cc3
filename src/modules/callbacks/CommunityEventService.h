#pragma once

#include "core/Result.h"
#include "modules/callbacks/CommunityEventTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
class TicketService;
struct Session;

// Community events (社区事件, R-CB-1: callbacks are due "after assistance or a large community
// event"). Recording an event — a water cut, say, with the households it touched — opens one callback
// ticket per household in the callbacks queue, due rule.callback_hours after the event's end
// (TicketClocks::callbackAfter); each is then worked like any other callback (R-CB-2, CallbackService).
// All or nothing: the event, its households and every ticket are one transaction with an audit event.
// Recording needs CallBack (it fills the callbacks queue) and TakeIn (it opens tickets).
class CommunityEventService
{
    Q_DECLARE_TR_FUNCTIONS(CommunityEventService)

public:
    static constexpr int MaxHouseholds = 5000;

    CommunityEventService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets);

    // Errors name the field: title, ends, units.
    Result<CommunityEvent> record(const Session& who, const NewCommunityEvent& event);

    // Every unit of the site with its building and floor, for choosing the households (CallBack).
    [[nodiscard]] Result<QList<EventHousehold>> households(const Session& who) const;

    // The units of `building` (empty: every building) on floors from..to (inclusive; 0: no bound).
    [[nodiscard]] static QList<qint64> choose(const QList<EventHousehold>& all, const QString& building, int fromFloor,
                                              int toFloor);
    [[nodiscard]] static int floorOf(const QString& room);

private:
    Status validate(const NewCommunityEvent& event, const QList<qint64>& units) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    TicketService& m_tickets;
};

} // namespace fd

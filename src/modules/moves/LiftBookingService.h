#pragma once

#include "core/Result.h"
#include "modules/moves/MoveTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// The cargo lift (货梯) of each building, booked by the slot (R-MI-1 "move-in date and cargo-lift
// booking"; move-outs and renovations book it too). Two bookings of one building never overlap: the
// service says which one is in the way, and the database refuses it as well (a trigger; on PostgreSQL
// two desks booking one lift at once wait for each other). A booking is cancelled once with a reason,
// never deleted. One transaction and one audit event per change.
class LiftBookingService
{
    Q_DECLARE_TR_FUNCTIONS(LiftBookingService)

public:
    LiftBookingService(Database& db, const Clock& clock, AuditLog& audit);

    // Needs desk work. The building is the unit's. Errors name the field: unit, starts (not set, or
    // over another booking), ends (not after the start, or not on the start's day).
    Result<LiftBooking> book(const Session& who, const LiftBooking& request);
    // Errors name the field: reason (empty), booking (no such booking, cancelled already).
    Result<LiftBooking> cancel(const Session& who, qint64 bookingId, const QString& reason);
    // The bookings of a day (of one building, or of every building), not cancelled, the earliest first:
    // what the desk sees for today.
    [[nodiscard]] Result<QList<LiftBooking>> day(const Session& who, const QDate& day, qint64 buildingId = 0) const;

private:
    [[nodiscard]] Result<QList<LiftBooking>> read(const QString& where, const QVariantList& binds) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd

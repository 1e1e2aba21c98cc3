#include "modules/moves/LiftBookingService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "modules/moves/MoveTerms.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr auto kColumns =
    "SELECT b.id, b.building_id, b.unit_id, un.code, b.purpose, b.starts_ms, b.ends_ms, b.note, u.display_name, "
    "b.cancelled_ms, COALESCE(b.cancel_reason, '') FROM lift_bookings b JOIN units un ON un.id = b.unit_id JOIN "
    "users u ON u.id = b.booked_by ";

QJsonObject json(const LiftBooking& b)
{
    return {{u"building_id"_s, b.buildingId},           {u"unit_id"_s, b.unitId},
            {u"purpose"_s, MoveTerms::key(b.purpose)},  {u"starts_ms"_s, b.starts.toMSecsSinceEpoch()},
            {u"ends_ms"_s, b.ends.toMSecsSinceEpoch()}, {u"note"_s, b.note}};
}

} // namespace

LiftBookingService::LiftBookingService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

Result<QList<LiftBooking>> LiftBookingService::read(const QString& where, const QVariantList& binds) const
{
    auto q = m_db.exec(QLatin1StringView(kColumns) + where + u" ORDER BY b.starts_ms, b.id"_s, binds);
    if (!q)
        return q.error();
    QList<LiftBooking> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        LiftBooking b;
        b.id = row.value(0).toLongLong();
        b.buildingId = row.value(1).toLongLong();
        b.unitId = row.value(2).toLongLong();
        b.unitCode = row.value(3).toString();
        b.purpose = MoveTerms::liftPurposeFromKey(row.value(4).toString()).value_or(LiftPurpose::Other);
        b.starts = QDateTime::fromMSecsSinceEpoch(row.value(5).toLongLong());
        b.ends = QDateTime::fromMSecsSinceEpoch(row.value(6).toLongLong());
        b.note = row.value(7).toString();
        b.bookedBy = row.value(8).toString();
        if (!row.value(9).isNull())
            b.cancelledMs = row.value(9).toLongLong();
        b.cancelReason = row.value(10).toString();
        out << b;
    }
    q.value().finish();
    return out;
}

Result<LiftBooking> LiftBookingService::book(const Session& who, const LiftBooking& request)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (!request.starts.isValid())
        return Error{u"moves.lift_start"_s, tr("Say when the booking starts."), u"starts"_s};
    if (!request.ends.isValid() || request.ends <= request.starts)
        return Error{u"moves.lift_end"_s, tr("The booking ends after it starts."), u"ends"_s};
    if (request.ends > QDateTime(request.starts.date().addDays(1), QTime(0, 0)))
        return Error{u"moves.lift_day"_s, tr("Book the lift one day at a time."), u"ends"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto building = m_db.exec(u"SELECT un.building_id, un.code FROM units un WHERE un.id = ?"_s, {request.unitId});
    if (!building)
        return building.error();
    if (!building.value().next())
        return Error{u"moves.no_unit"_s, tr("Choose the unit."), u"unit"_s};
    LiftBooking b = request;
    b.buildingId = building.value().value(0).toLongLong();
    b.unitCode = building.value().value(1).toString();
    building.value().finish();
    b.note = b.note.trimmed();
    b.bookedBy = who.user.displayName;
    const qint64 from = b.starts.toMSecsSinceEpoch();
    const qint64 until = b.ends.toMSecsSinceEpoch();
    // R-MI-1: one building's lift, one booking at a time.
    auto taken = read(u"WHERE b.building_id = ? AND b.cancelled_ms IS NULL AND b.starts_ms < ? AND ? < b.ends_ms"_s,
                      {b.buildingId, until, from});
    if (!taken)
        return taken.error();
    if (!taken.value().isEmpty()) {
        const LiftBooking& other = taken.value().constFirst();
        return Error{u"moves.lift_taken"_s,
                     tr("The cargo lift is booked from %1 to %2 for %3 (%4).")
                         .arg(DateTimeText::dateTime(other.starts.toMSecsSinceEpoch()),
                              DateTimeText::time(other.ends.toMSecsSinceEpoch()), other.unitCode,
                              MoveTerms::displayName(other.purpose)),
                     u"starts"_s};
    }
    auto id = m_db.insert(u"INSERT INTO lift_bookings (building_id, unit_id, purpose, starts_ms, ends_ms, note, "
                          "booked_ms, booked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {b.buildingId, b.unitId, MoveTerms::key(b.purpose), from, until, sql::text(b.note),
                           m_clock.nowMs(), who.user.id});
    if (!id)
        return id.error();
    b.id = id.value();
    if (auto a = m_audit.append(who, u"lift_booking"_s, b.id, u"booked"_s, {}, json(b)); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return b;
}

Result<LiftBooking> LiftBookingService::cancel(const Session& who, qint64 bookingId, const QString& reason)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{u"moves.cancel_reason"_s, tr("Say why the booking is cancelled."), u"reason"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto found = read(u"WHERE b.id = ?"_s, {bookingId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{u"moves.no_booking"_s, tr("That booking is not on the calendar."), u"booking"_s};
    LiftBooking b = found.value().constFirst();
    // Cancelled already, perhaps at another desk whose screen this one had not seen: who and when.
    const auto cancelledMeanwhile = [&] {
        return LastChange::doneMeanwhile(m_db, u"lift_booking"_s, bookingId, u"moves.booking_cancelled"_s,
                                         tr("%1 cancelled this booking at %2."), u"booking"_s);
    };
    if (b.cancelledMs)
        return cancelledMeanwhile();
    b.cancelledMs = m_clock.nowMs();
    b.cancelReason = why;
    auto q = m_db.update(u"UPDATE lift_bookings SET cancelled_ms = ?, cancelled_by = ?, cancel_reason = ? "
                         "WHERE id = ? AND cancelled_ms IS NULL"_s,
                         {*b.cancelledMs, who.user.id, why, bookingId});
    if (!q)
        return q.error();
    if (q.value() == 0) // cancelled at another desk since it was read
        return cancelledMeanwhile();
    if (auto a =
            m_audit.append(who, u"lift_booking"_s, bookingId, u"cancelled"_s, json(b), {{u"cancel_reason"_s, why}});
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return b;
}

Result<QList<LiftBooking>> LiftBookingService::day(const Session& who, const QDate& day, qint64 buildingId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    const qint64 from = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 until = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    QString where = u"WHERE b.cancelled_ms IS NULL AND b.starts_ms < ? AND ? < b.ends_ms"_s;
    QVariantList binds{until, from};
    if (buildingId) {
        where += u" AND b.building_id = ?"_s;
        binds << buildingId;
    }
    return read(where, binds);
}

} // namespace fd

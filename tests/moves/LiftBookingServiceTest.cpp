// The cargo lift booked by the slot (R-MI-1 "move-in date and cargo-lift booking"): two bookings of a
// building never overlap, a cancelled one frees its slot, the desk sees the day's bookings.
#include "MoveFixture.h"

#include "core/DateTimeText.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class LiftBookingServiceTest : public MoveFixture
{
protected:
    static QDateTime at(int hour, int minute = 0, int day = 5) { return {QDate(2026, 12, day), QTime(hour, minute)}; }

    Result<LiftBooking> book(const QString& unit, const QDateTime& from, const QDateTime& until,
                             LiftPurpose purpose = LiftPurpose::MoveIn)
    {
        LiftBooking b;
        b.unitId = unitId(unit);
        b.purpose = purpose;
        b.starts = from;
        b.ends = until;
        b.note = u"搬家公司两车"_s;
        return lift.book(clerk, b);
    }

    qint64 bookings() { return scalar(u"SELECT COUNT(*) FROM lift_bookings"_s); }
};

// R-MI-1: a building's lift takes one booking at a time; the refusal names the booking in the way;
// another building's lift and the slot right after are free; the desk's day lists them, earliest first.
TEST_P(LiftBookingServiceTest, TwoBookingsOfOneLiftNeverOverlap)
{
    auto first = book(u"3-1-502"_s, at(9), at(11));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first.value().bookedBy, clerk.user.displayName);
    auto over = book(u"3-1-601"_s, at(10, 30), at(12), LiftPurpose::MoveOut);
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().field, u"starts"_s);
    EXPECT_TRUE(over.error().message.contains(u"3-1-502"_s)) << over.error().message.toStdString();
    EXPECT_EQ(bookings(), 1);
    ASSERT_TRUE(book(u"5-2-101"_s, at(10, 30), at(12)).ok()) << "another building's lift";
    ASSERT_TRUE(book(u"3-1-601"_s, at(11), at(12), LiftPurpose::MoveOut).ok()) << "right after the first";
    ASSERT_TRUE(book(u"3-1-601"_s, at(8), at(9), LiftPurpose::Renovation).ok()) << "right before it";

    const QList<LiftBooking> day = lift.day(clerk, QDate(2026, 12, 5)).value();
    QStringList seen;
    for (const LiftBooking& b : day)
        seen << u"%1 %2"_s.arg(b.unitCode, b.starts.time().toString(u"HH:mm"_s));
    EXPECT_EQ(seen, (QStringList{u"3-1-601 08:00"_s, u"3-1-502 09:00"_s, u"5-2-101 10:30"_s, u"3-1-601 11:00"_s}));
    const qint64 three = first.value().buildingId;
    EXPECT_EQ(lift.day(clerk, QDate(2026, 12, 5), three).value().size(), 3);
    EXPECT_TRUE(lift.day(clerk, QDate(2026, 12, 6)).value().isEmpty());

    // The database holds the rule too, whoever writes.
    EXPECT_FALSE(host.db()
                     .exec(u"INSERT INTO lift_bookings (building_id, unit_id, purpose, starts_ms, ends_ms, booked_ms, "
                           "booked_by) VALUES (?, ?, 'other', ?, ?, 0, ?)"_s,
                           {three, unitId(u"3-1-502"_s), at(10).toMSecsSinceEpoch(), at(10, 15).toMSecsSinceEpoch(),
                            clerk.user.id})
                     .ok());
    EXPECT_EQ(bookings(), 4);
}

// R-MI-1: a booking is cancelled once, with a reason, and its slot is free again; it stays on record.
// A slot that ends before it starts, runs past the day, or names no unit is refused next to its field.
TEST_P(LiftBookingServiceTest, ACancelledBookingFreesItsSlotAndBadSlotsAreRefused)
{
    const LiftBooking first = book(u"3-1-502"_s, at(9), at(11)).value();
    auto silent = lift.cancel(clerk, first.id, u" "_s);
    ASSERT_FALSE(silent.ok());
    EXPECT_EQ(silent.error().field, u"reason"_s);
    auto cancelled = lift.cancel(clerk, first.id, u"业主改期"_s);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
    EXPECT_EQ(cancelled.value().cancelledMs.value_or(0), host.clock().nowMs());
    const qint64 cancelledAt = host.clock().nowMs();
    host.clock().advanceMinutes(5);
    auto twice = lift.cancel(clerk, first.id, u"再取消"_s); // issue 16: perhaps another desk's old screen
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, u"booking"_s);
    EXPECT_TRUE(twice.error().message.contains(clerk.user.displayName)) << twice.error().message.toStdString();
    EXPECT_TRUE(twice.error().message.contains(DateTimeText::dateTime(cancelledAt)))
        << twice.error().message.toStdString();
    ASSERT_TRUE(book(u"3-1-601"_s, at(9), at(11)).ok()) << "the slot is free again";
    EXPECT_EQ(bookings(), 2);
    EXPECT_FALSE(host.db().exec(u"DELETE FROM lift_bookings"_s).ok());
    EXPECT_FALSE(
        host.db().exec(u"UPDATE lift_bookings SET starts_ms = starts_ms + 60000 WHERE cancelled_ms IS NULL"_s).ok())
        << "a booking is moved by cancelling it and booking again";

    auto backwards = book(u"5-2-101"_s, at(11), at(9));
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().field, u"ends"_s);
    auto twoDays = book(u"5-2-101"_s, at(18), at(9, 0, 6));
    ASSERT_FALSE(twoDays.ok());
    EXPECT_EQ(twoDays.error().field, u"ends"_s);
    ASSERT_TRUE(book(u"5-2-101"_s, at(20), at(0, 0, 6)).ok()) << "until midnight is the same day";
    LiftBooking nowhere;
    nowhere.starts = at(13);
    nowhere.ends = at(14);
    auto noUnit = lift.book(clerk, nowhere);
    ASSERT_FALSE(noUnit.ok());
    EXPECT_EQ(noUnit.error().field, u"unit"_s);
    EXPECT_EQ(bookings(), 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, LiftBookingServiceTest, ::testing::ValuesIn(TestDatabase::backends()),
                         BackendName());

} // namespace
} // namespace fd::test

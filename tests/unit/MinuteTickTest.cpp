// The shared "the minute changed" tick the pages that show time passing follow (issue 11): driven by
// the injected Clock, never more than a minute asleep, once per minute, also after a clock jump.
#include "core/MinuteTick.h"
#include "support/FakeClock.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace fd::test {
namespace {

// The pages' stays, ages and due marks move on because this fires once per new minute (no rule of its own).
TEST(MinuteTickTest, FiresOncePerNewMinuteOfTheClockAndAfterAJumpEitherWay)
{
    FakeClock clock(QDateTime(QDate(2026, 11, 23), QTime(16, 3, 20)));
    MinuteTick tick(clock);
    QSignalSpy spy(&tick, &MinuteTick::minuteChanged);
    tick.start();
    EXPECT_LE(tick.armedIntervalMs(), MinuteTick::MinuteMs);
    EXPECT_EQ(tick.armedIntervalMs(), 40'001); // wakes just past 16:04:00, not a minute later
    tick.tick();
    EXPECT_EQ(spy.count(), 0); // still 16:03
    clock.advanceSeconds(45);  // 16:04:05
    tick.tick();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), clock.nowMs());
    tick.tick();
    EXPECT_EQ(spy.count(), 1); // the same minute is told once
    clock.advanceMinutes(97);  // a suspended laptop wakes: one tick, the page reads the Clock
    tick.tick();
    EXPECT_EQ(spy.count(), 2);
    clock.advanceMinutes(-5); // the clock was corrected backwards
    tick.tick();
    EXPECT_EQ(spy.count(), 3);
    tick.stop();
    EXPECT_EQ(tick.armedIntervalMs(), -1);
}

} // namespace
} // namespace fd::test

#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace fd::test {

// Time that only moves when a test moves it.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(const QDateTime& start = QDateTime(QDate(2026, 11, 23), QTime(9, 0)))
        : m_nowMs(start.toMSecsSinceEpoch())
    {}

    [[nodiscard]] qint64 nowMs() const override { return m_nowMs; }
    void set(const QDateTime& when) { m_nowMs = when.toMSecsSinceEpoch(); }
    void advanceSeconds(qint64 s) { m_nowMs += s * 1000; }
    void advanceMinutes(qint64 m) { m_nowMs += m * 60'000; }
    void advanceHours(qint64 h) { m_nowMs += h * 3'600'000; }

private:
    qint64 m_nowMs;
};

} // namespace fd::test

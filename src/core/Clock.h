#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace fd {

// The only source of "now" for services and the engine. Production uses SystemClock; tests use
// FakeClock (tests/support) and move time by hand, so no test ever sleeps.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC. Every instant the product stores is one of these.
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
};

} // namespace fd

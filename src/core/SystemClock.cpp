#include "core/SystemClock.h"

namespace fd {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace fd

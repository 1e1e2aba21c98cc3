#pragma once

#include "core/Clock.h"

namespace fd {

class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
};

} // namespace fd

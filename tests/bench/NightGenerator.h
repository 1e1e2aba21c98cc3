#pragma once

#include "core/Result.h"

#include <QString>

namespace fd::bench {

// Adds one day and night to the generated site through the real services, as the desk lives it
// (R-SH-1..4): shift A from 07:30 and B from 14:30 at the lobby desk, each entering tickets; the
// evening desk hands over to the control room at 20:30, which takes calls through the night and
// dispatches some directly; at 07:30 the control room hands over and the morning clerk starts.
// The morning review benchmark then reviews exactly that night.
class NightGenerator
{
public:
    static constexpr int TicketsPerShift = 30;
    static constexpr int NightCalls = 20;

    static Status generate(const QString& path);
};

} // namespace fd::bench

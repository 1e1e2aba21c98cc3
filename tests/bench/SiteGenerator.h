#pragma once

#include "core/Result.h"

#include <QString>

namespace fd {
class Clock;
}

namespace fd::bench {

// Writes the large site the benchmarks run on: 20,000 units with residents (through the real CSV
// import), ten years of tickets with their events (raw inserts: generating is not what is measured),
// a few thousand still open with running clocks, and the search index. Deterministic.
class SiteGenerator
{
public:
    struct Size
    {
        int units = 20'000;
        int tickets = 1'000'000;
        int open = 3'000;
    };

    // Creates `path` (which must not exist yet); prints progress to stderr.
    static Status generate(const QString& path, const Size& size, const Clock& clock);
    // The site's units and owners as the CSV the desk imports (deterministic).
    [[nodiscard]] static QString unitsCsv(int units);
};

} // namespace fd::bench

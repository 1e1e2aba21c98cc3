#pragma once

#include "core/Result.h"

#include <QString>

namespace fd::bench {

// Adds ten years of fees to the generated site (issue 13): a cashier and a manager, the management
// fee by floor area billed every month for ten years through the real billing runs (20,000 units ×
// 120 months: 2.4 million lines), the three fixed monthly items the site started this month, and the
// payments of those years by raw inserts (generating is not what is measured): each unit pays a
// quarter at a time, except one unit in forty, which stopped paying one to twenty-four months ago and
// is on the arrears list. Deterministic; run on a site that has no bills yet.
class FeeGenerator
{
public:
    static constexpr int MonthsBilled = 120;
    static constexpr int ArrearsEvery = 40;

    // Brings the site at `path` to this build's schema (printing how long a large site's upgrade
    // takes), then adds the fees when it has no charge items yet.
    static Status addIfMissing(const QString& path);

private:
    static Status generate(const QString& path);
};

} // namespace fd::bench

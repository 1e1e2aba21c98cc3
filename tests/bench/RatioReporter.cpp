#include "bench/RatioReporter.h"

#include <cstdio>
#include <regex>

namespace fd::bench {

void RatioReporter::ReportRuns(const std::vector<Run>& runs)
{
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs)
        if (run.run_type == Run::RT_Iteration && run.iterations > 0)
            // "payment/raw/iterations:500" pairs with "payment/iterations:500".
            m_ns[std::regex_replace(run.benchmark_name(), std::regex("/iterations:[0-9]+"), "")] =
                run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit) * 1e9;
}

void RatioReporter::Finalize()
{
    ConsoleReporter::Finalize();
    std::printf("\n%-34s %14s %14s %8s\n", "operation", "FrontDesk", "raw SQL", "ratio");
    for (const auto& [name, ns] : m_ns) {
        if (name.size() > 4 && name.compare(name.size() - 4, 4, "/raw") == 0)
            continue;
        const auto raw = m_ns.find(name + "/raw");
        if (raw == m_ns.end()) {
            std::printf("%-34s %11.3f ms %14s %8s\n", name.c_str(), ns / 1e6, "-", "-");
            continue;
        }
        std::printf("%-34s %11.3f ms %11.3f ms %7.2fx\n", name.c_str(), ns / 1e6, raw->second / 1e6, ns / raw->second);
    }
}

} // namespace fd::bench

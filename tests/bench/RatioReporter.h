#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <string>

namespace fd::bench {

// The console report, then a table pairing each FrontDesk operation ("X") with the raw SQL doing
// the same work ("X/raw") and the ratio between them: what the service layer costs.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override;
    void Finalize() override;

private:
    std::map<std::string, double> m_ns; // mean real time per iteration
};

} // namespace fd::bench

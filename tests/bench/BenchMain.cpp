// frontdesk_bench [--bench-db PATH] [--tickets N] [google benchmark options]
// Generates the large site once (cached at PATH, default build/bench/bench-site.sqlite; a site from
// before the fees gets its ten years of fees added), then runs
// every benchmark and prints the FrontDesk/raw ratios and the process's peak memory.
#include "bench/BenchSite.h"
#include "bench/FeeGenerator.h"
#include "bench/NightGenerator.h"
#include "bench/RatioReporter.h"
#include "bench/SiteGenerator.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace fd::bench {
void registerTicketBenchmarks();
void registerShiftBenchmarks();
void registerLogBenchmarks();
void registerFeeBenchmarks();
} // namespace fd::bench

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString path = u"bench-site.sqlite"_s;
    fd::bench::SiteGenerator::Size size;
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--bench-db"_s && i + 1 < argc)
            path = QString::fromLocal8Bit(argv[++i]);
        else if (arg == u"--tickets"_s && i + 1 < argc)
            size.tickets = QString::fromLocal8Bit(argv[++i]).toInt();
        else
            rest.push_back(argv[i]);
    }
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "generating %s: %d units, %d tickets\n", path.toUtf8().constData(), size.units,
                     size.tickets);
        fd::bench::BenchClock clock;
        if (fd::Status s = fd::bench::SiteGenerator::generate(path, size, clock); !s) {
            std::fprintf(stderr, "frontdesk_bench: %s\n", s.error().message.toUtf8().constData());
            return 1;
        }
        if (fd::Status s = fd::bench::NightGenerator::generate(path); !s) {
            std::fprintf(stderr, "frontdesk_bench: the night: %s\n", s.error().message.toUtf8().constData());
            return 1;
        }
    }
    if (fd::Status s = fd::bench::FeeGenerator::addIfMissing(path); !s) {
        std::fprintf(stderr, "frontdesk_bench: the fees: %s\n", s.error().message.toUtf8().constData());
        return 1;
    }
    fd::bench::BenchSite::open(path);
    fd::bench::registerTicketBenchmarks();
    fd::bench::registerShiftBenchmarks();
    fd::bench::registerLogBenchmarks();
    fd::bench::registerFeeBenchmarks();
    int restArgc = static_cast<int>(rest.size());
    benchmark::Initialize(&restArgc, rest.data());
    fd::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\npeak memory (max RSS): %.1f MB with %s open\n", usage.ru_maxrss / 1024.0, path.toUtf8().constData());
    fd::bench::BenchSite::close();
    benchmark::Shutdown();
    return 0;
}

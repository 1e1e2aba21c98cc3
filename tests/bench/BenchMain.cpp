// frontdesk_bench [--bench-db PATH] [--tickets N] [google benchmark options]
// frontdesk_bench --bench-db postgresql://USER@HOST:PORT/DB --copy-from PATH [google benchmark options]
// Generates the large site once (cached at PATH, default build/bench/bench-site.sqlite; a site from
// before the fees gets its ten years of fees added), then runs
// every benchmark and prints the FrontDesk/raw ratios and the process's peak memory. With a
// PostgreSQL address the same benchmarks run on that database, which is filled once from the SQLite
// site at PATH (SiteCopy: the same rows on both, issue 16).
#include "bench/BenchSite.h"
#include "bench/FeeGenerator.h"
#include "bench/NightGenerator.h"
#include "bench/RatioReporter.h"
#include "bench/SiteCopy.h"
#include "bench/SiteGenerator.h"
#include "storage/ConnectionSpec.h"

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

namespace {

int run(const fd::ConnectionSpec& spec, std::vector<char*> rest, const QString& shown)
{
    fd::bench::BenchSite::open(spec);
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
    std::printf("\npeak memory (max RSS): %.1f MB with %s open\n", usage.ru_maxrss / 1024.0,
                shown.toUtf8().constData());
    fd::bench::BenchSite::close();
    benchmark::Shutdown();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString path = u"bench-site.sqlite"_s;
    QString copyFrom;
    fd::bench::SiteGenerator::Size size;
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--bench-db"_s && i + 1 < argc)
            path = QString::fromLocal8Bit(argv[++i]);
        else if (arg == u"--copy-from"_s && i + 1 < argc)
            copyFrom = QString::fromLocal8Bit(argv[++i]);
        else if (arg == u"--tickets"_s && i + 1 < argc)
            size.tickets = QString::fromLocal8Bit(argv[++i]).toInt();
        else
            rest.push_back(argv[i]);
    }
    if (path.startsWith(u"postgresql:"_s)) {
        auto spec = fd::ConnectionSpec::parse(path);
        if (!spec) {
            std::fprintf(stderr, "frontdesk_bench: %s\n", spec.error().message.toUtf8().constData());
            return 1;
        }
        if (!fd::bench::SiteCopy::hasSite(spec.value())) {
            if (copyFrom.isEmpty() || !QFileInfo::exists(copyFrom)) {
                std::fprintf(stderr, "frontdesk_bench: %s holds no site: --copy-from the generated SQLite site\n",
                             path.toUtf8().constData());
                return 1;
            }
            if (fd::Status s = fd::bench::FeeGenerator::addIfMissing(copyFrom); !s) {
                std::fprintf(stderr, "frontdesk_bench: the fees: %s\n", s.error().message.toUtf8().constData());
                return 1;
            }
            if (fd::Status s = fd::bench::SiteCopy::copy(copyFrom, spec.value()); !s) {
                std::fprintf(stderr, "frontdesk_bench: the copy: %s\n", s.error().message.toUtf8().constData());
                return 1;
            }
        }
        return run(spec.value(), rest, path);
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
    return run(fd::ConnectionSpec::sqlite(path), rest, path);
}

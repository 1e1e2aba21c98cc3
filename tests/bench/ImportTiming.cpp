// Issue 16: the 20,000-unit import (20,000 owners with a phone each) on SQLite and on PostgreSQL.
//   frontdesk_import_timing DATABASE [UNITS=20000]
// DATABASE is a new SQLite file, or a PostgreSQL server as postgresql://postgres@HOST:PORT/postgres
// (a database is made for the run and dropped after). Sets up a site, imports the generated file as
// the administrator and prints how long the import took, then again for a re-import (nothing new).
#include "SiteGenerator.h"

#include "app/ServiceHost.h"
#include "core/SystemClock.h"
#include "engine/SiteSetup.h"
#include "modules/registry/RegistryService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: frontdesk_import_timing NEW_FILE.sqlite|postgresql://… [UNITS]\n");
        return 2;
    }
    const int units = args.size() > 2 ? args.at(2).toInt() : 20'000;
    auto spec = fd::ConnectionSpec::parse(args.at(1));
    if (!spec) {
        std::fprintf(stderr, "%s\n", spec.error().message.toUtf8().constData());
        return 2;
    }
    fd::ConnectionSpec site = spec.value();
    const bool postgres = site.backend == fd::Backend::Postgres;
    if (postgres) {
        site.database = u"fdbench_import_%1"_s.arg(QCoreApplication::applicationPid());
        auto admin = fd::Database::open(spec.value());
        if (!admin ||
            !admin.value()->exec(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(site.database))) {
            std::fprintf(stderr, "cannot create the database\n");
            return 1;
        }
    } else if (QFileInfo::exists(site.path)) {
        std::fprintf(stderr, "%s exists already\n", site.path.toUtf8().constData());
        return 2;
    }
    const QByteArray csv = fd::bench::SiteGenerator::unitsCsv(units).toUtf8();
    int code = 0;
    {
        const fd::SystemClock clock;
        auto host = fd::ServiceHost::open(site, clock);
        if (!host) {
            std::fprintf(stderr, "%s\n", host.error().message.toUtf8().constData());
            return 1;
        }
        fd::Services& services = host.value()->services();
        auto admin =
            services.site.initialize({u"基准花园"_s, u"admin"_s, u"管理员"_s, u"bench-pass-1"_s, u"bench-pass-1"_s});
        if (!admin)
            return 1;
        for (const char* what : {"import", "re-import (nothing new)"}) {
            QElapsedTimer timer;
            timer.start();
            const fd::ImportReport report = services.registry.importUnitsCsv(admin.value(), csv);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!report.accepted) {
                std::fprintf(stderr, "%s\n", report.text().toUtf8().constData());
                code = 1;
                break;
            }
            std::printf("%s, %d units with their owners, %s: %.2f s (%d units added)\n",
                        postgres ? "PostgreSQL" : "SQLite", units, what, seconds, report.unitsAdded);
        }
    }
    if (postgres)
        if (auto admin = fd::Database::open(spec.value()))
            (void)admin.value()->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(site.database));
    return code;
}

// frontdesk_window_memory BENCH_DB: the desk's window on the benchmark's large site, measured as a
// clerk and a supervisor use it: sign in, the queues, a search, a ticket, the handover page, the
// night calls and the morning review. Prints the process's resident memory at each step and at
// its peak (issue 3: the running program stays within 200 MB with 1,000,000 tickets open).
// Runs offscreen at the site's "now" (23 Nov 09:00). Like the program, it raises the reminders due
// and indexes new tickets for search; it enters nothing.
#include "app/ServiceHost.h"
#include "bench/BenchSite.h"
#include "engine/AccountService.h"
#include "gui/GlobalSearch.h"
#include "gui/GlobalSearchModel.h"
#include "gui/MainWindow.h"
#include "gui/QueuePage.h"
#include "gui/QueueTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// VmRSS and VmHWM (peak) of this process, in MB.
std::pair<double, double> memoryMb()
{
    QFile status(u"/proc/self/status"_s);
    double rss = 0, peak = 0;
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray& line : status.readAll().split('\n')) {
            const auto kb = [&line] {
                return line.split(':').value(1).trimmed().split(' ').value(0).toDouble() / 1024;
            };
            if (line.startsWith("VmRSS:"))
                rss = kb();
            else if (line.startsWith("VmHWM:"))
                peak = kb();
        }
    return {rss, peak};
}

void report(const char* step, const QElapsedTimer& timer)
{
    QApplication::processEvents();
    const auto [rss, peak] = memoryMb();
    std::printf("%-38s %7.1f MB  (peak %7.1f MB)  %6lld ms\n", step, rss, peak,
                static_cast<long long>(timer.elapsed()));
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: frontdesk_window_memory BENCH_DB\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    fd::bench::BenchClock clock;
    auto host = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(QString::fromLocal8Bit(argv[1])), clock,
                                      fd::Database::OpenMode::MustExist);
    if (!host) {
        std::fprintf(stderr, "frontdesk_window_memory: %s\n", host.error().message.toUtf8().constData());
        return 1;
    }
    fd::Services& services = host.value()->services();
    report("database open", timer);
    auto clerk = services.accounts.signIn(u"clerk"_s, u"bench-pass-1"_s);
    auto supervisor = services.accounts.signIn(u"supervisor"_s, u"bench-pass-1"_s);
    if (!clerk || !supervisor) {
        std::fprintf(stderr, "frontdesk_window_memory: the bench site's people are missing\n");
        return 1;
    }
    fd::MainWindow window(services, clerk.value(), QString::fromLocal8Bit(argv[1]));
    window.resize(1280, 800);
    window.show();
    report("window shown (clerk, home)", timer);

    window.showPage(fd::u"queues"_s);
    fd::QueuePage* queues = window.findChild<QueuePage*>();
    for (fd::QueueKind kind : {fd::QueueKind::MyOpen, fd::QueueKind::Overdue, fd::QueueKind::DueSoon}) {
        queues->setCurrentQueue(kind);
        QApplication::processEvents();
    }
    queues->setCurrentQueue(fd::QueueKind::MyOpen);
    for (int i = 0; i < 20 && queues->model()->canFetchMore({}); ++i) // scroll through 1,000 rows
        queues->model()->fetchMore({});
    report("queues, 1,000 rows of my work", timer);

    fd::GlobalSearch* search = window.globalSearch();
    for (const QString& text : {u"水"_s, u"水管"_s, u"厨房水管"_s, u"3-1-502"_s}) {
        search->lineEdit()->setText(text);
        search->model()->setQuery(text);
    }
    report("search 1, 2, 4 characters and a unit", timer);

    window.openTicket(queues->model()->index(0, 0).data(Qt::UserRole).toLongLong());
    report("a ticket with its history", timer);
    window.showPage(fd::u"registry"_s);
    window.showPage(fd::u"handover"_s);
    window.showPage(fd::u"nightcalls"_s);
    report("registry, handover, night calls", timer);

    fd::MainWindow review(services, supervisor.value(), QString::fromLocal8Bit(argv[1]));
    review.resize(1280, 800);
    review.show();
    review.showPage(fd::u"review"_s);
    report("supervisor's window, review page", timer);
    return 0;
}

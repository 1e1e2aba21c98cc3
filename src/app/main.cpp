// FrontDesk (物业客服前台): parse the command line, open the database, then either run one
// command-line action (no display needed) or show the desk window.
#include "app/CliCommands.h"
#include "app/CommandLine.h"
#include "app/ServiceHost.h"
#include "app/StandardPages.h"
#include "core/AppPaths.h"
#include "core/Logging.h"
#include "core/SystemClock.h"
#include "core/Translations.h"
#include "gui/DesktopApp.h"

#include <spdlog/spdlog.h>

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList rawArguments(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(u"FrontDesk"_s);
    QCoreApplication::setApplicationName(u"FrontDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTDESK_VERSION));

    // A first look decides between the console and the window; parsing has no side effects.
    const fd::CommandLine::Parsed first = fd::CommandLine::parse(rawArguments(argc, argv));
    const bool console = first.isConsole();
    // Commands print their own messages; the log file keeps the details either way.
    fd::Logging::init(fd::AppPaths::logDir(), !console);

    std::unique_ptr<QCoreApplication> app;
    if (console)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);

    QString language = first.language;
    if (language.isEmpty())
        language = QSettings().value(u"ui/language"_s).toString();
    fd::Translations::install(language);

    // Parsed again now that the messages can be translated (and Qt's own window options are gone).
    const fd::CommandLine::Parsed parsed = fd::CommandLine::parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed.ok()) {
        err << parsed.error << u"\n\n"_s << fd::CommandLine::helpText();
        return parsed.argumentExitCode();
    }
    if (parsed.action == fd::CommandLine::Action::ShowHelp) {
        out << fd::CommandLine::helpText();
        return fd::CommandLine::ExitOk;
    }
    if (parsed.action == fd::CommandLine::Action::ShowVersion) {
        out << fd::CommandLine::versionText();
        return fd::CommandLine::ExitOk;
    }

    auto spec = fd::CommandLine::databaseSpec(parsed);
    if (!spec) {
        err << spec.error().message << u'\n';
        return fd::CommandLine::ExitBadArguments;
    }
    spdlog::info("FrontDesk {} starting on {}", FRONTDESK_VERSION, spec.value().display().toStdString());

    const fd::SystemClock clock;
    if (parsed.isConsole())
        return fd::CliCommands(clock, out, err).run(parsed, spec.value());

    auto host = fd::ServiceHost::open(spec.value(), clock);
    if (!host) {
        spdlog::error("cannot open the database: {}", host.error().message.toStdString());
        err << host.error().message << u'\n';
        err.flush();
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "FrontDesk cannot start"),
                              host.error().message);
        return fd::CommandLine::ExitProblem;
    }
    return fd::DesktopApp::run(host.value()->services(), fd::standardPages(), spec.value().display());
}

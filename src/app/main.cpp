// FrontDesk (物业客服前台): parse the command line, open the database, then either run one
// command-line action (no display needed) or show the desk window.
#include "app/CliCommands.h"
#include "app/CommandLine.h"
#include "app/ServerConnect.h"
#include "app/ServiceHost.h"
#include "app/StandardPages.h"
#include "core/AppPaths.h"
#include "core/Logging.h"
#include "core/SystemClock.h"
#include "core/Translations.h"
#include "gui/ConnectionDialog.h"
#include "gui/DesktopApp.h"

#include <spdlog/spdlog.h>

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <clocale>
#include <cstdio>
#include <memory>
#include <optional>

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

    // libpq's messages are told apart by their English text (Database::connectionError): set once,
    // before any database is opened (and before the listener's thread starts).
    std::setlocale(LC_MESSAGES, "C");
    const auto given = fd::CommandLine::databaseSpec(parsed);
    std::optional<fd::Error> problem;
    fd::ConnectionSpec chosen;
    if (given) {
        chosen = given.value();
    } else {
        // A server address remembered on this computer that no longer reads: the window asks again.
        if (parsed.isConsole() || !parsed.database.isEmpty() || !qEnvironmentVariableIsEmpty("FRONTDESK_DATABASE")) {
            err << given.error().message << u'\n';
            return fd::CommandLine::ExitBadArguments;
        }
        problem = given.error();
        chosen.backend = fd::Backend::Postgres;
        chosen.host = u"localhost"_s;
        chosen.user = chosen.database = u"frontdesk"_s;
    }
    spdlog::info("FrontDesk {} starting on {}", FRONTDESK_VERSION, chosen.display().toStdString());

    // Issue 16: a server on another computer is trusted by its certificate's fingerprint, pinned once.
    if (!parsed.trustServer.isEmpty()) {
        auto pinned = fd::ServerConnect::trust(chosen, parsed.trustServer);
        if (!pinned)
            problem = pinned.error();
        else
            err << pinned.value() << u'\n';
    }

    const fd::SystemClock clock;
    if (parsed.isConsole()) {
        if (problem) {
            err << problem->message << u'\n';
            return fd::CommandLine::ExitProblem;
        }
        // The password is asked at the terminal when ~/.pgpass has none, never taken from the command line.
        auto ready = fd::ServerConnect::askPasswordIfNeeded(chosen, err);
        if (!ready) {
            err << ready.error().message << u'\n';
            return fd::CommandLine::ExitProblem;
        }
        return fd::CliCommands(clock, out, err).run(parsed, ready.value());
    }

    fd::ConnectionSpec connection = chosen;
    bool ask = parsed.connect || problem.has_value();
    for (;;) {
        if (ask) {
            // The connection dialog: also what a wrong password, an unreachable server or a certificate
            // that is not the pinned one brings up, with the reason at its field.
            fd::ConnectionDialog dialog(connection, problem);
            if (dialog.exec() != QDialog::Accepted)
                return fd::CommandLine::ExitOk;
            connection = dialog.spec();
            problem.reset();
        }
        auto host = fd::ServiceHost::open(connection, clock);
        if (host)
            return fd::DesktopApp::run(host.value()->services(), fd::standardPages(), connection.display());
        spdlog::error("cannot open the database: {}", host.error().message.toStdString());
        if (connection.backend == fd::Backend::Postgres && fd::ServerConnect::isConnectionProblem(host.error())) {
            problem = host.error();
            ask = true;
            continue;
        }
        err << host.error().message << u'\n';
        err.flush();
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "FrontDesk cannot start"),
                              host.error().message);
        return fd::CommandLine::ExitProblem;
    }
}

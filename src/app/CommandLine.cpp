#include "app/CommandLine.h"

#include "core/AppPaths.h"
#include "core/Translations.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The parser with every option FrontDesk knows; built the same way for parsing and for the help text.
struct Options
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption database{u"database"_s, QString(), u"path-or-url"_s};
    QCommandLineOption importUnits{u"import-units"_s, QString(), u"file.csv"_s};
    QCommandLineOption backup{u"backup"_s, QString(), u"file"_s};
    QCommandLineOption check{u"check"_s, QString()};
    QCommandLineOption verifyAudit{u"verify-audit"_s, QString()};
    QCommandLineOption demo{u"demo"_s, QString()};
    QCommandLineOption language{u"language"_s, QString(), u"zh_CN|en"_s};
    QCommandLineOption newSite{u"new-site"_s, QString(), u"name"_s};
    QCommandLineOption admin{u"admin"_s, QString(), u"login"_s};
    QCommandLineOption adminName{u"admin-name"_s, QString(), u"name"_s};
    QCommandLineOption as{u"as"_s, QString(), u"login"_s};
    QCommandLineOption trustServer{u"trust-server"_s, QString(), u"fingerprint"_s};
    QCommandLineOption connect{u"connect"_s, QString()};
    explicit Options(QCommandLineParser& parser) : help(parser.addHelpOption()), version(parser.addVersionOption())
    {
        database.setDescription(CommandLine::tr(
            "Use this database: an SQLite file, or a PostgreSQL server as postgresql://user@host:port/name (the "
            "password comes from ~/.pgpass or is asked, never from the command line). Without it: the "
            "FRONTDESK_DATABASE environment variable, else the server chosen in the connection dialog, else "
            "frontdesk.sqlite in your app-data folder (created on first start)."));
        trustServer.setDescription(CommandLine::tr(
            "Pin the PostgreSQL server's certificate: its SHA-256 fingerprint as scripts/site-server printed it. "
            "Needed once per server for a server on another computer; refused when the server shows another."));
        connect.setDescription(CommandLine::tr(
            "Open the connection dialog first: the site's server, the password (saved in ~/.pgpass, readable by "
            "you only) and the server's fingerprint. This computer then starts on that server."));
        importUnits.setDescription(CommandLine::tr(
            "Import units and residents from a CSV file (楼栋, 单元, 房号, 类型, 面积, 业主, 电话, 住户, 住户电话, "
            "管家) as the account named with --as. All or nothing: one bad row and nothing is imported."));
        as.setDescription(CommandLine::tr(
            "With --import-units (or --demo on a site already set up): the sign-in name of the account that acts "
            "(it needs the right to import, or to manage accounts). "
            "Its password is asked at the terminal, or read from standard input; never give it on the command "
            "line."));
        backup.setDescription(
            CommandLine::tr("Write a verified copy of the SQLite database to a new file (never overwrites)."));
        check.setDescription(CommandLine::tr(
            "Check the database without changing it: storage integrity, schema version and the audit chain."));
        verifyAudit.setDescription(
            CommandLine::tr("Verify the audit chain and name the first event that was changed or removed."));
        demo.setDescription(CommandLine::tr("Fill an empty database with a demo site (翠湖花园): staff of every role, "
                                            "two towers, shops and residents."));
        language.setDescription(CommandLine::tr("Language of the program: zh_CN (简体中文) or en (English)."));
        newSite.setDescription(CommandLine::tr(
            "Set up a new, empty database for the property of this name, with its administrator (--admin). The "
            "password is asked twice at the terminal, or read from standard input; never give it on the command "
            "line."));
        admin.setDescription(CommandLine::tr("With --new-site: the administrator's sign-in name (e.g. it.admin)."));
        adminName.setDescription(CommandLine::tr(
            "With --new-site: the administrator's name as colleagues know it (default: Administrator)."));

        parser.setApplicationDescription(
            CommandLine::tr("FrontDesk (物业客服前台): the front desk of a property service center.\n"
                            "Without an action it opens the desk window."));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        parser.addOptions({database, trustServer, connect, importUnits, as, backup, check, verifyAudit, demo, newSite,
                           admin, adminName, language});
    }
};

} // namespace

CommandLine::Parsed CommandLine::parse(const QStringList& arguments)
{
    Parsed parsed;
    QCommandLineParser parser;
    const Options options(parser);
    if (!parser.parse(arguments)) {
        parsed.error = parser.errorText();
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        parsed.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return parsed;
    }
    if (parser.isSet(options.help) || parser.isSet(u"help-all"_s)) {
        parsed.action = Action::ShowHelp;
        return parsed;
    }
    if (parser.isSet(options.version)) {
        parsed.action = Action::ShowVersion;
        return parsed;
    }

    if (parser.isSet(options.language)) {
        parsed.language = parser.value(options.language).trimmed();
        if (!Translations::available().contains(parsed.language)) {
            parsed.error = tr("Unknown language \"%1\"; choose %2.")
                               .arg(parsed.language, Translations::available().join(tr(" or ")));
            parsed.language.clear();
            return parsed;
        }
    }
    if (parser.isSet(options.database)) {
        parsed.database = parser.value(options.database).trimmed();
        if (parsed.database.isEmpty()) {
            parsed.error = tr("--database needs a file or a postgresql:// address.");
            return parsed;
        }
    }

    parsed.trustServer = parser.value(options.trustServer).trimmed();
    parsed.connect = parser.isSet(options.connect);

    struct Candidate
    {
        const QCommandLineOption& option;
        Action action;
        bool takesFile;
    };
    const Candidate candidates[] = {{options.importUnits, Action::ImportUnits, true},
                                    {options.backup, Action::Backup, true},
                                    {options.check, Action::Check, false},
                                    {options.verifyAudit, Action::VerifyAudit, false},
                                    {options.demo, Action::Demo, false},
                                    {options.newSite, Action::NewSite, false}};
    QStringList chosen;
    for (const Candidate& c : candidates) {
        if (!parser.isSet(c.option))
            continue;
        chosen << u"--"_s + c.option.names().constFirst();
        parsed.action = c.action;
        if (c.takesFile) {
            parsed.file = parser.value(c.option).trimmed();
            if (parsed.file.isEmpty()) {
                parsed.error = tr("%1 needs a file name.").arg(chosen.constLast());
                parsed.action = Action::RunDesktop;
                return parsed;
            }
        }
    }
    if (chosen.size() > 1) {
        parsed.error = tr("Give one action at a time, not %1.").arg(chosen.join(tr(" and ")));
        parsed.action = Action::RunDesktop;
        parsed.file.clear();
        return parsed;
    }
    // An import writes under a person's name: it signs in as an account, never as "system".
    const bool importing = parsed.action == Action::ImportUnits;
    if (!importing && parsed.action != Action::Demo && parser.isSet(options.as)) {
        parsed.error = tr("--as goes with --import-units or --demo.");
        parsed.action = Action::RunDesktop;
        return parsed;
    }
    parsed.login = parser.value(options.as).trimmed();
    if (importing || parser.isSet(options.as)) {
        if (parsed.login.isEmpty()) {
            parsed.error = tr("%1 needs the account that acts: --as LOGIN (its password is asked, never given on "
                              "the command line).")
                               .arg(importing ? u"--import-units"_s : u"--demo"_s);
            parsed.action = Action::RunDesktop;
            parsed.file.clear();
            return parsed;
        }
    }
    const bool forSite = parsed.action == Action::NewSite;
    if (!forSite && (parser.isSet(options.admin) || parser.isSet(options.adminName))) {
        parsed.error = tr("--admin and --admin-name go with --new-site.");
        parsed.action = Action::RunDesktop;
        return parsed;
    }
    if (forSite) {
        parsed.siteName = parser.value(options.newSite).trimmed();
        parsed.adminLogin = parser.value(options.admin).trimmed();
        parsed.adminName = parser.value(options.adminName).trimmed();
        if (parsed.siteName.isEmpty())
            parsed.error = tr("--new-site needs the property's name, e.g. --new-site 翠湖花园.");
        else if (parsed.adminLogin.isEmpty())
            parsed.error = tr("--new-site needs the administrator's sign-in name: --admin LOGIN.");
        if (!parsed.error.isEmpty())
            parsed.action = Action::RunDesktop;
    }
    return parsed;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    const Options options(parser);
    return parser.helpText() + u'\n' +
           tr("Exit codes:\n"
              "  0  done\n"
              "  1  a problem was found, or the action was refused (the database was left as it was)\n"
              "  2  the command line was wrong\n");
}

QString CommandLine::versionText()
{
    return u"%1 %2\n"_s.arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
}

Result<ConnectionSpec> CommandLine::databaseSpec(const Parsed& parsed)
{
    if (!parsed.database.isEmpty())
        return ConnectionSpec::parse(parsed.database);
    const QString fromEnvironment = qEnvironmentVariable("FRONTDESK_DATABASE").trimmed();
    if (!fromEnvironment.isEmpty())
        return ConnectionSpec::parse(fromEnvironment);
    const QString chosen = QSettings().value(u"database/address"_s).toString();
    if (!chosen.isEmpty())
        return ConnectionSpec::parse(chosen);
    return ConnectionSpec::sqlite(AppPaths::defaultDatabasePath());
}

} // namespace fd

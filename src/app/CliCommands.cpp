#include "app/CliCommands.h"

#include "app/DemoSite.h"
#include "app/PasswordInput.h"
#include "app/ServiceHost.h"
#include "engine/AccountService.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/SiteSetup.h"
#include "modules/fees/FeeLedger.h"
#include "modules/moves/OwnerArchiveService.h"
#include "modules/registry/RegistryService.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr int kMaxIntegrityLines = 10;

// Pads to `width` terminal columns; Chinese characters take two columns each.
QString padded(const QString& text, int width)
{
    int columns = 0;
    for (QChar c : text) {
        if (!c.isLowSurrogate())
            columns += c.unicode() >= 0x1100 ? 2 : 1;
    }
    return text + QString(qMax(0, width - columns) + 2, u' ');
}

} // namespace

CliCommands::CliCommands(const Clock& clock, QTextStream& out, QTextStream& err)
    : m_clock(clock), m_out(out), m_err(err)
{}

int CliCommands::run(const CommandLine::Parsed& parsed, const ConnectionSpec& spec)
{
    switch (parsed.action) {
    case CommandLine::Action::ImportUnits:
        return importUnits(spec, parsed.file, parsed.login);
    case CommandLine::Action::Backup:
        return backup(spec, parsed.file);
    case CommandLine::Action::Check:
        return check(spec);
    case CommandLine::Action::VerifyAudit:
        return verifyAudit(spec);
    case CommandLine::Action::Demo:
        return demo(spec, parsed.login);
    case CommandLine::Action::NewSite:
        return newSite(spec, parsed);
    case CommandLine::Action::RunDesktop:
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        break;
    }
    return CommandLine::ExitBadArguments;
}

int CliCommands::fail(const QString& message)
{
    m_err << message << u'\n';
    m_err.flush();
    m_out.flush();
    return CommandLine::ExitProblem;
}

Result<std::unique_ptr<Database>> CliCommands::openUnchanged(const ConnectionSpec& spec)
{
    auto db = Database::open(spec, spec.backend == Backend::Sqlite ? Database::OpenMode::ReadOnly
                                                                   : Database::OpenMode::MustExist);
    if (db)
        return db;
    Error error = db.error();
    if (error.code == u"db.missing"_s)
        error.message += u' ' + tr("Start FrontDesk once to create it, or name the right file with --database.");
    else if (error.code == u"db.notdb"_s)
        error.message += u' ' + tr("The file was not changed. Check the file given with --database, or restore "
                                   "the latest backup.");
    return error;
}

bool CliCommands::isFrontDeskDatabase(Database& db)
{
    auto version = Migrator::currentVersion(db);
    if (version && version.value() > 0)
        return true;
    m_err << tr("%1 has no FrontDesk tables: it is an empty or foreign database.").arg(db.spec().display()) << u'\n';
    return false;
}

int CliCommands::importUnits(const ConnectionSpec& spec, const QString& csvPath, const QString& login)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2. Nothing was imported.").arg(csvPath, file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();

    auto host = ServiceHost::open(spec, m_clock);
    if (!host)
        return fail(host.error().message);
    Services& services = host.value()->services();
    if (!services.site.isInitialized())
        return fail(tr("The site is not set up yet; set it up before importing (--new-site). Nothing was imported."));
    auto password = PasswordInput::readOnce(m_err, login);
    if (!password)
        return fail(tr("No password was given; nothing was imported."));
    auto who = services.accounts.signIn(login, *password);
    if (!who)
        return fail(who.error().message + u' ' + tr("Nothing was imported."));
    if (Status allowed = who.value().require(Permission::ImportRegistry); !allowed)
        return fail(allowed.error().message + u' ' + tr("Nothing was imported."));
    const ImportReport report = services.registry.importUnitsCsv(who.value(), bytes);
    m_out << report.text();
    if (!report.text().endsWith(u'\n'))
        m_out << u'\n';
    if (!report.accepted)
        return fail(
            tr("%1 was refused; nothing was imported. Correct the rows above and run the import again.").arg(csvPath));
    if (!report.changedAnything())
        m_out << tr("Nothing new: the registry already matches %1.").arg(csvPath) << u'\n';
    else
        m_out << tr("Imported %1 into %2.").arg(csvPath, spec.display()) << u'\n';
    m_out.flush();
    return CommandLine::ExitOk;
}

int CliCommands::backup(const ConnectionSpec& spec, const QString& targetPath)
{
    if (spec.backend != Backend::Sqlite)
        return fail(tr("This database is on a PostgreSQL server; back it up there with pg_dump "
                       "(for example: pg_dump -Fc -f frontdesk.dump %1).")
                        .arg(spec.database));
    auto db = openUnchanged(spec);
    if (!db)
        return fail(db.error().message);
    if (!isFrontDeskDatabase(*db.value()))
        return fail(tr("Nothing was backed up."));
    auto report = Backup::write(*db.value(), targetPath);
    if (!report)
        return fail(report.error().message);
    const QLocale locale;
    m_out << tr("Backup written and verified: %1").arg(report.value().path) << u'\n' << u"  "_s
          << tr("size: %1 bytes (%2)")
                 .arg(locale.toString(report.value().bytes), locale.formattedDataSize(report.value().bytes))
          << u'\n' << u"  "_s << tr("schema version: %1").arg(report.value().schemaVersion) << u'\n' << u"  "_s
          << tr("audit events: %1").arg(report.value().auditEvents) << u'\n';
    m_out.flush();
    return CommandLine::ExitOk;
}

int CliCommands::check(const ConnectionSpec& spec)
{
    auto opened = openUnchanged(spec);
    if (!opened)
        return fail(opened.error().message);
    Database& db = *opened.value();
    m_out << tr("Database: %1").arg(spec.display()) << u'\n';
    int problems = 0;

    auto integrity = IntegrityCheck::run(db, IntegrityCheck::Depth::Full);
    if (db.backend() == Backend::Postgres) {
        m_out << tr("Integrity: looked after by the PostgreSQL server") << u'\n';
    } else if (!integrity) {
        ++problems;
        m_out << tr("Integrity: cannot be checked: %1").arg(integrity.error().message) << u'\n';
    } else if (!integrity.value().isEmpty()) {
        ++problems;
        m_out << tr("Integrity: DAMAGED. Restore the latest backup; keep this file for investigation.") << u'\n';
        for (const QString& line : integrity.value().mid(0, kMaxIntegrityLines))
            m_out << u"  "_s << line << u'\n';
    } else {
        m_out << tr("Integrity: ok") << u'\n';
    }

    const int latest = Migrator().latestVersion();
    auto current = Migrator::currentVersion(db);
    if (!current) {
        ++problems;
        m_out << tr("Schema: cannot be read: %1").arg(current.error().message) << u'\n';
    } else if (current.value() == 0) {
        ++problems;
        m_out << tr("Schema: none of %1. This is not a FrontDesk database (or an empty one); check the database "
                    "given with --database.")
                     .arg(latest)
              << u'\n';
    } else if (current.value() > latest) {
        ++problems;
        m_out << tr("Schema: %1 of %2. This database is newer than this program: it was written by a newer "
                    "FrontDesk. Install that version to use it; the database was not changed.")
                     .arg(current.value())
                     .arg(latest)
              << u'\n';
    } else if (current.value() < latest) {
        ++problems;
        m_out << tr("Schema: %1 of %2. This database is older than this program. Back it up (frontdesk --backup "
                    "FILE), then start FrontDesk once to upgrade it.")
                     .arg(current.value())
                     .arg(latest)
              << u'\n';
    } else {
        m_out << tr("Schema: %1 of %2 (up to date)").arg(current.value()).arg(latest) << u'\n';
    }

    if (current && current.value() > 0) {
        AuditLog audit(db, m_clock);
        auto verification = audit.verify();
        if (!verification) {
            ++problems;
            m_out << tr("Audit chain: cannot be read: %1").arg(verification.error().message) << u'\n';
        } else if (!verification.value().ok) {
            ++problems;
            m_out << tr("Audit chain: BROKEN at event %1 (%2). The database was changed outside FrontDesk; run "
                        "frontdesk --verify-audit for details.")
                         .arg(verification.value().firstBrokenId)
                         .arg(verification.value().reason)
                  << u'\n';
        } else {
            m_out << tr("Audit chain: ok, %n event(s) checked", nullptr, static_cast<int>(verification.value().checked))
                  << u'\n';
        }
    }
    // R-FE-5: every unit's balance is the sum of its entries.
    if (current && current.value() == latest) {
        auto ledger = FeeLedger(db).check();
        if (!ledger) {
            ++problems;
            m_out << tr("Fee ledger: cannot be read: %1").arg(ledger.error().message) << u'\n';
        } else if (!ledger.value().isEmpty()) {
            ++problems;
            m_out << tr("Fee ledger: %n sum(s) do not add up", nullptr, static_cast<int>(ledger.value().size()))
                  << u'\n';
            for (const QString& line : ledger.value().mid(0, kMaxIntegrityLines))
                m_out << u"  "_s << line << u'\n';
        } else {
            m_out << tr("Fee ledger: ok, every balance is the sum of its entries") << u'\n';
        }
        // R-MI-2: every file of the owners' archive is still what was filed.
        auto archive = OwnerArchiveService::check(db);
        if (!archive) {
            ++problems;
            m_out << tr("Owners' archive: cannot be read: %1").arg(archive.error().message) << u'\n';
        } else if (!archive.value().damaged.isEmpty()) {
            ++problems;
            m_out << tr("Owners' archive: %n file(s) no longer match what was filed. Restore the latest backup.",
                        nullptr, static_cast<int>(archive.value().damaged.size()))
                  << u'\n';
            for (const QString& line : archive.value().damaged.mid(0, kMaxIntegrityLines))
                m_out << u"  "_s << line << u'\n';
        } else {
            m_out << tr("Owners' archive: ok, %n file(s), each matches what was filed", nullptr,
                        static_cast<int>(archive.value().files))
                  << u'\n';
        }
    }
    m_out.flush();
    if (problems > 0)
        return fail(tr("%n problem(s) found.", nullptr, problems));
    m_out << tr("All checks passed.") << u'\n';
    m_out.flush();
    return CommandLine::ExitOk;
}

int CliCommands::verifyAudit(const ConnectionSpec& spec)
{
    auto opened = openUnchanged(spec);
    if (!opened)
        return fail(opened.error().message);
    if (!isFrontDeskDatabase(*opened.value()))
        return fail(tr("There is no audit chain to verify."));
    AuditLog audit(*opened.value(), m_clock);
    auto verification = audit.verify();
    if (!verification)
        return fail(verification.error().message);
    const AuditLog::Verification& v = verification.value();
    if (!v.ok) {
        m_out << tr("%n event(s) before it verified.", nullptr, static_cast<int>(v.checked)) << u'\n';
        return fail(tr("Audit chain broken at event %1: %2. The database was changed outside FrontDesk; keep this "
                       "file for investigation and compare it with the latest backup.")
                        .arg(v.firstBrokenId)
                        .arg(v.reason));
    }
    m_out << tr("Audit chain intact: %n event(s) checked.", nullptr, static_cast<int>(v.checked)) << u'\n';
    m_out.flush();
    return CommandLine::ExitOk;
}

int CliCommands::demo(const ConnectionSpec& spec, const QString& login)
{
    auto host = ServiceHost::open(spec, m_clock);
    if (!host)
        return fail(host.error().message);
    Services& services = host.value()->services();
    std::optional<Session> who;
    if (!login.isEmpty()) {
        auto password = PasswordInput::readOnce(m_err, login);
        if (!password)
            return fail(tr("No password was given; nothing was changed."));
        auto signedIn = services.accounts.signIn(login, *password);
        if (!signedIn)
            return fail(signedIn.error().message + u' ' + tr("Nothing was changed."));
        who = signedIn.value();
    }
    DemoSite site(services);
    auto report = site.fill(who ? &*who : nullptr);
    if (!report)
        return fail(report.error().message);

    const DemoSite::Report& r = report.value();
    m_out << tr("Demo site %1 is ready in %2: %n unit(s) imported.", nullptr, r.import.unitsAdded)
                 .arg(r.siteName, spec.display())
          << u'\n' << u'\n';
    constexpr int loginWidth = 12;
    constexpr int roleWidth = 14;
    constexpr int nameWidth = 10;
    m_out << padded(tr("Sign-in name"), loginWidth) << padded(tr("Role"), roleWidth) << padded(tr("Name"), nameWidth)
          << tr("Password") << u'\n';
    for (const DemoSite::Account& account : r.accounts)
        m_out << padded(account.login, loginWidth) << padded(Roles::displayName(account.role), roleWidth)
              << padded(account.displayName, nameWidth)
              << (account.demoPassword ? QString::fromLatin1(DemoSite::Password) : tr("(unchanged: your own)"))
              << u'\n';
    m_out << u'\n' << tr("Start FrontDesk and sign in with any of these names.") << u'\n';
    m_out.flush();
    return CommandLine::ExitOk;
}

} // namespace fd

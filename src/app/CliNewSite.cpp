// CliCommands, part two: --new-site, an IT person preparing a site's database before the desk opens.
#include "app/CliCommands.h"

#include "app/PasswordInput.h"
#include "app/ServiceHost.h"
#include "engine/AccountService.h"
#include "engine/SiteSetup.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace fd {

int CliCommands::newSite(const ConnectionSpec& spec, const CommandLine::Parsed& parsed)
{
    // A database that already holds a site is refused before anything is migrated or asked.
    if (auto existing = openUnchanged(spec); existing) {
        Database& db = *existing.value();
        auto version = Migrator::currentVersion(db);
        if (version && version.value() > 0) {
            auto name = db.scalar(u"SELECT name FROM sites ORDER BY id LIMIT 1"_s);
            if (name && name.value().isValid() && !name.value().isNull())
                return fail(tr("%1 already has a site (%2); nothing was changed. A database holds one site: name "
                               "another file or database with --database.")
                                .arg(spec.display(), name.value().toString()));
        }
    }

    const QString adminName = parsed.adminName.isEmpty() ? tr("Administrator") : parsed.adminName;
    SiteSetup::Request request{parsed.siteName, parsed.adminLogin, adminName, {}, {}};
    // The sign-in name is checked before the password is asked for.
    if (Status s = AccountService::checkLogin(request.adminLogin); !s)
        return fail(u"--admin: "_s + s.error().message);
    auto typed = PasswordInput::read(m_err, request.adminLogin);
    if (!typed)
        return fail(tr("No password was given; nothing was changed."));
    request.password = typed->password;
    request.passwordAgain = typed->again;
    if (Status s = AccountService::checkNewPassword(request.password); !s)
        return fail(s.error().message + u' ' + tr("Nothing was changed."));
    if (request.password != request.passwordAgain)
        return fail(tr("The two passwords are not the same; nothing was changed."));

    auto host = ServiceHost::open(spec, m_clock);
    if (!host)
        return fail(host.error().message);
    auto admin = host.value()->services().site.initialize(request);
    if (!admin)
        return fail(admin.error().message + u' ' + tr("Nothing was changed."));
    m_out << tr("Site %1 is set up in %2; the administrator %3 can sign in.")
                 .arg(request.siteName.trimmed(), spec.display(), admin.value().user.login)
          << u'\n';
    m_out.flush();
    return CommandLine::ExitOk;
}

} // namespace fd

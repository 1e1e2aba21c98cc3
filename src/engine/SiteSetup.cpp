#include "engine/SiteSetup.h"

#include "core/Clock.h"
#include "engine/AccountService.h"
#include "engine/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace fd {

SiteSetup::SiteSetup(Database& db, const Clock& clock, AuditLog& audit, AccountService& accounts)
    : m_db(db), m_clock(clock), m_audit(audit), m_accounts(accounts)
{}

bool SiteSetup::isInitialized() const
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM sites"_s);
    return n && n.value().toLongLong() > 0 && m_accounts.hasAccounts();
}

QString SiteSetup::siteName() const
{
    auto v = m_db.scalar(u"SELECT name FROM sites ORDER BY id LIMIT 1"_s);
    return v ? v.value().toString() : QString();
}

qint64 SiteSetup::siteId() const
{
    auto v = m_db.scalar(u"SELECT id FROM sites ORDER BY id LIMIT 1"_s);
    return v ? v.value().toLongLong() : 0;
}

Result<Session> SiteSetup::initialize(const Request& request)
{
    if (isInitialized())
        return Error{u"setup.done"_s, tr("This database is already set up.")};
    if (request.siteName.trimmed().isEmpty())
        return Error{u"setup.site"_s, tr("Enter the name of the property (e.g. 翠湖花园)."), u"site_name"_s};
    if (Status s = AccountService::checkLogin(request.adminLogin); !s)
        return Error{s.error().code, s.error().message, u"admin_login"_s};
    if (request.adminName.trimmed().isEmpty())
        return Error{u"setup.name"_s, tr("Enter the administrator's name."), u"admin_name"_s};
    if (Status s = AccountService::checkNewPassword(request.password); !s)
        return s.error();
    if (request.password != request.passwordAgain)
        return Error{u"setup.mismatch"_s, tr("The two passwords are not the same."), u"password_again"_s};

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    const Session system = Session::system();
    auto siteId = m_db.insert(u"INSERT INTO sites (name, created_ms) VALUES (?, ?) RETURNING id"_s,
                              {request.siteName.trimmed(), m_clock.nowMs()});
    if (!siteId)
        return siteId.error();
    if (auto r = m_audit.append(system, u"site"_s, siteId.value(), u"created"_s, {},
                                {{u"name"_s, request.siteName.trimmed()}});
        !r)
        return r.error();
    auto admin = m_accounts.createUser(system, request.adminLogin, request.adminName, Role::Admin, request.password);
    if (!admin)
        return admin.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return Session{admin.value(), m_clock.nowMs()};
}

Status SiteSetup::rename(const Session& by, const QString& name)
{
    if (Status s = by.require(Permission::EditSiteRules); !s)
        return s.error();
    if (name.trimmed().isEmpty())
        return Error{u"setup.site"_s, tr("Enter the name of the property (e.g. 翠湖花园)."), u"site_name"_s};
    const QString before = siteName();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto r =
            m_db.exec(u"UPDATE sites SET name = ?, version = version + 1 WHERE id = ?"_s, {name.trimmed(), siteId()});
        !r)
        return r.error();
    if (auto r =
            m_audit.append(by, u"site"_s, siteId(), u"renamed"_s, {{u"name"_s, before}}, {{u"name"_s, name.trimmed()}});
        !r)
        return r.error();
    return tx.commit();
}

} // namespace fd

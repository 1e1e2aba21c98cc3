#include "support/TestHost.h"

#include "engine/AccountService.h"
#include "engine/SiteSetup.h"

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace fd::test {

TestHost::TestHost(const QString& backend, bool setUpSite) : m_database(backend)
{
    restart();
    if (!setUpSite)
        return;
    auto admin = services().site.initialize({u"翠湖花园"_s, u"admin"_s, u"系统管理员"_s,
                                             QString::fromLatin1(AdminPassword), QString::fromLatin1(AdminPassword)});
    if (!admin)
        throw std::runtime_error(admin.error().message.toStdString());
    m_admin = admin.value();
}

TestHost::~TestHost() = default;

void TestHost::restart()
{
    m_host.reset();
    auto host = ServiceHost::open(m_database.spec(), m_clock);
    if (!host)
        throw std::runtime_error(host.error().message.toStdString());
    m_host = std::move(host).value();
}

Session TestHost::signedIn(Role role, const QString& login)
{
    const QString name = login.isEmpty() ? Roles::key(role).remove(u'_') : login;
    auto& accounts = services().accounts;
    if (!accounts.find(name)) {
        auto created = accounts.createUser(m_admin, name, name, role, QString::fromLatin1(UserPassword));
        if (!created)
            throw std::runtime_error(created.error().message.toStdString());
    }
    auto session = accounts.signIn(name, QString::fromLatin1(UserPassword));
    if (!session)
        throw std::runtime_error(session.error().message.toStdString());
    return session.value();
}

} // namespace fd::test

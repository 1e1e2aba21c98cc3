#include "engine/Session.h"

#include "core/PersonalData.h"

using namespace Qt::StringLiterals;

namespace fd {

Session Session::system()
{
    Session s;
    s.user.id = 0;
    s.user.login = u"system"_s;
    s.user.displayName = u"system"_s;
    s.user.role = Role::Admin;
    return s;
}

QString Session::shownPhone(const QString& phone) const
{
    if (phone.isEmpty() || may(Permission::SeePersonalData))
        return phone;
    return PersonalData::maskPhone(phone);
}

Status Session::require(Permission permission) const
{
    if (may(permission))
        return {};
    return Error{u"perm.denied"_s, Roles::refusal(user.role, permission)};
}

} // namespace fd

#include "engine/Session.h"

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

Status Session::require(Permission permission) const
{
    if (may(permission))
        return {};
    return Error{u"perm.denied"_s, Roles::refusal(user.role, permission)};
}

} // namespace fd

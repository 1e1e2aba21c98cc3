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

} // namespace fd

#include "engine/Role.h"

using namespace Qt::StringLiterals;

namespace fd {

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Clerk:
        return u"clerk"_s;
    case Role::Supervisor:
        return u"supervisor"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Cashier:
        return u"cashier"_s;
    case Role::ControlRoom:
        return u"control_room"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    for (Role role : all())
        if (Roles::key(role) == key)
            return role;
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Manager:
        return tr("Manager");
    case Role::Cashier:
        return tr("Cashier");
    case Role::ControlRoom:
        return tr("Control room");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QList<Role> Roles::all()
{
    return {Role::Clerk, Role::Supervisor, Role::Manager, Role::Cashier, Role::ControlRoom, Role::Admin};
}

bool Roles::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewRegistry:
        return true;
    case Permission::EditRegistry:
        return role != Role::ControlRoom && role != Role::Cashier;
    case Permission::ImportRegistry:
    case Permission::ManageAccounts:
    case Permission::ResetPasswords:
    case Permission::EditSiteRules:
        return role == Role::Admin;
    case Permission::JudgeComplaints:
    case Permission::ReviewShifts:
        return role == Role::Supervisor || role == Role::Manager;
    case Permission::ApproveExtensions:
        return role == Role::Supervisor || role == Role::Manager;
    case Permission::CollectFees:
        return role == Role::Cashier || role == Role::Manager;
    case Permission::DirectDispatch:
        return role == Role::ControlRoom || role == Role::Supervisor || role == Role::Manager;
    case Permission::WorkTheDesk:
        return role == Role::Clerk || role == Role::Supervisor || role == Role::Manager || role == Role::Admin;
    }
    return false;
}

} // namespace fd

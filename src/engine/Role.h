#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

enum class Role { Clerk, Supervisor, Manager, Cashier, ControlRoom, Admin };

// What a role may do. Services check these themselves; hiding a button is only a courtesy.
enum class Permission {
    ViewRegistry,
    EditRegistry,
    ImportRegistry,
    ManageAccounts,
    ResetPasswords,
    EditSiteRules,
    JudgeComplaints,
    ApproveExtensions,
    ReviewShifts,
    CollectFees,
    DirectDispatch,
    // The service desk's own work: the logs of things (parcels, stored items, tools) and customer
    // visits. Clerks, supervisors, managers and administrators; not the cashier or the control room.
    WorkTheDesk,
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    [[nodiscard]] static QString key(Role role);
    [[nodiscard]] static std::optional<Role> fromKey(const QString& key);
    [[nodiscard]] static QString displayName(Role role);
    [[nodiscard]] static QList<Role> all();
    [[nodiscard]] static bool allows(Role role, Permission permission);
};

} // namespace fd

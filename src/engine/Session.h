#pragma once

#include "core/Result.h"
#include "engine/Role.h"
#include "engine/User.h"

namespace fd {

// Who is acting. Every service call that changes something takes one, checks its role and
// writes its name into the audit chain.
struct Session
{
    User user;
    qint64 signedInMs = 0;

    [[nodiscard]] bool may(Permission permission) const { return Roles::allows(user.role, permission); }
    // What every service entry point asks first: nothing, or a "perm.denied" error saying what this
    // role may not do (Roles::refusal). Asking writes nothing.
    [[nodiscard]] Status require(Permission permission) const;
    // A phone number as this person may see it on a record they opened or print: in full with
    // Permission::SeePersonalData, else masked (138****5678). Lists and logs always mask.
    [[nodiscard]] QString shownPhone(const QString& phone) const;
    // The program itself (command-line import, demo data, migrations) acting without a person.
    [[nodiscard]] static Session system();
    [[nodiscard]] bool isSystem() const { return user.id == 0; }
};

} // namespace fd

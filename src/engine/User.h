#pragma once

#include "engine/Role.h"

#include <QString>

namespace fd {

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Clerk;
    bool active = true;
    int failedAttempts = 0;
    qint64 lockedUntilMs = 0;
    int version = 1;
};

} // namespace fd

#pragma once

#include <QString>

namespace fd {

struct Services;

// The desktop program after the database is open: first-start wizard when the site is not set up,
// then the sign-in dialog, then the main window. Returns the exit code for main().
class DesktopApp
{
public:
    static int run(Services& services, const QString& databaseDisplay);
};

} // namespace fd

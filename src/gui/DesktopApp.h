#pragma once

#include <QString>

namespace fd {

class PageRegistry;
struct Services;

// The desktop program after the database is open: first-start wizard when the site is not set up,
// then the sign-in dialog, then the main window laid out from the pages it is given. Returns the exit
// code for main().
class DesktopApp
{
public:
    static int run(Services& services, PageRegistry pages, const QString& databaseDisplay);
};

} // namespace fd

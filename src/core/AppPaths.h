#pragma once

#include <QString>

namespace fd {

// Where FrontDesk keeps its files on this machine. FRONTDESK_DATA_DIR overrides the location
// (tests and portable installs); otherwise the platform's per-user app-data folder.
class AppPaths
{
public:
    [[nodiscard]] static QString dataDir();
    [[nodiscard]] static QString defaultDatabasePath();
    [[nodiscard]] static QString logDir();
};

} // namespace fd

#pragma once

#include <QString>

namespace fd {

// Sets up the "frontdesk" spdlog logger: a rotating file in the app-data log folder plus the
// console, both behind MaskingSink, and routes Qt's own messages (qDebug, qWarning…) into it.
class Logging
{
public:
    static void init(const QString& logDir, bool console = true);
    [[nodiscard]] static QString logFilePath(const QString& logDir);
};

} // namespace fd

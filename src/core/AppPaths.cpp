#include "core/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fd {

QString AppPaths::dataDir()
{
    QString dir = qEnvironmentVariable("FRONTDESK_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share/FrontDesk"_s;
    QDir().mkpath(dir);
    return dir;
}

QString AppPaths::defaultDatabasePath()
{
    return dataDir() + u"/frontdesk.sqlite"_s;
}

QString AppPaths::logDir()
{
    const QString dir = dataDir() + u"/logs"_s;
    QDir().mkpath(dir);
    return dir;
}

} // namespace fd

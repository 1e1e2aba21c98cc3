#include "support/Screenshots.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace fd::test {

QString Screenshots::save(QWidget* widget, const QString& name)
{
    const QString dir = QStringLiteral(FD_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    widget->ensurePolished();
    QApplication::processEvents();
    const QString path = dir + u'/' + name + u".png"_s;
    widget->grab().save(path);
    return path;
}

} // namespace fd::test

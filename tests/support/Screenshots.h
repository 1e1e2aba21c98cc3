#pragma once

#include <QString>

class QWidget;

namespace fd::test {

// Saves what a widget shows to <build>/screenshots/<name>.png (docs/screenshots keeps copies).
class Screenshots
{
public:
    static QString save(QWidget* widget, const QString& name);
};

} // namespace fd::test

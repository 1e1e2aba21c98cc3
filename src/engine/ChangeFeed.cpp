#include "engine/ChangeFeed.h"

#include <QMetaObject>

namespace fd {

ChangeFeed::ChangeFeed(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<QList<fd::Change>>();
}

void ChangeFeed::publish(QList<Change> changes)
{
    if (changes.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this, [this, changes = std::move(changes)] { emit changed(changes); }, Qt::QueuedConnection);
}

bool ChangeFeed::touches(const QList<Change>& changes, std::initializer_list<const char*> kinds)
{
    for (const Change& c : changes)
        for (const char* kind : kinds)
            if (c.kind == QLatin1StringView(kind))
                return true;
    return false;
}

} // namespace fd

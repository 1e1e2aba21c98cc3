#include "engine/ChangeFeed.h"

#include <QMetaObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fd {

namespace {
// PostgreSQL refuses a NOTIFY payload of 8000 bytes or more.
constexpr qsizetype kMaxPayload = 7900;
} // namespace

ChangeFeed::ChangeFeed(QObject* parent) : QObject(parent), m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
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
    for (const Change& c : changes) {
        if (c.kind == QLatin1StringView(everything))
            return true;
        for (const char* kind : kinds)
            if (c.kind == QLatin1StringView(kind))
                return true;
    }
    return false;
}

bool ChangeFeed::touches(const QList<Change>& changes, const QStringList& kinds)
{
    for (const Change& c : changes)
        if (c.kind == QLatin1StringView(everything) || kinds.contains(c.kind))
            return true;
    return false;
}

bool ChangeFeed::isEverything(const QList<Change>& changes)
{
    for (const Change& c : changes)
        if (c.kind == QLatin1StringView(everything))
            return true;
    return false;
}

QByteArray ChangeFeed::encode(const QString& origin, const QList<Change>& changes)
{
    // One line per change after the origin: kind, id and action separated by tabs (none of them holds
    // a tab or a line break: they are the program's own keys).
    QByteArray payload = origin.toUtf8();
    for (const Change& c : changes) {
        payload += '\n' + c.kind.toUtf8() + '\t' + QByteArray::number(c.id) + '\t' + c.action.toUtf8();
        if (payload.size() > kMaxPayload)
            return origin.toUtf8() + "\n" + everything + "\t0\tmany";
    }
    return payload;
}

std::optional<ChangeFeed::Remote> ChangeFeed::decode(const QString& payload)
{
    const QStringList lines = payload.split(u'\n');
    if (lines.size() < 2 || lines.first().isEmpty())
        return std::nullopt;
    Remote remote{lines.first(), {}};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList parts = lines.at(i).split(u'\t');
        bool ok = false;
        const qint64 id = parts.size() == 3 ? parts.at(1).toLongLong(&ok) : 0;
        if (!ok || parts.at(0).isEmpty())
            return std::nullopt;
        remote.changes.append({parts.at(0), id, parts.at(2)});
    }
    return remote;
}

} // namespace fd

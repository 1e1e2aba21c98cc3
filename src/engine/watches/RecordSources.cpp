#include "engine/watches/RecordSources.h"

#include <algorithm>

namespace fd {

QList<RecordSource>& RecordSources::all()
{
    static QList<RecordSource> sources;
    return sources;
}

void RecordSources::add(RecordSource source)
{
    QList<RecordSource>& list = all();
    list.removeIf([&](const RecordSource& s) { return s.key == source.key; });
    const auto at = std::upper_bound(list.begin(), list.end(), source.order,
                                     [](int order, const RecordSource& s) { return order < s.order; });
    list.insert(at, std::move(source));
}

QStringList RecordSources::keys()
{
    QStringList out;
    for (const RecordSource& s : all())
        if (s.deskLog)
            out << s.key;
    return out;
}

bool RecordSources::isDeskLog(const QString& key)
{
    for (const RecordSource& s : all())
        if (s.key == key)
            return s.deskLog;
    return true;
}

QList<Role> RecordSources::audience(const QString& key)
{
    for (const RecordSource& s : all())
        if (s.key == key)
            return s.audience;
    return {};
}

QString RecordSources::name(const QString& key)
{
    for (const RecordSource& s : all())
        if (s.key == key)
            return s.name ? s.name() : key;
    return key;
}

} // namespace fd

#include "storage/SqlScript.h"

#include "storage/Dialect.h"

using namespace Qt::StringLiterals;

namespace fd {

QStringList SqlScript::statements(const QString& script, const Dialect& dialect)
{
    QStringList out;
    QString current;
    QString section = u"all"_s;
    bool inDollar = false;
    bool inTriggerBody = false;

    const QStringList lines = script.split(u'\n');
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (!inDollar && !inTriggerBody && line.startsWith(u"-- @"_s)) {
            section = line.mid(4).trimmed();
            continue;
        }
        if (!dialect.acceptsSection(section))
            continue;
        if (!inDollar && (line.isEmpty() || line.startsWith(u"--"_s)) && current.trimmed().isEmpty())
            continue;
        current += raw + u'\n';
        if (line.count(u"$$"_s) % 2 == 1)
            inDollar = !inDollar;
        if (inDollar)
            continue;
        const QString upper = line.toUpper();
        if (!inTriggerBody && current.trimmed().toUpper().startsWith(u"CREATE TRIGGER"_s) && upper.endsWith(u"BEGIN"_s))
            inTriggerBody = true;
        if (inTriggerBody) {
            if (upper == u"END;"_s) {
                inTriggerBody = false;
                out << dialect.expand(current.trimmed().chopped(1));
                current.clear();
            }
            continue;
        }
        if (line.endsWith(u';')) {
            out << dialect.expand(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << dialect.expand(current.trimmed());
    return out;
}

} // namespace fd

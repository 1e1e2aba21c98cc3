#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fd {

struct Session;

// One module's line for a unit's card, or nothing.
using UnitFactSource = std::function<QString(const Session& who, qint64 unitId)>;

// What other parts of the product know about a unit that the desk should see on the unit's card
// (issue 13: whether it owes fees and since when). The registry sits below the modules that know
// these things, so they add a source here and the unit's card asks it; each source holds its own
// role checks (what it may show to whom) and answers a line of text, or nothing.
class UnitFacts
{
public:
    void add(UnitFactSource source) { m_sources << std::move(source); }
    [[nodiscard]] QStringList of(const Session& who, qint64 unitId) const
    {
        QStringList out;
        for (const UnitFactSource& source : m_sources)
            if (QString fact = source(who, unitId); !fact.isEmpty())
                out << fact;
        return out;
    }

private:
    QList<UnitFactSource> m_sources;
};

} // namespace fd

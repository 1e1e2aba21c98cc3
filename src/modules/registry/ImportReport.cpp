#include "modules/registry/ImportReport.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fd {

int ImportReport::badRowCount() const
{
    QSet<int> rows;
    for (const ImportProblem& p : problems)
        if (p.row > 0)
            rows.insert(p.row);
    return int(rows.size());
}

QString ImportReport::text() const
{
    QStringList lines;
    if (!accepted) {
        const int bad = badRowCount();
        if (bad > 0)
            lines << (preview ? tr("This file cannot be imported: %n row(s) have problems.", nullptr, bad)
                              : tr("Nothing was imported: %n row(s) have problems.", nullptr, bad));
        else
            lines << (preview ? tr("This file cannot be imported.") : tr("Nothing was imported."));
        if (bad > 0)
            lines << tr("Rows are numbered as a spreadsheet shows them: the header is row 1.");
        for (const ImportProblem& p : problems) {
            if (p.row <= 0)
                lines << p.message;
            else if (!p.column.isEmpty())
                lines << tr("Row %1 (%2): %3").arg(p.sheetRow()).arg(p.column, p.message);
            else
                lines << tr("Row %1: %2").arg(p.sheetRow()).arg(p.message);
        }
        return lines.join(u'\n');
    }

    const int units = unitsAdded + unitsUpdated + unitsUnchanged;
    const int residents = residentsAdded + residentsUpdated + residentsUnchanged;
    if (preview) {
        lines << tr("Ready to import %n unit(s): %1 new, %2 changed, %3 unchanged.", nullptr, units)
                     .arg(unitsAdded)
                     .arg(unitsUpdated)
                     .arg(unitsUnchanged);
        lines << tr("%n resident(s): %1 new, %2 with new phone numbers, %3 unchanged.", nullptr, residents)
                     .arg(residentsAdded)
                     .arg(residentsUpdated)
                     .arg(residentsUnchanged);
    } else if (!changedAnything()) {
        lines << tr("Nothing changed: the registry already holds all %n unit(s) of this file as they are.", nullptr,
                    units);
    } else {
        lines << tr("Imported %n unit(s): %1 added, %2 updated, %3 unchanged.", nullptr, units)
                     .arg(unitsAdded)
                     .arg(unitsUpdated)
                     .arg(unitsUnchanged);
        lines << tr("%n resident(s): %1 added, %2 with new phone numbers, %3 unchanged.", nullptr, residents)
                     .arg(residentsAdded)
                     .arg(residentsUpdated)
                     .arg(residentsUnchanged);
    }
    if (buildingsAdded > 0 || zonesAdded > 0)
        lines << (preview ? tr("New buildings: %1; new butler zones: %2.")
                          : tr("Buildings added: %1; butler zones added: %2."))
                     .arg(buildingsAdded)
                     .arg(zonesAdded);
    if (!encoding.isEmpty())
        lines << tr("%n data row(s) read (text encoding %1).", nullptr, rowsRead).arg(encoding);
    return lines.join(u'\n');
}

} // namespace fd

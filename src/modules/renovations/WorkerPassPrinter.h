#pragma once

#include "core/Result.h"
#include "modules/renovations/Renovation.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

// A worker's pass (装修施工出入证, R-RN-1) as it is printed and worn: the site, the pass's number, the
// worker (name, ID masked, trade), the unit and the renovation with its company, the days it is valid
// and the site's working hours; a voided pass prints with 作废 and why.
class WorkerPassPrinter
{
    Q_DECLARE_TR_FUNCTIONS(WorkerPassPrinter)

public:
    struct Card
    {
        QString siteName;
        WorkerPass pass;
        RenovationWorker worker;
        Renovation renovation; // number, unit, company
        QString workingHours;  // "08:00–18:00"
    };

    [[nodiscard]] static QString html(const Card& card);
    // Writes the PDF (one A6 page) to `path`, overwriting it.
    static Status writePdf(const Card& card, const QString& path);
};

} // namespace fd

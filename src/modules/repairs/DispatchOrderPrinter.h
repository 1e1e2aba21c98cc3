#pragma once

#include "core/Result.h"
#include "engine/tickets/Ticket.h"
#include "modules/repairs/RepairTypes.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

// The printed 维修派工单 (R-RP-1): one A5 page for the technician with the order number, the unit,
// the person and their phone in full (the technician has to call; lists mask it), the problem, the
// department and technician, the priced items and total, and blanks for the return (R-RP-3).
class DispatchOrderPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DispatchOrderPrinter)

public:
    struct Sheet
    {
        QString siteName;
        Ticket ticket;
        QString unitCode;
        RepairOrder order;
    };

    [[nodiscard]] static QString html(const Sheet& sheet);
    // Writes the PDF to `path` (overwriting it).
    static Status writePdf(const Sheet& sheet, const QString& path);
};

} // namespace fd

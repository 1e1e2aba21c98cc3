#pragma once

#include "engine/tickets/Ticket.h"

#include <QList>
#include <QString>

namespace fd {

// One line of the site's fee schedule (有偿服务项目及收费标准, R-RP-1). Prices are integer fen.
struct FeeItem
{
    qint64 id = 0;
    QString code;
    QString name;
    QString unit; // what one quantity is: 次, 个, 米…
    qint64 priceFen = 0;
    bool active = true;
    int version = 1;
};

// What the desk asks for: a fee item and how many.
struct QuoteRequest
{
    qint64 feeItemId = 0;
    int quantity = 1;
};

// A priced line, as it is printed on the dispatch order and kept with it.
struct QuotedLine
{
    qint64 feeItemId = 0;
    QString code;
    QString name;
    QString unit;
    qint64 priceFen = 0;
    int quantity = 0;
    qint64 amountFen = 0;
};

struct Quote
{
    QList<QuotedLine> lines;
    qint64 totalFen = 0;
};

// What the dispatch dialog collects (R-RP-1).
struct DispatchRequest
{
    QString department;
    QString technician;
    QString category;
    bool paid = false;
    QList<QuoteRequest> items; // paid repairs only
    QString note;
};

// One row of repair_orders: the numbered 维修派工单 (PG-20261123-0003).
struct RepairOrder
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString number;
    QString category;
    bool paid = false;
    Quote quote;
    QString department;
    QString technician;
    QString note;
    qint64 createdMs = 0;
    qint64 createdBy = 0;
};

// What the department reports when the order comes back (R-RP-3).
struct RepairReturn
{
    QString technician;
    QString materials;
    int minutesSpent = 0;
    qint64 chargeFen = 0;
    QString result;
};

struct RepairDispatch
{
    Ticket ticket;
    RepairOrder order;
};

// A repair ticket as the repairs list shows it (the full ticket comes from TicketService::find).
struct RepairRow
{
    qint64 ticketId = 0;
    QString number;
    TicketStatus status = TicketStatus::New;
    QString unitCode;
    QString personName;
    QString callerPhone; // full: the list masks it
    QString description;
    QString category;
    QString department;
    qint64 occurredMs = 0;
    bool retroactive = false;
    qint64 secondDispatchOf = 0;
    QString orderNumber; // the latest dispatch order, if any
    QString technician;
    qint64 totalFen = 0;
    bool paid = false;
};

} // namespace fd

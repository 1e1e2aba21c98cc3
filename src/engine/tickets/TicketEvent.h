#pragma once

#include "engine/tickets/TicketTerms.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace fd {

// One row of `ticket_events`: what happened to a ticket, when (the real time) and when it was entered.
struct TicketEvent
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 atMs = 0;
    qint64 recordedMs = 0;
    qint64 actorId = 0;
    QString kind; // TicketTerms::eventKey()
    std::optional<TicketStatus> fromStatus;
    TicketStatus toStatus = TicketStatus::New;
    QString note;
    QJsonObject data;
};

} // namespace fd

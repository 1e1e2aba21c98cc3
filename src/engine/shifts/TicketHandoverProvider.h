#pragma once

#include "engine/shifts/HandoverProvider.h"

#include <QCoreApplication>

namespace fd {

class Database;

// The open tickets of a post, for its handover sheet (R-SH-2): those in its custody (tickets.post_id).
// A ticket starts in the custody of the post its taker was on (the site's first desk post when they
// were on none) and moves with every sealed handover to the post the arriving person works at
// (ShiftService::acceptByArriving), so it is on every sheet of the post that holds it until it is
// closed: the evening desk's open tickets are on the control room's morning sheet (R-SH-3).
// Closed and cancelled tickets are not open.
class TicketHandoverProvider final : public HandoverProvider
{
    Q_DECLARE_TR_FUNCTIONS(TicketHandoverProvider)

public:
    explicit TicketHandoverProvider(Database& db);

    [[nodiscard]] QString source() const override;
    [[nodiscard]] Result<QList<HandoverLine>> openItems(const Post& post, qint64 asOfMs) const override;

private:
    Database& m_db;
};

} // namespace fd

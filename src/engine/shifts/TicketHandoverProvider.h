#pragma once

#include "engine/shifts/HandoverProvider.h"

#include <QCoreApplication>

namespace fd {

class Database;

// The open tickets of a post, for its handover sheet (R-SH-2). A ticket belongs to the post where
// it was taken in: the post of the shift its creator was on when it was entered (tickets carry no
// post column; shifts already say who was where). A ticket entered by someone on no shift belongs
// to no post. Closed and cancelled tickets are not open.
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

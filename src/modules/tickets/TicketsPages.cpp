#include "modules/tickets/TicketsPages.h"

#include "desk/DeskContext.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/tickets/TicketDialog.h"

using namespace Qt::StringLiterals;

namespace fd {

void addTicketsPages(PageRegistry& pages)
{
    pages.setTicketWindow([](DeskContext& desk, qint64 ticketId, QWidget* parent) -> QWidget* {
        Services& s = desk.services;
        auto* dialog = new TicketDialog(s.tickets, s.registry, s.accounts, s.clock, desk.session(), ticketId, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        return dialog;
    });
}

} // namespace fd

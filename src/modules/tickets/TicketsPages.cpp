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
        auto* dialog = new TicketDialog(desk.services, desk.session(), ticketId, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        return dialog;
    });
}

} // namespace fd

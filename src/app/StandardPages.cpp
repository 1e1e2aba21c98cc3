#include "app/StandardPages.h"

#include "modules/accounts/AccountsPages.h"
#include "modules/callbacks/CallbacksPages.h"
#include "modules/complaints/ComplaintsPages.h"
#include "modules/controlroom/ControlRoomPages.h"
#include "modules/fees/FeesPages.h"
#include "modules/home/HomePages.h"
#include "modules/intake/IntakePages.h"
#include "modules/lobby/LobbyPages.h"
#include "modules/moves/MovesPages.h"
#include "modules/renovations/RenovationsPages.h"
#include "modules/queues/QueuesPages.h"
#include "modules/registry/RegistryPages.h"
#include "modules/repairs/RepairsPages.h"
#include "modules/reports/ReportsPages.h"
#include "modules/review/ReviewPages.h"
#include "modules/search/SearchPages.h"
#include "modules/shifts/ShiftsPages.h"
#include "modules/sitesettings/SiteSettingsPages.h"
#include "modules/tickets/TicketsPages.h"
#include "modules/visitors/VisitorsPages.h"

namespace fd {

PageRegistry standardPages()
{
    PageRegistry pages;
    addHomePages(pages);
    addQueuesPages(pages);
    addRegistryPages(pages);
    addIntakePages(pages);
    addRepairsPages(pages);
    addComplaintsPages(pages);
    addCallbacksPages(pages);
    addVisitorsPages(pages);
    addLobbyPages(pages);
    addMovesPages(pages);
    addRenovationsPages(pages);
    addShiftsPages(pages);
    addControlRoomPages(pages);
    addReviewPages(pages);
    addReportsPages(pages);
    addFeesPages(pages);
    addAccountsPages(pages);
    addSiteSettingsPages(pages);
    addTicketsPages(pages);
    addSearchPages(pages);
    return pages;
}

} // namespace fd

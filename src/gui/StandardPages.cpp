#include "gui/StandardPages.h"

#include "gui/DeskPages.h"
#include "modules/callbacks/CallbacksPages.h"
#include "modules/complaints/ComplaintsPages.h"
#include "modules/intake/IntakePages.h"
#include "modules/registry/RegistryPages.h"
#include "modules/repairs/RepairsPages.h"
#include "modules/reports/ReportsPages.h"
#include "modules/sitesettings/SiteSettingsPages.h"
#include "modules/visitors/VisitorsPages.h"

namespace fd {

PageRegistry standardPages()
{
    PageRegistry pages;
    addDeskPages(pages);
    addRegistryPages(pages);
    addIntakePages(pages);
    addRepairsPages(pages);
    addComplaintsPages(pages);
    addCallbacksPages(pages);
    addVisitorsPages(pages);
    addReportsPages(pages);
    addSiteSettingsPages(pages);
    return pages;
}

} // namespace fd

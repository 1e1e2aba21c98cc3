#include "modules/reports/ReportsPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/reports/ReportService.h"
#include "modules/reports/ReportsPage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addReportsPages(PageRegistry& pages)
{
    pages.add({
        .key = u"reports"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Reports"); },
        .icon = u":/icons/reports.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::Key_0),
        .permissions = {Permission::ViewReports},
        .order = 130,
        .records = {},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            auto* page = new ReportsPage(desk.services.reports, desk.services.site, desk.services.clock, parent);
            return deskPage(page, DeskPageHooks{.sessionRefreshes = true});
        },
    });
}

} // namespace fd

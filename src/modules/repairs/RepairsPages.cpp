#include "modules/repairs/RepairsPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "engine/ChangeFeed.h"
#include "modules/repairs/RepairService.h"
#include "modules/repairs/RepairsPage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addRepairsPages(PageRegistry& pages)
{
    pages.add({
        .key = u"repairs"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Repairs"); },
        .icon = u":/icons/repairs.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::Key_4),
        .permissions = {Permission::WorkTickets, Permission::EditFeeSchedule},
        .order = 50,
        .records = {},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            auto* page = new RepairsPage(desk.services.repairs, desk.services.tickets, desk.services.site, parent);
            // A repair opened or moved on at any desk (issue 16: also another computer's) shows at once.
            QObject::connect(&desk.services.changes, &ChangeFeed::changed, page, [page](const QList<Change>& changes) {
                if (page->isVisible() && ChangeFeed::touches(changes, {"ticket"}))
                    page->refresh();
            });
            return deskPage(page, DeskPageHooks{.sessionRefreshes = true});
        },
    });
}

} // namespace fd

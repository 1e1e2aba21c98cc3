#include "modules/sitesettings/SiteSettingsPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/sitesettings/SiteSettingsPage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addSiteSettingsPages(PageRegistry& pages)
{
    pages.add({
        .key = u"sitesettings"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Site settings"); },
        .icon = u":/icons/sitesettings.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        .permissions = {Permission::EditSiteRules},
        .order = 150,
        .records = {},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            auto* page = new SiteSettingsPage(desk.services.rules, desk.services.siteCatalog, parent);
            return deskPage(page);
        },
    });
}

} // namespace fd

#include "modules/sitesettings/SiteSettingsPages.h"

#include "modules/Services.h"
#include "modules/desk/DeskContext.h"
#include "modules/desk/DeskPageOf.h"
#include "modules/desk/PageRegistry.h"
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
            auto* page = new SiteSettingsPage(desk.services, parent);
            return deskPage(page);
        },
    });
}

} // namespace fd

#include "modules/home/HomePages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "engine/SiteSetup.h"
#include "modules/home/HomePage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addHomePages(PageRegistry& pages)
{
    pages.add({
        .key = u"home"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Home"); },
        .icon = u":/icons/home.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::Key_1),
        .permissions = {},
        .order = 10,
        .records = {},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            auto* page = new HomePage(parent);
            page->setSiteName(desk.services.site.siteName());
            page->setServices(desk.services.reviews, desk.services.intake, desk.services.minuteTick,
                              desk.services.changes);
            QObject::connect(page, &HomePage::openReviewRequested, &desk, [&desk] { desk.showPage(u"review"_s); });
            QObject::connect(page, &HomePage::openIntakeRequested, &desk, [&desk] { desk.showPage(u"intake"_s); });
            return deskPage(page);
        },
    });
}

} // namespace fd

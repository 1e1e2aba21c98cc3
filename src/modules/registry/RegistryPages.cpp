#include "modules/registry/RegistryPages.h"

#include "core/Clock.h"
#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/registry/RegistryPage.h"
#include "modules/registry/RegistryService.h"
#include "modules/registry/UnitDetailWidget.h"

using namespace Qt::StringLiterals;

namespace fd {

void addRegistryPages(PageRegistry& pages)
{
    pages.add({
        .key = u"registry"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Registry"); },
        .icon = u":/icons/registry.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::Key_2),
        .permissions = {},
        .order = 30,
        .records = {u"unit"_s},
        .follows = {u"unit"_s, u"resident"_s},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            auto* page = new RegistryPage(desk.services.registry, desk.services.clock, parent);
            page->detail()->setFacts(&desk.services.unitFacts);
            return deskPage(page, DeskPageHooks{.activated = [page] { page->focusSearch(); },
                                                .openRecord =
                                                    [page](const QString&, qint64 id) {
                                                        page->openUnit(id);
                                                        return true;
                                                    }});
        },
    });
}

} // namespace fd

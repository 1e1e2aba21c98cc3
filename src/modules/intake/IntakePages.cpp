#include "modules/intake/IntakePages.h"

#include "desk/Services.h"
#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "modules/intake/IntakePage.h"
#include "modules/intake/IntakeService.h"

using namespace Qt::StringLiterals;

namespace fd {

void addIntakePages(PageRegistry& pages)
{
    pages.add({
        .key = u"intake"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Intake"); },
        .icon = u":/icons/intake.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::Key_3),
        .permissions = {Permission::TakeIn},
        .order = 40,
        .records = {},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            auto* page = new IntakePage(desk.services, desk.services.intake, parent);
            return deskPage(page, DeskPageHooks{.activated = [page] { page->focusForm(); }});
        },
    });
}

} // namespace fd

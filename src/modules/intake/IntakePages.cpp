#include "modules/intake/IntakePages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
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
            Services& s = desk.services;
            auto* page = new IntakePage(s.intake, s.registry, s.rules, s.clock, parent);
            return deskPage(page, DeskPageHooks{.activated = [page] { page->focusForm(); }});
        },
    });
}

} // namespace fd

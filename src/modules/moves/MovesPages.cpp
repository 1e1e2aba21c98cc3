#include "modules/moves/MovesPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/moves/MoveService.h"
#include "modules/moves/MoveSteps.h"
#include "modules/moves/MovesPage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addMovesPages(PageRegistry& pages)
{
    // M for "moves"; the digits are taken by the pages looked at all day.
    pages.add({
        .key = u"moves"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Move-ins and move-outs"); },
        .icon = u":/icons/moves.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        .permissions = {Permission::WorkTheDesk, Permission::EditSiteRules}, // the administrator: the site's steps
        .order = 95,
        .records = {QString::fromLatin1(MoveService::SearchKind), MoveSteps::key(MoveKind::In),
                    MoveSteps::key(MoveKind::Out)},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            Services& s = desk.services;
            auto* page = new MovesPage(
                {s.moves, s.unitKeys, s.lift, s.archive, s.charges, s.registry, s.changes, s.minuteTick, s.clock},
                parent);
            QObject::connect(page, &MovesPage::ticketRequested, &desk, &DeskContext::openTicket);
            QObject::connect(page, &MovesPage::dueChanged, &desk,
                             [&desk](int count) { desk.setBadge(u"moves"_s, count, false); });
            // Eager: the badge counts the moves due while another page is in front.
            return deskPage(
                page, {.openRecord = [page](const QString&, qint64 id) { return page->showMove(id); }, .eager = true});
        },
    });
}

} // namespace fd

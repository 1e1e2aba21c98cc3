#include "modules/visitors/VisitorsPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/visitors/VisitorService.h"
#include "modules/visitors/VisitorsPage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addVisitorsPages(PageRegistry& pages)
{
    pages.add({
        .key = u"visitors"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Visitors"); },
        .icon = u":/icons/visitors.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::Key_7),
        .permissions = {Permission::ReceiveVisitors},
        .order = 80,
        .records = {QString::fromLatin1(VisitorService::WatchSource)},
        .follows = {u"visit"_s, u"unit_instruction"_s},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            Services& s = desk.services;
            auto* page = new VisitorsPage(s.visitors, s.registry, s.clock, s.minuteTick, parent);
            return deskPage(page, DeskPageHooks{.openRecord = [page](const QString&, qint64 id) {
                                page->showRecord(id);
                                return true;
                            }});
        },
    });
}

} // namespace fd

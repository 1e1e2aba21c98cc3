#include "modules/lobby/LobbyPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/lobby/LobbyLogsPage.h"
#include "modules/parcels/ParcelService.h"
#include "modules/storeditems/StoredItemService.h"
#include "modules/tools/ToolService.h"

using namespace Qt::StringLiterals;

namespace fd {

void addLobbyPages(PageRegistry& pages)
{
    pages.add({
        .key = u"parcels"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Storage and mail"); },
        .icon = u":/icons/parcels.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::Key_8),
        .permissions = {Permission::WorkTheDesk, Permission::ManageTools},
        .order = 90,
        .records = {QString::fromLatin1(ParcelService::WatchSource),
                    QString::fromLatin1(StoredItemService::WatchSource), QString::fromLatin1(ToolService::WatchSource)},
        .follows = LobbyLogsPage::followed(),
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            Services& s = desk.services;
            auto* page = new LobbyLogsPage({.parcels = s.parcels,
                                            .storedItems = s.storedItems,
                                            .tools = s.tools,
                                            .registry = s.registry,
                                            .site = s.site,
                                            .clock = s.clock,
                                            .minuteTick = s.minuteTick},
                                           parent);
            return deskPage(page, {.openRecord = [page](const QString& source, qint64 id) {
                                return page->showRecord(source, id);
                            }});
        },
    });
}

} // namespace fd

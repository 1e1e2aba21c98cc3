#include "modules/controlroom/ControlRoomPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/controlroom/ControlRoomPage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addControlRoomPages(PageRegistry& pages)
{
    // The night's calls (R-SH-3) belong to a time of day: a chord.
    pages.add({
        .key = u"nightcalls"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Night calls"); },
        .icon = u":/icons/nightcalls.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        .permissions = {Permission::DirectDispatch, Permission::EnterNightCalls},
        .order = 110,
        .records = {},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            Services& s = desk.services;
            return deskPage(new ControlRoomPage({.controlRoom = s.controlRoom,
                                                 .registry = s.registry,
                                                 .shifts = s.shifts,
                                                 .tickets = s.tickets,
                                                 .clock = s.clock,
                                                 .minuteTick = s.minuteTick,
                                                 .changes = s.changes},
                                                parent));
        },
    });
}

} // namespace fd

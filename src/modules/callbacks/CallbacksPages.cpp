#include "modules/callbacks/CallbacksPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/callbacks/CallbackService.h"
#include "modules/callbacks/CallbacksPage.h"
#include "modules/callbacks/VisitService.h"

using namespace Qt::StringLiterals;

namespace fd {

void addCallbacksPages(PageRegistry& pages)
{
    pages.add({
        .key = u"callbacks"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Callbacks"); },
        .icon = u":/icons/callbacks.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::Key_6),
        .permissions = {Permission::CallBack, Permission::WorkTheDesk},
        .order = 70,
        .records = {},
        .follows = {u"ticket"_s, u"callback_attempt"_s, u"customer_visit"_s, u"community_event"_s},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            Services& s = desk.services;
            auto* page = new CallbacksPage({.callbacks = s.callbacks,
                                            .tickets = s.tickets,
                                            .communityEvents = s.communityEvents,
                                            .registry = s.registry,
                                            .clock = s.clock,
                                            .minuteTick = s.minuteTick,
                                            .visits = &s.visits},
                                           parent);
            return deskPage(page);
        },
    });
}

} // namespace fd

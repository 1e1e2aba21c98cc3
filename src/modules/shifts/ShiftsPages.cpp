#include "modules/shifts/ShiftsPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/shifts/ShiftPage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addShiftsPages(PageRegistry& pages)
{
    pages.add({
        .key = u"handover"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Handover"); },
        .icon = u":/icons/handover.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::Key_9),
        .permissions = {Permission::WorkShifts},
        .order = 100,
        .records = {},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            Services& s = desk.services;
            auto* page = new ShiftPage({.shifts = s.shifts,
                                        .accounts = s.accounts,
                                        .rules = s.rules,
                                        .site = s.site,
                                        .clock = s.clock,
                                        .minuteTick = s.minuteTick,
                                        .changes = s.changes},
                                       parent);
            // Who is on duty decides whose reminders these are and what the status bar says.
            QObject::connect(page, &ShiftPage::shiftChanged, &desk, &DeskContext::dutyChanged);
            return deskPage(page);
        },
    });
}

} // namespace fd

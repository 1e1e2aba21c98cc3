#include "modules/complaints/ComplaintsPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/complaints/ComplaintService.h"
#include "modules/complaints/ComplaintsPage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addComplaintsPages(PageRegistry& pages)
{
    pages.add({
        .key = u"complaints"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Complaints"); },
        .icon = u":/icons/complaints.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::Key_5),
        .permissions = {Permission::WorkTickets, Permission::JudgeComplaints},
        .order = 60,
        .records = {},
        .follows = {u"ticket"_s, u"complaint_decision"_s, u"complaint_extension"_s, u"complaint_group"_s},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            Services& s = desk.services;
            auto* page = new ComplaintsPage(s.complaints, s.tickets, s.clock, s.minuteTick, parent);
            return deskPage(page, DeskPageHooks{.sessionRefreshes = true});
        },
    });
}

} // namespace fd

#include "modules/renovations/RenovationsPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/renovations/RenovationService.h"
#include "modules/renovations/RenovationsPage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addRenovationsPages(PageRegistry& pages)
{
    // D for "decoration" (装修); R and N are the morning review's and the control room's.
    pages.add({
        .key = u"renovations"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Renovations"); },
        .icon = u":/icons/renovations.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
        // The desk applies and keeps the roster, the supervisor reviews and accepts, the cashier refunds,
        // the control room checks passes at night, the administrator keeps the site's list of work.
        .permissions = {Permission::WorkTheDesk, Permission::ReviewRenovations, Permission::CollectFees,
                        Permission::ReceiveVisitors, Permission::EditSiteRules},
        .order = 96,
        .records = {QString::fromLatin1(RenovationService::SearchKind),
                    QString::fromLatin1(RenovationService::PassSearchKind),
                    QString::fromLatin1(RenovationService::EndWatch),
                    QString::fromLatin1(RenovationService::ProblemWatch),
                    QString::fromLatin1(RenovationService::RefundWatch)},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            Services& s = desk.services;
            auto* page = new RenovationsPage(
                {s.renovations, s.charges, s.registry, s.site, s.rules, s.changes, s.minuteTick, s.clock}, parent);
            QObject::connect(page, &RenovationsPage::dueChanged, &desk,
                             [&desk](int count) { desk.setBadge(u"renovations"_s, count, false); });
            // Eager: the badge counts what needs the desk while another page is in front.
            return deskPage(
                page, {.openRecord = [page](const QString& kind, qint64 id) { return page->showRecord(kind, id); },
                       .eager = true});
        },
    });
}

} // namespace fd

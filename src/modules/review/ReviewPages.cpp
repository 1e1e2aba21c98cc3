#include "modules/review/ReviewPages.h"

#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/review/MorningReviewPage.h"

using namespace Qt::StringLiterals;

namespace fd {

void addReviewPages(PageRegistry& pages)
{
    // The morning review (R-SH-4) belongs to a time of day: a chord.
    pages.add({
        .key = u"review"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Morning review"); },
        .icon = u":/icons/review.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        .permissions = {Permission::ReviewShifts},
        .order = 120,
        .records = {},
        .follows = MorningReviewPage::followed(),
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            return deskPage(new MorningReviewPage(desk.services.reviews, parent));
        },
    });
}

} // namespace fd

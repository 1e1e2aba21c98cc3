#include "modules/search/SearchPages.h"

#include "desk/DeskContext.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "modules/search/GlobalSearch.h"

using namespace Qt::StringLiterals;

namespace fd {

void addSearchPages(PageRegistry& pages)
{
    pages.setSearchBox([](DeskContext& desk, QWidget* parent) -> SearchBox* {
        auto* box = new GlobalSearch(desk.services.registry, desk.services.search, parent);
        box->setSession(desk.session());
        QObject::connect(&desk, &DeskContext::sessionChanged, box, &GlobalSearch::setSession);
        QObject::connect(box, &GlobalSearch::unitChosen, &desk, [&desk](qint64 id) { desk.openRecord(u"unit"_s, id); });
        QObject::connect(box, &GlobalSearch::ticketChosen, &desk, &DeskContext::openTicket);
        QObject::connect(box, &GlobalSearch::recordChosen, &desk, &DeskContext::openRecord);
        return box;
    });
}

} // namespace fd

#pragma once

namespace fd {

class PageRegistry;

// The visitors module's pages in the window (issue 12: the window names no page).
void addVisitorsPages(PageRegistry& pages);

} // namespace fd

#pragma once

namespace fd {

class PageRegistry;

// The reports module's pages in the window (issue 12: the window names no page).
void addReportsPages(PageRegistry& pages);

} // namespace fd

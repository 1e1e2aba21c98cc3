#pragma once

namespace fd {

class PageRegistry;

// The complaints module's pages in the window (issue 12: the window names no page).
void addComplaintsPages(PageRegistry& pages);

} // namespace fd

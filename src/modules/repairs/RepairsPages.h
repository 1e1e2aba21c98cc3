#pragma once

namespace fd {

class PageRegistry;

// The repairs module's pages in the window (issue 12: the window names no page).
void addRepairsPages(PageRegistry& pages);

} // namespace fd

#pragma once

namespace fd {

class PageRegistry;

// The registry module's pages in the window (issue 12: the window names no page).
void addRegistryPages(PageRegistry& pages);

} // namespace fd

#pragma once

namespace fd {

class PageRegistry;

// The callbacks module's pages in the window (issue 12: the window names no page).
void addCallbacksPages(PageRegistry& pages);

} // namespace fd

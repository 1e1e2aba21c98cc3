#pragma once

namespace fd {

class PageRegistry;

// The intake module's pages in the window (issue 12: the window names no page).
void addIntakePages(PageRegistry& pages);

} // namespace fd

#pragma once

namespace fd {

class PageRegistry;

// The toolbar's search box over units, tickets, people and the lobby's records (issue 12).
void addSearchPages(PageRegistry& pages);

} // namespace fd

#pragma once

namespace fd {

class PageRegistry;

// Storage and mail: the stored items, parcels and tools lent, one page with a tab each (issue 12).
void addLobbyPages(PageRegistry& pages);

} // namespace fd

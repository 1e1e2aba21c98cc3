#pragma once

namespace fd {

class PageRegistry;

// Registers the cashier's page (收费, issue 13).
void addFeesPages(PageRegistry& pages);

} // namespace fd

#pragma once

namespace fd {

class PageRegistry;

// The site settings module's pages in the window (issue 12: the window names no page).
void addSiteSettingsPages(PageRegistry& pages);

} // namespace fd

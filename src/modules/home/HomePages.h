#pragma once

namespace fd {

class PageRegistry;

// The home page: who is signed in, the day's figures, the morning review's banner (issue 12).
void addHomePages(PageRegistry& pages);

} // namespace fd

#pragma once

namespace fd {

class PageRegistry;

// The pages that still live in gui/ (home, queues, the desk's logs, handover, night calls, the
// morning review, accounts), registered like any module's (issue 12).
void addDeskPages(PageRegistry& pages);

} // namespace fd

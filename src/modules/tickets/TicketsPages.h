#pragma once

namespace fd {

class PageRegistry;

// The window a ticket opens in, from a queue, a search or a reminder (issue 12).
void addTicketsPages(PageRegistry& pages);

} // namespace fd

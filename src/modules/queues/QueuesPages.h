#pragma once

namespace fd {

class PageRegistry;

// The queues page: every open ticket by what is due first (issue 12).
void addQueuesPages(PageRegistry& pages);

} // namespace fd

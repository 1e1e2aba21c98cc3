#pragma once

namespace fd {

class PageRegistry;

// The accounts page: people, roles, locked accounts and passwords (issue 12).
void addAccountsPages(PageRegistry& pages);

} // namespace fd

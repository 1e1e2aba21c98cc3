#pragma once

namespace fd {

class PageRegistry;

// 入伙与迁出: the move-ins and move-outs page (issue 14).
void addMovesPages(PageRegistry& pages);

} // namespace fd

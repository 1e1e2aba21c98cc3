#pragma once

namespace fd {

class PageRegistry;

// 装修管理: the renovations page (issue 15).
void addRenovationsPages(PageRegistry& pages);

} // namespace fd

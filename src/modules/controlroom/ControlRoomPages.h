#pragma once

namespace fd {

class PageRegistry;

// The night calls page: the control room's calls and the morning's entry of them (R-SH-3, issue 12).
void addControlRoomPages(PageRegistry& pages);

} // namespace fd

#pragma once

namespace fd {

class PageRegistry;

// The handover page: shifts, posts and the handover sheet (R-SH-1..2, issue 12).
void addShiftsPages(PageRegistry& pages);

} // namespace fd

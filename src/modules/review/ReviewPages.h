#pragma once

namespace fd {

class PageRegistry;

// The morning review page: the previous shifts' records, read and marked (R-SH-4, issue 12).
void addReviewPages(PageRegistry& pages);

} // namespace fd

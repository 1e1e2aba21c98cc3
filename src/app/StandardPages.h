#pragma once

#include "desk/PageRegistry.h"

namespace fd {

// Every page the product ships, each added by its module, with the search box and the ticket
// window: adding a module is its folder and one line here (docs/adding-a-module.md). The shell
// (gui) is handed this list and names no module.
[[nodiscard]] PageRegistry standardPages();

} // namespace fd

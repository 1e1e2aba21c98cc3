#pragma once

#include "modules/desk/PageRegistry.h"

namespace fd {

// Every page the product ships, each added by its module: adding a module is its folder and one
// line in StandardPages.cpp (docs/adding-a-module.md).
[[nodiscard]] PageRegistry standardPages();

} // namespace fd

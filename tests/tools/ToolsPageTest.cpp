#include "ToolFixture.h"

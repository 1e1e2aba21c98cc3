#pragma once

#include <QString>

namespace fd {

// What went wrong, in words a clerk can act on. `field` names the form field the message belongs
// next to (empty when it concerns the whole action); `row` is the 1-based data row of an import.
struct Error
{
    QString code;
    QString message;
    QString field;
    int row = 0;
};

} // namespace fd

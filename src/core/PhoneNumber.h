#pragma once

#include <QString>

namespace fd {

// Phone numbers as the desk meets them: mainland mobiles (11 digits starting 1[3-9]) and
// landlines with or without an area code (0755-86001234, 86001234). Spaces and dashes are allowed
// when typing and removed when stored.
class PhoneNumber
{
public:
    [[nodiscard]] static QString normalize(const QString& raw);
    [[nodiscard]] static bool isValid(const QString& raw);
    [[nodiscard]] static QString tail(const QString& raw, int digits = 4);
};

} // namespace fd

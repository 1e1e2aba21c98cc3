#pragma once

#include <QString>

namespace fd {

// Masking of personal data (phone and ID numbers) for lists, logs and exports.
class PersonalData
{
public:
    // 13812345678 -> 138****5678; a landline keeps its last 4 digits.
    [[nodiscard]] static QString maskPhone(const QString& phone);
    // Replaces every phone-like and ID-card-like number inside free text (used by the logger).
    [[nodiscard]] static QString maskText(const QString& text);
    [[nodiscard]] static std::string maskText(const std::string& text);
};

} // namespace fd

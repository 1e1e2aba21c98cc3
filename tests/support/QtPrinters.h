#pragma once

#include <QString>

#include <ostream>

// Lets GoogleTest print QStrings (parameter names, failed comparisons) as text instead of bytes.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

#pragma once

#include <QString>

#include <optional>

namespace fd {

// Money is integer fen (分) everywhere (R-FE-5, DESIGN.md): never a floating-point number. This is
// how an amount is written and read, and the one rounding rule of the fees: a product or a share
// (area × rate, a part period by days) is rounded per line to the nearest fen, halves away from zero
// (四舍五入), exactly, in 128-bit integers.
class Money
{
public:
    // "¥1,234.50", "-¥3.20", "¥0.00".
    [[nodiscard]] static QString text(qint64 fen);
    // The same without the sign of the currency, for a field being edited: "1234.50".
    [[nodiscard]] static QString plain(qint64 fen);
    // An amount as a person types it, in yuan: "12", "12.3", "1,234.50", "¥8", "-3.2". Empty when it
    // is no amount, has more than two decimals (a third is refused, never rounded away) or is beyond
    // a trillion yuan.
    [[nodiscard]] static std::optional<qint64> parse(const QString& text);
    // The amount in capital numerals as a Chinese receipt writes it (大写金额), which cannot be altered
    // by a stroke: 壹仟贰佰叁拾肆元伍角整, 贰佰壹拾元零贰分, 零元整; a negative amount starts with 负.
    [[nodiscard]] static QString capitals(qint64 fen);
    // a × b / c, rounded half away from zero; c must not be 0.
    [[nodiscard]] static qint64 mulDiv(qint64 a, qint64 b, qint64 c);
};

} // namespace fd

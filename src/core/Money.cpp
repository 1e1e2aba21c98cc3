#include "core/Money.h"

#include <QRegularExpression>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr qint64 kMostYuan = 1'000'000'000'000; // a trillion yuan: far beyond any property fee
__extension__ using Wide = __int128;            // GCC's 128-bit integer: a product of two fen amounts fits

} // namespace

QString Money::plain(qint64 fen)
{
    const QString sign = fen < 0 ? u"-"_s : QString();
    const quint64 a = fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
    return u"%1%2.%3"_s.arg(sign).arg(a / 100).arg(a % 100, 2, 10, QChar(u'0'));
}

QString Money::text(qint64 fen)
{
    const quint64 a = fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
    QString yuan = QString::number(a / 100);
    for (qsizetype i = yuan.size() - 3; i > 0; i -= 3) // thousands apart, as printed on a receipt
        yuan.insert(i, u',');
    return u"%1¥%2.%3"_s.arg(fen < 0 ? u"-"_s : QString(), yuan).arg(a % 100, 2, 10, QChar(u'0'));
}

std::optional<qint64> Money::parse(const QString& text)
{
    static const QRegularExpression amount(
        u"^\\s*(-?)\\s*[¥￥]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s*$"_s);
    const auto m = amount.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(2);
    digits.remove(u',');
    if (digits.size() > 13)
        return std::nullopt;
    const qint64 yuan = digits.toLongLong();
    if (yuan > kMostYuan)
        return std::nullopt;
    const qint64 fen = yuan * 100 + (m.captured(3).isEmpty() ? 0 : m.captured(3).leftJustified(2, u'0').toLongLong());
    return m.captured(1).isEmpty() ? fen : -fen;
}

qint64 Money::mulDiv(qint64 a, qint64 b, qint64 c)
{
    Q_ASSERT(c != 0);
    Wide n = Wide(a) * b;
    bool negative = (n < 0) != (c < 0);
    if (n < 0)
        n = -n;
    const Wide d = c < 0 ? -Wide(c) : Wide(c);
    const Wide q = (n * 2 + d) / (d * 2); // half away from zero
    return qint64(negative ? -q : q);
}

} // namespace fd

#include "core/Money.h"

#include <QRegularExpression>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr qint64 kMostYuan = 1'000'000'000'000; // a trillion yuan: far beyond any property fee
__extension__ using Wide = __int128;            // GCC's 128-bit integer: a product of two fen amounts fits

} // namespace

namespace {

const QString kDigits = u"零壹贰叁肆伍陆柒捌玖"_s;

// 1–9999 with 仟佰拾; zeros inside read as one 零, none at the end: 1010 → 壹仟零壹拾.
QString fourDigits(quint64 n)
{
    static const QString units[] = {u"仟"_s, u"佰"_s, u"拾"_s, QString()};
    QString out;
    bool zero = false;
    for (int i = 0, div = 1000; i < 4; ++i, div /= 10) {
        const quint64 d = n / quint64(div) % 10;
        if (d == 0) {
            zero = !out.isEmpty();
            continue;
        }
        if (zero)
            out += kDigits.at(0);
        zero = false;
        out += kDigits.at(qsizetype(d)) + units[i];
    }
    return out;
}

// Whole yuan in groups of four (亿, 万, one); a gap of zeros between groups reads as one 零.
QString wholeYuan(quint64 n)
{
    if (n >= 100'000'000)
        return wholeYuan(n / 100'000'000) + u"亿"_s +
               (n % 100'000'000 == 0
                    ? QString()
                    : (n % 100'000'000 < 10'000'000 ? u"零"_s : QString()) + wholeYuan(n % 100'000'000));
    if (n >= 10'000)
        return fourDigits(n / 10'000) + u"万"_s +
               (n % 10'000 == 0 ? QString() : (n % 10'000 < 1'000 ? u"零"_s : QString()) + fourDigits(n % 10'000));
    return fourDigits(n);
}

} // namespace

QString Money::capitals(qint64 fen)
{
    const quint64 a = fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
    const quint64 yuan = a / 100;
    const quint64 jiao = a / 10 % 10;
    const quint64 cents = a % 10;
    QString out = fen < 0 ? u"负"_s : QString();
    if (a == 0)
        return u"零元整"_s;
    if (yuan > 0)
        out += wholeYuan(yuan) + u"元"_s;
    if (jiao == 0 && cents == 0)
        return out + u"整"_s;
    if (jiao > 0)
        out += kDigits.at(qsizetype(jiao)) + u"角"_s;
    else if (yuan > 0)
        out += kDigits.at(0);
    if (cents > 0)
        return out + kDigits.at(qsizetype(cents)) + u"分"_s;
    return out + u"整"_s;
}

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

#include "modules/repairs/RepairDisplay.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fd {

QString RepairDisplay::money(qint64 fen)
{
    const QString sign = fen < 0 ? u"-"_s : QString();
    const qint64 a = std::llabs(fen);
    return u"%1¥%2.%3"_s.arg(sign).arg(a / 100).arg(a % 100, 2, 10, QChar(u'0'));
}

bool RepairDisplay::parseYuan(const QString& text, qint64* fen)
{
    static const QRegularExpression amount(u"^\\s*(-?)(\\d{1,9})(?:\\.(\\d{1,2}))?\\s*$"_s);
    const auto m = amount.match(text);
    if (!m.hasMatch())
        return false;
    const qint64 cents = m.captured(3).isEmpty() ? 0 : m.captured(3).leftJustified(2, u'0').toLongLong();
    const qint64 value = m.captured(2).toLongLong() * 100 + cents;
    *fen = m.captured(1).isEmpty() ? value : -value;
    return true;
}

QStringList RepairDisplay::categories()
{
    return {tr("Water"), tr("Electricity"), tr("Doors and locks"), tr("Lift"), tr("Public area"), tr("Other")};
}

} // namespace fd

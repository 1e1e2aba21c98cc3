#include "modules/repairs/RepairDisplay.h"

#include "core/Money.h"

using namespace Qt::StringLiterals;

namespace fd {

QString RepairDisplay::money(qint64 fen)
{
    return Money::text(fen);
}

bool RepairDisplay::parseYuan(const QString& text, qint64* fen)
{
    const auto amount = Money::parse(text);
    if (amount)
        *fen = *amount;
    return amount.has_value();
}

QStringList RepairDisplay::categories()
{
    return {tr("Water"), tr("Electricity"), tr("Doors and locks"), tr("Lift"), tr("Public area"), tr("Other")};
}

} // namespace fd

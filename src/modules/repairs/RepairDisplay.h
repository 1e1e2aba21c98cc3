#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fd {

// How repair values read on screen and on the printed order: money in yuan from fen, the
// suggested departments and categories (R-RP-1; the desk may type others).
class RepairDisplay
{
    Q_DECLARE_TR_FUNCTIONS(RepairDisplay)

public:
    // 15000 -> "¥150.00"
    [[nodiscard]] static QString money(qint64 fen);
    // "150" or "150.5" (yuan, as typed) -> fen; false when it is no amount.
    [[nodiscard]] static bool parseYuan(const QString& text, qint64* fen);
    [[nodiscard]] static QStringList categories();
};

} // namespace fd

#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

// The receipt of a payment (收款收据, R-FE-2), in the layout Chinese property offices use for a
// two-part receipt (一式两联): one A4 page holding the payer's copy (交款人收执) above the office's stub
// (存根), with a cut line between. Each copy has the site, the receipt number, the date, the unit and
// payer, one row per line paid (item, period, amount) and one for what is kept as prepaid, the total
// in capital numerals (大写) and in figures, the method and its reference, the cashier and a space for
// the payer's signature and the office's seal. A payment taken back prints with 作废 (void), the
// reason and who approved it.
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    [[nodiscard]] static QString html(const QString& siteName, const Payment& payment);
    // Writes the PDF to `path` (overwriting it).
    static Status writePdf(const QString& siteName, const Payment& payment, const QString& path);
};

} // namespace fd

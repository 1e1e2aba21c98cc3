#pragma once

#include "core/Result.h"
#include "modules/fees/DepositLedger.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

// The receipt of a renovation deposit's refund (押金退款凭证, R-RN-1), in two copies on one A4 sheet like
// the payment receipts: the refund's number, the unit and the renovation, what the deposit held, what
// was deducted for damages and what is paid back (in figures and in capital numerals), how and to whom;
// space for the payee's signature.
class DepositRefundPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DepositRefundPrinter)

public:
    struct Slip
    {
        QString siteName;
        QString renovationNumber;
        DepositRefund refund;
        QList<DepositLine> lines; // what each deposit line was charged, paid, deducted and refunded
        QList<DepositDeduction> deductions;
    };

    [[nodiscard]] static QString html(const Slip& slip);
    static Status writePdf(const Slip& slip, const QString& path);
};

} // namespace fd

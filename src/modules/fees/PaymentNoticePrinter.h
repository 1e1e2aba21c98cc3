#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fd {

// Payment notices (缴费通知单, R-FE-1) in two copies (一式两联): on each A4 page one unit's notice for
// the owner above the office's stub, with a cut line between. Each copy has the site, the month, the
// unit and owner, the month's lines (item, due day, billed, paid already — at the counter or from prepaid — and to
// pay), what is unpaid from earlier months, the total due in figures and in capital numerals, the due day and how to
// pay. A building's notices are one PDF, a page per unit.
class PaymentNoticePrinter
{
    Q_DECLARE_TR_FUNCTIONS(PaymentNoticePrinter)

public:
    [[nodiscard]] static QString html(const QString& siteName, const PaymentNotice& notice);
    static Status writePdf(const QString& siteName, const QList<PaymentNotice>& notices, const QString& path);
};

} // namespace fd

#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

// The cashier's handover sheet (收费员交班表) on one A4 page: the cash count (per method what the
// ledger says was taken, what was counted, the difference, the totals and the explanation), the open
// dunning steps the next cashier takes over (a notice that may go now; three notices sent and no
// referral yet), and the signatures of who hands over and who takes over.
class CashHandoverPrinter
{
    Q_DECLARE_TR_FUNCTIONS(CashHandoverPrinter)

public:
    // The arrears rows as the next cashier's steps, in the list's order.
    [[nodiscard]] static QStringList openDunningSteps(const QList<ArrearsRow>& arrears, const QDate& today);
    [[nodiscard]] static QString html(const QString& siteName, const CashCount& count, const QStringList& steps);
    static Status writePdf(const QString& siteName, const CashCount& count, const QStringList& steps,
                           const QString& path);
};

} // namespace fd

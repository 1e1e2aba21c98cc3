#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fd {

// The monthly summary (收费月报) as printed and as a workbook: the same FeeSummary, the same rows and
// totals as the window. Amounts are printed as ¥1,234.50 and written to the workbook as numbers of
// yuan with two decimals.
class FeeSummaryExport
{
    Q_DECLARE_TR_FUNCTIONS(FeeSummaryExport)

public:
    [[nodiscard]] static QString title(const QString& siteName, const FeeSummary& summary);
    [[nodiscard]] static QStringList headers();
    // The heading of the deposits' own table.
    [[nodiscard]] static QString depositsTitle();
    [[nodiscard]] static QString html(const QString& siteName, const FeeSummary& summary);
    static Status writePdf(const QString& siteName, const FeeSummary& summary, const QString& path);
    static Status writeXlsx(const QString& siteName, const FeeSummary& summary, const QString& path);
};

} // namespace fd

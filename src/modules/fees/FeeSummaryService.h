#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>

namespace fd {

class Database;
struct Session;

// The monthly summary (收费月报, R-FE-1): for a month's bills, billed, collected and outstanding per
// building and item, read through the same settled sums as every account (a reversed payment's part
// left out), with the totals as the sums of the rows; and the payments taken in the month per method.
// The window, the PDF and the workbook all show this one FeeSummary.
class FeeSummaryService
{
    Q_DECLARE_TR_FUNCTIONS(FeeSummaryService)

public:
    explicit FeeSummaryService(Database& db) : m_db(db) {}

    // Errors name the field: period.
    [[nodiscard]] Result<FeeSummary> monthly(const Session& who, const QString& period) const;

private:
    Database& m_db;
};

} // namespace fd

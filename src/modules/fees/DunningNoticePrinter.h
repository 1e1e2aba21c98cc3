#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

// A written dunning notice (催款告知书, R-FE-3) on one A4 page: the site, which notice it is (first,
// second, third) and its number, the unit and owner, the unpaid lines (item, period, due day, unpaid),
// the total in figures and in capital numerals, the deadline, how to pay, and on the third the
// warning that the unit will be referred for legal handling.
class DunningNoticePrinter
{
    Q_DECLARE_TR_FUNCTIONS(DunningNoticePrinter)

public:
    [[nodiscard]] static QString html(const QString& siteName, const DunningNotice& notice);
    static Status writePdf(const QString& siteName, const DunningNotice& notice, const QString& path);
};

} // namespace fd

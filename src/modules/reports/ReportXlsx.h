#pragma once

#include "core/Result.h"
#include "modules/reports/ReportFigures.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

// The report as an Excel workbook (libxlsxwriter): a summary sheet, then one sheet per table of
// ReportSections, with counts as numbers and rates as percentages, the same numbers as the page.
class ReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(ReportXlsx)

public:
    static Status write(const ReportFigures& figures, const QString& path);
};

} // namespace fd

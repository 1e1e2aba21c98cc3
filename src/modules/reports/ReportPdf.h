#pragma once

#include "core/Result.h"
#include "modules/reports/ReportFigures.h"
#include "modules/reports/ReportPageBreaks.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace fd {

// The printed weekly (or daily) report (R-IN-6, R-CP-9, R-CB-4): on every page the site's name and
// the report's title at the head and the page number at the foot; on the first the two charts of the
// page (Qt Charts, drawn as vectors), then every table of ReportSections. Page breaks come from
// ReportPageBreaks: a heading never ends a page, and a table carried over repeats its header row.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // A4 portrait PDF, its text the characters printed (PdfToUnicode).
    static Status write(const ReportFigures& figures, const QString& siteName, const QString& path);
    // Paints every page on a printer (or any paged device) already set up.
    static void print(const ReportFigures& figures, const QString& siteName, QPagedPaintDevice& device);
};

} // namespace fd

#pragma once

#include "core/Result.h"
#include "modules/reports/ReportFigures.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace fd {

// The report as a printable document (QtGui only): the title, then every table of ReportSections.
// The page prints it (QPrinter) or saves it as PDF; writePdf needs no widgets at all.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    [[nodiscard]] static std::unique_ptr<QTextDocument> build(const ReportFigures& figures);
    [[nodiscard]] static QString html(const ReportFigures& figures);
    // A4 portrait PDF.
    static Status writePdf(const ReportFigures& figures, const QString& path);
};

} // namespace fd

#include "modules/reports/ReportDocument.h"

#include "core/PdfToUnicode.h"
#include "modules/reports/ReportSections.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace fd {

QString ReportDocument::html(const ReportFigures& figures)
{
    QString out = u"<html><body style=\"font-size:10pt\"><h2>"_s + ReportSections::title(figures).toHtmlEscaped() +
                  u"</h2><p>"_s + ReportSections::subtitle(figures).toHtmlEscaped() + u"</p>"_s;
    for (const ReportSection& s : ReportSections::build(figures)) {
        out += u"<h3>"_s + s.title.toHtmlEscaped() + u"</h3>"_s;
        out += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_s;
        for (const QString& h : s.headers)
            out += u"<th align=\"left\">"_s + h.toHtmlEscaped() + u"</th>"_s;
        out += u"</tr>"_s;
        if (s.rows.isEmpty())
            out += u"<tr><td colspan=\""_s + QString::number(s.headers.size()) + u"\">"_s +
                   tr("Nothing in this period.").toHtmlEscaped() + u"</td></tr>"_s;
        for (const QList<ReportCell>& row : s.rows) {
            out += u"<tr>"_s;
            for (const ReportCell& c : row)
                out += (c.type == ReportCell::Type::Text ? u"<td>"_s : u"<td align=\"right\">"_s) +
                       c.display().toHtmlEscaped() + u"</td>"_s;
            out += u"</tr>"_s;
        }
        out += u"</table>"_s;
    }
    return out + u"</body></html>"_s;
}

std::unique_ptr<QTextDocument> ReportDocument::build(const ReportFigures& figures)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(html(figures));
    return doc;
}

Status ReportDocument::writePdf(const ReportFigures& figures, const QString& path)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(ReportSections::title(figures));
        build(figures)->print(&writer);
    }
    // QPdfWriter reports no error; an unwritable path leaves no file. The text must be what is printed.
    if (QFileInfo(path).size() <= 0 || !PdfToUnicode::repairFile(path))
        return Error{u"report.pdf"_s, tr("The PDF could not be saved at %1.").arg(path), u"path"_s};
    return {};
}

} // namespace fd

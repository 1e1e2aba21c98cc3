#include "widgets/OnePagePdf.h"

#include "core/PdfToUnicode.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace fd {

Status OnePagePdf::write(const QString& path, const QString& errorCode) const
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Error{errorCode, tr("Cannot write %1: %2").arg(path, probe.errorString())};
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title);
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{errorCode, tr("Cannot write %1.").arg(path)};
    const QStringList forms = html.isEmpty() ? sheets : QStringList{html} + sheets;
    for (qsizetype i = 0; i < forms.size(); ++i) {
        if (i > 0 && !writer.newPage())
            return Error{errorCode, tr("Cannot write %1.").arg(path)};
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        QFont font = doc.defaultFont();
        font.setPointSizeF(pointSize);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        for (const auto& [url, image] : images)
            doc.addResource(QTextDocument::ImageResource, url, image);
        doc.setHtml(forms.at(i));
        doc.setTextWidth(page.width());
        const qreal height = doc.size().height();
        painter.save();
        if (height > page.height())
            painter.scale(page.height() / height, page.height() / height);
        doc.drawContents(&painter);
        painter.restore();
    }
    painter.end();
    // The PDF's text (copied, searched) is the characters printed, not the radicals that share their glyphs.
    if (QFile(path).size() == 0 || !PdfToUnicode::repairFile(path))
        return Error{errorCode, tr("Nothing could be written to %1.").arg(path)};
    return {};
}

} // namespace fd

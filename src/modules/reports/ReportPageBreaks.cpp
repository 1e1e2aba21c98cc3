#include "modules/reports/ReportPageBreaks.h"

namespace fd {

QList<QList<int>> ReportPageBreaks::paginate(const QList<ReportBlock>& blocks, double pageHeight)
{
    QList<QList<int>> pages{{}};
    double used = 0;
    qsizetype i = 0;
    while (i < blocks.size()) {
        // The group that must share a page: a heading, a header row, down to the first block that
        // does not keep with its successor (the first row, the chart, or the last block).
        qsizetype end = i;
        while (end + 1 < blocks.size() && blocks.at(end).keepWithNext())
            ++end;
        const auto heightOf = [&](bool opensPage) {
            double h = opensPage ? blocks.at(i).repeatedHead : 0;
            for (qsizetype k = i; k <= end; ++k)
                h += blocks.at(k).height;
            return h;
        };
        if (!pages.last().isEmpty() && used + heightOf(false) > pageHeight) {
            pages.append(QList<int>());
            used = 0;
        }
        used += heightOf(pages.last().isEmpty());
        for (qsizetype k = i; k <= end; ++k)
            pages.last().append(int(k));
        i = end + 1;
    }
    if (pages.last().isEmpty() && pages.size() > 1)
        pages.removeLast();
    return pages;
}

} // namespace fd

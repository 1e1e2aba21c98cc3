#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fd {

// A form that must come out of the printer as one sheet of paper (the repair dispatch order, the
// stored-item tag): HTML laid out on the PDF writer itself and drawn on its one page, shrunk if it
// would run over. QTextDocument::print would paginate and add its own margins. Several such forms
// (`sheets`) print one per page in one file.
class OnePagePdf
{
    Q_DECLARE_TR_FUNCTIONS(OnePagePdf)

public:
    QPageSize::PageSizeId pageSize = QPageSize::A5;
    qreal marginMm = 10;
    qreal pointSize = 10;
    QString title;
    QString html;
    QStringList sheets; // or several forms, each on a sheet of its own (a building's payment notices)
    QList<std::pair<QUrl, QImage>> images; // resources the HTML refers to by URL (a signature)

    // Error code is `errorCode` (the caller's domain, e.g. "repair.print").
    [[nodiscard]] Status write(const QString& path, const QString& errorCode) const;
};

} // namespace fd

#pragma once

#include <QString>

namespace fd::TwoCopies {

// A form in two copies on one sheet (一式两联), as the receipt and the payment notice print: the same
// copy twice, each labelled underneath (the payer's or owner's part, the office's stub), with a cut
// line between.
// A copy's first line: the site on the left, the form's title in the middle, `right` (HTML: the
// receipt's number, the notice's month) on the right.
inline QString heading(const QString& siteName, const QString& title, const QString& right)
{
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2'><tr><td width='30%'>%1</td>"
                          "<td width='40%' align='center' style='font-size:16pt'><b>%2</b></td>"
                          "<td width='30%' align='right'>%3</td></tr></table>")
        .arg(siteName.toHtmlEscaped(), title, right);
}

inline QString page(const QString& copy, const QString& partOne, const QString& partTwo)
{
    const QString label = QStringLiteral("<p align='right' style='margin:0'><i>%1</i></p>");
    return QStringLiteral("<html><body style='font-size:10pt'>") + copy + label.arg(partOne) +
           QStringLiteral("<p align='center' style='margin:18px 0'>") + QStringLiteral("- ").repeated(41) +
           QStringLiteral("</p>") + copy + label.arg(partTwo) + QStringLiteral("</body></html>");
}

} // namespace fd::TwoCopies

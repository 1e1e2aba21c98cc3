#pragma once

#include "core/Result.h"
#include "engine/shifts/HandoverSheet.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace fd {

class AccountService;
class Clock;
class ShiftService;
class SiteRules;
class SiteSetup;

// The printed 工作移交表 (R-SH-2): a sheet laid out like the paper form — title, site, post, date and
// shift, the lines grouped with their acknowledged and dispute columns, the notes, and both
// signatures with names and times — as a QTextDocument, printed or written as an A4 PDF.
// Needs no widgets: the page and the dialog choose the printer or the file, this draws.
class HandoverPrinter
{
    Q_DECLARE_TR_FUNCTIONS(HandoverPrinter)

public:
    // What the sheet is read and drawn from: the sheet and its shift, the people's names, the shift
    // codes' times, the site's name and the time it is printed (ShiftPage passes these on from its own).
    struct Uses
    {
        ShiftService& shifts;
        AccountService& accounts;
        SiteRules& rules;
        SiteSetup& site;
        const Clock& clock;
    };

    explicit HandoverPrinter(const Uses& uses);

    // The sheet read fresh from the database, so what is printed is what is stored.
    [[nodiscard]] Result<std::unique_ptr<QTextDocument>> document(qint64 sheetId) const;
    [[nodiscard]] Result<std::unique_ptr<QTextDocument>> document(const HandoverSheet& sheet) const;
    Status writePdf(qint64 sheetId, const QString& path) const;
    // Onto a printer (or any paged device) the caller has set up.
    Status print(qint64 sheetId, QPagedPaintDevice& device) const;
    // A file name for the PDF: "handover-2026-03-02-A.pdf" (the day it was handed over, the shift).
    [[nodiscard]] QString suggestedFileName(const HandoverSheet& sheet) const;

private:
    [[nodiscard]] Result<QString> html(const HandoverSheet& sheet) const;
    [[nodiscard]] QString itemRows(const HandoverSheet& sheet) const;

    Uses m_uses;
};

} // namespace fd

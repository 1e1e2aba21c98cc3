#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/Error.h"

#include <optional>

namespace fd {

struct ImportProblem
{
    int row = 0; // 1-based data row (the header is row 0); 0 = the file as a whole
    // The row as a spreadsheet shows it (the header is row 1): what every message to a person uses.
    [[nodiscard]] int sheetRow() const { return row + 1; }
    QString column; // header name as written in the file, or empty
    QString message;
};

// What an import did, or why it did nothing. accepted == false means nothing was written.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    bool accepted = false;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "GB18030"
    int rowsRead = 0;
    int unitsAdded = 0;
    int unitsUpdated = 0;
    int unitsUnchanged = 0;
    int residentsAdded = 0;
    int residentsUnchanged = 0;
    QList<ImportProblem> problems;
    // Added later (the fields above are the original contract):
    bool preview = false;     // counts say what an import WOULD do; accepted says whether it would be
    int residentsUpdated = 0; // an existing resident got a new phone number
    int buildingsAdded = 0;
    int zonesAdded = 0;
    // Set when the import was refused before any row was read (the role may not import).
    std::optional<Error> refusal;

    [[nodiscard]] bool changedAnything() const
    {
        return unitsAdded + unitsUpdated + residentsAdded + residentsUpdated > 0;
    }
    // Rows with at least one problem (row 0, the file itself, is not counted).
    [[nodiscard]] int badRowCount() const;
    // A few lines for the dialog and the command line; every problem on its own line.
    [[nodiscard]] QString text() const;
};

} // namespace fd

#pragma once

#include "core/Result.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace fd {

// RFC 4180 CSV: quoted cells, "" inside quotes, separators and line breaks inside quotes, CRLF or LF
// (or a lone CR, as old Mac Excel writes). Lenient where Excel is: text after a closing quote is kept.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Every record in order, record 0 being the header; empty lines at the end are dropped, empty lines
    // in between are kept (as one empty cell) so that record numbers stay the spreadsheet's row numbers.
    // An unclosed quote is an Error whose `row` is the record where the quote opened.
    [[nodiscard]] static Result<QList<QStringList>> parse(QStringView text, QChar separator = u',');
    // Tab when the first line has tabs and no commas (Excel's "Unicode text"), otherwise comma.
    [[nodiscard]] static QChar guessSeparator(QStringView text);
    // True when every cell is empty or white space (Excel writes ",,,," for rows it considers used).
    [[nodiscard]] static bool isBlank(const QStringList& record);
};

} // namespace fd

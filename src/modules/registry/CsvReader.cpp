#include "modules/registry/CsvReader.h"

using namespace Qt::StringLiterals;

namespace fd {

Result<QList<QStringList>> CsvReader::parse(QStringView text, QChar separator)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool lineHasContent = false; // distinguishes "a,b\n" (ends the record) from the end of the text

    const auto endCell = [&] {
        record.append(cell);
        cell.clear();
    };
    const auto endRecord = [&] {
        endCell();
        records.append(record);
        record.clear();
        lineHasContent = false;
    };

    while (i < n) {
        const QChar c = text[i];
        if (c == u'"' && cell.isEmpty()) {
            // A quoted cell: runs to the next quote that is not doubled.
            const int openedAt = int(records.size());
            ++i;
            bool closed = false;
            while (i < n) {
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        cell.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                cell.append(text[i++]);
            }
            if (!closed)
                return Error{u"csv.quote"_s,
                             tr("A cell that starts with a quote mark (\") is never closed; check the quote marks "
                                "from this row on."),
                             {},
                             openedAt};
            lineHasContent = true;
            // Anything up to the next separator is kept as written (Excel never writes this; people do).
            while (i < n && text[i] != separator && text[i] != u'\n' && text[i] != u'\r')
                cell.append(text[i++]);
            continue;
        }
        if (c == separator) {
            endCell();
            lineHasContent = true;
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            endRecord();
            i += (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
        } else {
            cell.append(c);
            lineHasContent = true;
            ++i;
        }
    }
    if (lineHasContent || !cell.isEmpty() || !record.isEmpty())
        endRecord();
    while (!records.isEmpty() && isBlank(records.last()))
        records.removeLast();
    return records;
}

QChar CsvReader::guessSeparator(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
        ++end;
    const QStringView first = text.first(end);
    return first.contains(u'\t') && !first.contains(u',') ? QChar(u'\t') : QChar(u',');
}

bool CsvReader::isBlank(const QStringList& record)
{
    for (const QString& cell : record)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace fd

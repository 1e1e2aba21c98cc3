#pragma once

#include "modules/registry/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace fd {

// A column an import knows, by any of its header names: normalised (CsvTable::headerKey), the first
// the Chinese and the second the English one, as the messages name it.
struct CsvColumn
{
    int id = 0;
    bool required = false;
    QStringList names;
};

// The file half every CSV import shares (the units and residents, the opening fee balances): the bytes
// decoded (UTF-8 with or without BOM, or GB18030 as Chinese Excel writes), split into records, and the
// header row mapped to the known columns in any order, Chinese or English. Each problem of the file
// and each row whose cell count is wrong is named; the import checks the cells of the other rows.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    [[nodiscard]] static CsvTable read(const QByteArray& bytes, const QList<CsvColumn>& columns);

    QString encoding;
    QList<ImportProblem> problems; // the file's own (row 0) and those of rows with the wrong cell count
    QList<int> rows;               // the data rows whose cells are to be checked (the header is row 0)
    int rowsRead = 0;              // data rows that are not blank

    // Starts an import's report (one with encoding, rowsRead and problems) from the file; false when
    // no row is left to check, an empty file named by `noRows` (the fee imports: all or nothing).
    template <typename Report> bool startReport(Report& out, const QString& noRows) const
    {
        out.encoding = encoding;
        out.rowsRead = rowsRead;
        out.problems = problems;
        if (!rows.isEmpty())
            return true;
        if (out.problems.isEmpty())
            out.problems.append({0, {}, noRows});
        return false;
    }

    // A cell of a row, trimmed; empty when the file has no such column.
    [[nodiscard]] QString cell(int row, int columnId) const;
    // The column's header as the file writes it; empty when the file has none.
    [[nodiscard]] QString header(int columnId) const;
    [[nodiscard]] bool has(int columnId) const { return m_index.contains(columnId); }

    // "Tenant_Phone ", "面积(㎡)", "*业主" all name their column: case, spaces, _ - * and a unit in
    // brackets do not matter.
    [[nodiscard]] static QString headerKey(const QString& header);
    // Full-width digits and punctuation, as Chinese input methods type them, become ASCII.
    [[nodiscard]] static QString foldWidth(const QString& text);

private:
    QList<QStringList> m_records;
    QHash<int, int> m_index; // column id -> position in a record
};

} // namespace fd

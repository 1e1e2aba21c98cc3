#include "modules/registry/CsvTable.h"

#include "modules/registry/CsvReader.h"
#include "modules/registry/TextDecoder.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd {

CsvTable CsvTable::read(const QByteArray& bytes, const QList<CsvColumn>& columns)
{
    CsvTable out;
    const auto fileProblem = [&out](const QString& message) {
        out.problems.append({0, {}, message});
        return out;
    };
    if (bytes.trimmed().isEmpty())
        return fileProblem(tr("The file is empty."));
    auto decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return fileProblem(decoded.error().message);
    out.encoding = decoded->encoding;
    auto records = CsvReader::parse(decoded->text, CsvReader::guessSeparator(decoded->text));
    if (!records) {
        out.problems.append({records.error().row, {}, records.error().message});
        return out;
    }
    out.m_records = std::move(records).value();
    if (out.m_records.isEmpty())
        return fileProblem(tr("The file is empty."));

    // The header: which column holds what, in any order.
    const QStringList& header = out.m_records.first();
    for (int i = 0; i < header.size(); ++i) {
        const QString key = headerKey(header[i]);
        for (const CsvColumn& spec : columns) {
            if (key.isEmpty() || !spec.names.contains(key))
                continue;
            if (const auto at = out.m_index.constFind(spec.id); at != out.m_index.cend())
                out.problems.append(
                    {0, header[i].trimmed(),
                     tr("Two columns mean %1 (%2): \"%3\" and \"%4\". Keep only one of them.")
                         .arg(spec.names[0], spec.names[1], header[*at].trimmed(), header[i].trimmed())});
            else
                out.m_index.insert(spec.id, i);
        }
    }
    for (const CsvColumn& spec : columns)
        if (spec.required && !out.m_index.contains(spec.id))
            out.problems.append(
                {0, spec.names[0],
                 tr("The first row has no column %1 (%2); every file needs it.").arg(spec.names[0], spec.names[1])});
    if (!out.problems.isEmpty())
        return out;

    for (int r = 1; r < out.m_records.size(); ++r) {
        const QStringList& cells = out.m_records[r];
        if (CsvReader::isBlank(cells))
            continue;
        ++out.rowsRead;
        if (cells.size() != header.size()) {
            out.problems.append({r,
                                 {},
                                 tr("This row has %1 cells but the first row has %2 columns; look for a missing or "
                                    "extra comma.")
                                     .arg(cells.size())
                                     .arg(header.size())});
            continue;
        }
        out.rows.append(r);
    }
    return out;
}

QString CsvTable::cell(int row, int columnId) const
{
    const auto at = m_index.constFind(columnId);
    if (at == m_index.cend() || row <= 0 || row >= m_records.size() || *at >= m_records[row].size())
        return {};
    return m_records[row][*at].trimmed();
}

QString CsvTable::header(int columnId) const
{
    const auto at = m_index.constFind(columnId);
    return at == m_index.cend() ? QString() : m_records.first()[*at].trimmed();
}

QString CsvTable::headerKey(const QString& header)
{
    static const QRegularExpression bracketed(u"[(（\\[【].*$"_s);
    static const QRegularExpression ignored(u"[\\s_\\-*]"_s);
    QString key = header.trimmed().toLower();
    key.remove(bracketed);
    key.remove(ignored);
    return key;
}

QString CsvTable::foldWidth(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        else if (c.unicode() == 0x3000)
            c = u' ';
    }
    return out.trimmed();
}

} // namespace fd

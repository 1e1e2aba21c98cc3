#include "modules/reports/ReportXlsx.h"

#include "modules/reports/ReportSections.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// Excel allows 31 characters and none of []:*?/\ in a sheet name, and no two alike.
QByteArray sheetName(const QString& title, QSet<QString>& used)
{
    QString name = title;
    for (QChar c : u"[]:*?/\\"_s)
        name.replace(c, u' ');
    name = name.left(31).trimmed();
    QString unique = name;
    for (int n = 2; used.contains(unique.toLower()); ++n)
        unique = name.left(28) + u" "_s + QString::number(n);
    used.insert(unique.toLower());
    return unique.toUtf8();
}

void put(lxw_worksheet* sheet, int row, int col, const ReportCell& cell, lxw_format* percent, lxw_format* yuan)
{
    switch (cell.type) {
    case ReportCell::Type::Text:
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), cell.text.toUtf8().constData(), nullptr);
        break;
    case ReportCell::Type::Count:
        if (cell.empty)
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), cell.display().toUtf8().constData(), nullptr);
        else
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), cell.number, nullptr);
        break;
    case ReportCell::Type::Money:
        // Yuan with two decimals: fen / 100 is exact to the fen in a double at these sizes.
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), cell.number / 100.0, yuan);
        break;
    case ReportCell::Type::Rate:
        if (cell.empty)
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), cell.display().toUtf8().constData(), nullptr);
        else
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), cell.number, percent);
        break;
    }
}

} // namespace

Status ReportXlsx::write(const ReportFigures& figures, const QString& path)
{
    const QByteArray file = QFile::encodeName(QDir::toNativeSeparators(path));
    lxw_workbook* book = workbook_new(file.constData());
    if (!book)
        return Error{u"report.xlsx"_s, tr("The spreadsheet could not be created at %1.").arg(path), u"path"_s};
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* heading = workbook_add_format(book);
    format_set_bold(heading);
    format_set_font_size(heading, 14);
    lxw_format* percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0%");
    lxw_format* yuan = workbook_add_format(book);
    format_set_num_format(yuan, "#,##0.00");

    QSet<QString> used;
    const QList<ReportSection> sections = ReportSections::build(figures);
    lxw_worksheet* summary = workbook_add_worksheet(book, sheetName(tr("Summary"), used).constData());
    worksheet_set_column(summary, 0, 0, 60, nullptr);
    worksheet_write_string(summary, 0, 0, ReportSections::title(figures).toUtf8().constData(), heading);
    worksheet_write_string(summary, 1, 0, ReportSections::subtitle(figures).toUtf8().constData(), nullptr);
    int row = 3;
    for (const ReportSection& s : sections)
        worksheet_write_string(summary, lxw_row_t(row++), 0, s.title.toUtf8().constData(), nullptr);

    for (const ReportSection& s : sections) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName(s.title, used).constData());
        worksheet_set_column(sheet, 0, 0, 36, nullptr);
        worksheet_set_column(sheet, 1, lxw_col_t(std::max<qsizetype>(1, s.headers.size() - 1)), 16, nullptr);
        worksheet_write_string(sheet, 0, 0, s.title.toUtf8().constData(), bold);
        for (int c = 0; c < s.headers.size(); ++c)
            worksheet_write_string(sheet, 2, lxw_col_t(c), s.headers.at(c).toUtf8().constData(), bold);
        for (int r = 0; r < s.rows.size(); ++r)
            for (int c = 0; c < s.rows.at(r).size(); ++c)
                put(sheet, r + 3, c, s.rows.at(r).at(c), percent, yuan);
    }
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return Error{u"report.xlsx"_s,
                     tr("The spreadsheet could not be saved at %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e))),
                     u"path"_s};
    return {};
}

} // namespace fd

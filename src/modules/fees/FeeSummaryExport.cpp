#include "modules/fees/FeeSummaryExport.h"

#include "core/Money.h"
#include "modules/fees/FeeTerms.h"
#include "widgets/OnePagePdf.h"

#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace fd {

QString FeeSummaryExport::title(const QString& siteName, const FeeSummary& summary)
{
    return tr("%1 fees, monthly summary %2").arg(siteName, summary.period);
}

QString FeeSummaryExport::depositsTitle()
{
    return tr("Deposits, held for the units (not income)");
}

QStringList FeeSummaryExport::headers()
{
    return {tr("Building"), tr("Item"), tr("Billed"), tr("Collected"), tr("Outstanding")};
}

QString FeeSummaryExport::html(const QString& siteName, const FeeSummary& s)
{
    QString h = u"<html><body style='font-size:10pt'>"_s;
    h += u"<p align='center' style='font-size:15pt'><b>%1</b></p>"_s.arg(title(siteName, s).toHtmlEscaped());
    h += u"<table width='100%' border='1' cellspacing='0' cellpadding='3'><tr>"_s;
    for (const QString& header : headers())
        h += u"<th>%1</th>"_s.arg(header);
    h += u"</tr>"_s;
    const auto row = [&h](const QString& building, const QString& item, const FeeSummaryRow& r, bool bold) {
        const QString b = bold ? u"<b>"_s : QString();
        const QString e = bold ? u"</b>"_s : QString();
        h += u"<tr><td>%1%2%3</td><td>%1%4%3</td><td align='right'>%1%5%3</td><td align='right'>%1%6%3</td>"
             "<td align='right'>%1%7%3</td></tr>"_s.arg(b, building.toHtmlEscaped(), e, item.toHtmlEscaped(),
                                                        Money::text(r.billedFen), Money::text(r.collectedFen),
                                                        Money::text(r.outstandingFen()));
    };
    for (const FeeSummaryRow& r : s.rows)
        row(r.building, r.itemName, r, false);
    row(tr("Total"), QString(), s.total, true);
    if (!s.deposits.isEmpty()) {
        h += u"</table><p><b>%1</b></p><table width='100%' border='1' cellspacing='0' cellpadding='3'><tr>"_s.arg(
            depositsTitle().toHtmlEscaped());
        for (const QString& header : headers())
            h += u"<th>%1</th>"_s.arg(header);
        h += u"</tr>"_s;
        for (const FeeSummaryRow& r : s.deposits)
            row(r.building, r.itemName, r, false);
        row(tr("Total"), QString(), s.depositTotal, true);
    }
    h += u"</table><p><b>%1</b></p><table border='1' cellspacing='0' cellpadding='3'>"_s.arg(
        tr("Taken in the month, by method"));
    for (const auto& [method, fen] : s.takenByMethod)
        h += u"<tr><td>%1</td><td align='right'>%2</td></tr>"_s.arg(FeeTerms::displayName(method), Money::text(fen));
    h += u"<tr><td><b>%1</b></td><td align='right'><b>%2</b></td></tr></table>"_s.arg(tr("Total"),
                                                                                      Money::text(s.takenFen));
    h += u"</body></html>"_s;
    return h;
}

Status FeeSummaryExport::writePdf(const QString& siteName, const FeeSummary& summary, const QString& path)
{
    OnePagePdf pdf;
    pdf.pageSize = QPageSize::A4;
    pdf.marginMm = 15;
    pdf.title = title(siteName, summary);
    pdf.html = html(siteName, summary);
    return pdf.write(path, u"fees.print"_s);
}

Status FeeSummaryExport::writeXlsx(const QString& siteName, const FeeSummary& s, const QString& path)
{
    const QByteArray file = QFile::encodeName(QDir::toNativeSeparators(path));
    lxw_workbook* book = workbook_new(file.constData());
    if (!book)
        return Error{u"fees.xlsx"_s, tr("The spreadsheet could not be created at %1.").arg(path), u"path"_s};
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* yuan = workbook_add_format(book);
    format_set_num_format(yuan, "#,##0.00");
    lxw_format* boldYuan = workbook_add_format(book);
    format_set_bold(boldYuan);
    format_set_num_format(boldYuan, "#,##0.00");
    lxw_worksheet* sheet = workbook_add_worksheet(book, s.period.toUtf8().constData());
    worksheet_set_column(sheet, 0, 1, 18, nullptr);
    worksheet_set_column(sheet, 2, 4, 16, nullptr);
    worksheet_write_string(sheet, 0, 0, title(siteName, s).toUtf8().constData(), bold);
    const QStringList head = headers();
    for (int c = 0; c < head.size(); ++c)
        worksheet_write_string(sheet, 2, lxw_col_t(c), head.at(c).toUtf8().constData(), bold);
    // Whole fen as yuan: a number of cents over 100 prints back exactly with two decimals.
    const auto money = [](qint64 fen) { return double(fen) / 100.0; };
    lxw_row_t row = 3;
    const auto line = [&](const QString& building, const QString& item, const FeeSummaryRow& r, bool total) {
        worksheet_write_string(sheet, row, 0, building.toUtf8().constData(), total ? bold : nullptr);
        worksheet_write_string(sheet, row, 1, item.toUtf8().constData(), nullptr);
        worksheet_write_number(sheet, row, 2, money(r.billedFen), total ? boldYuan : yuan);
        worksheet_write_number(sheet, row, 3, money(r.collectedFen), total ? boldYuan : yuan);
        worksheet_write_number(sheet, row, 4, money(r.outstandingFen()), total ? boldYuan : yuan);
        ++row;
    };
    for (const FeeSummaryRow& r : s.rows)
        line(r.building, r.itemName, r, false);
    line(tr("Total"), QString(), s.total, true);
    if (!s.deposits.isEmpty()) {
        ++row;
        worksheet_write_string(sheet, row++, 0, depositsTitle().toUtf8().constData(), bold);
        for (const FeeSummaryRow& r : s.deposits)
            line(r.building, r.itemName, r, false);
        line(tr("Total"), QString(), s.depositTotal, true);
    }
    ++row;
    worksheet_write_string(sheet, row++, 0, tr("Taken in the month, by method").toUtf8().constData(), bold);
    for (const auto& [method, fen] : s.takenByMethod) {
        worksheet_write_string(sheet, row, 0, FeeTerms::displayName(method).toUtf8().constData(), nullptr);
        worksheet_write_number(sheet, row++, 2, money(fen), yuan);
    }
    worksheet_write_string(sheet, row, 0, tr("Total").toUtf8().constData(), bold);
    worksheet_write_number(sheet, row, 2, money(s.takenFen), boldYuan);
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return Error{u"fees.xlsx"_s,
                     tr("The spreadsheet could not be saved at %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e))),
                     u"path"_s};
    return {};
}

} // namespace fd

#include "modules/repairs/DispatchOrderPrinter.h"

#include "core/DateTimeText.h"
#include "core/Translations.h"

#include "engine/tickets/Departments.h"
#include "modules/repairs/RepairDisplay.h"
#include "widgets/OnePagePdf.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString when(qint64 ms)
{
    return DateTimeText::dateTime(ms);
}

} // namespace

QString DispatchOrderPrinter::html(const Sheet& s)
{
    const Ticket& t = s.ticket;
    const RepairOrder& o = s.order;
    QString h;
    h += u"<html><body style='font-size:10pt'>"_s;
    h += u"<h2 align='center' style='margin:0'>%1</h2>"_s.arg(esc(s.siteName));
    h += u"<h3 align='center' style='margin:2px'>%1</h3>"_s.arg(tr("Repair dispatch order"));
    h += u"<p align='right' style='margin:2px'>%1 <b>%2</b></p>"_s.arg(tr("No."), esc(o.number));
    h += u"<table width='100%' border='1' cellspacing='0' cellpadding='4'>"_s;
    const auto row = [&h](const QString& a, const QString& av, const QString& b, const QString& bv) {
        h +=
            u"<tr><td width='21%'><b>%1</b></td><td width='29%'>%2</td><td width='21%'><b>%3</b></td><td>%4</td></tr>"_s
                .arg(a, esc(av), b, esc(bv));
    };
    row(tr("Ticket"), t.number, tr("Reported"), when(t.occurredMs));
    row(tr("Unit"), s.unitCode, tr("Category"), Translations::term("RepairDisplay", o.category));
    // The phone as the printing person may see it (in full for the desk's roles): the technician calls.
    row(tr("Person"), t.personName, tr("Phone"), t.callerPhone);
    row(tr("Department"), Departments::displayName(o.department), tr("Technician"), o.technician);
    row(tr("Dispatched"), when(o.createdMs), tr("Service"), o.paid ? tr("Paid") : tr("Free"));
    h += u"<tr><td><b>%1</b></td><td colspan='3'>%2</td></tr>"_s.arg(tr("Problem"), esc(t.description));
    if (!o.note.isEmpty())
        h += u"<tr><td><b>%1</b></td><td colspan='3'>%2</td></tr>"_s.arg(tr("Note"), esc(o.note));
    if (t.retroactive)
        h += u"<tr><td colspan='4'>%1</td></tr>"_s.arg(tr("Entered afterwards (control room dispatch at night)."));
    h += u"</table>"_s;

    if (o.paid) {
        h += u"<p style='margin:6px 0 2px 0'><b>%1</b></p>"_s.arg(tr("Charges (site fee schedule)"));
        h += u"<table width='100%' border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th>"
             "<th>%4</th></tr>"_s.arg(tr("Item"), tr("Unit price"), tr("Quantity"), tr("Amount"));
        for (const QuotedLine& l : o.quote.lines)
            h +=
                u"<tr><td>%1 %2</td><td align='right'>%3/%4</td><td align='right'>%5</td><td align='right'>%6</td></tr>"_s
                    .arg(esc(l.code), esc(l.name), RepairDisplay::money(l.priceFen), esc(l.unit))
                    .arg(l.quantity)
                    .arg(RepairDisplay::money(l.amountFen));
        h += u"<tr><td colspan='3' align='right'><b>%1</b></td><td align='right'><b>%2</b></td></tr></table>"_s.arg(
            tr("Total"), RepairDisplay::money(o.quote.totalFen));
    }

    // Filled in by hand and brought back (R-RP-3).
    h += u"<p style='margin:8px 0 2px 0'><b>%1</b></p>"_s.arg(tr("Return (filled in by the technician)"));
    h += u"<table width='100%' border='1' cellspacing='0' cellpadding='8'>"_s;
    for (const QString& label : {tr("Result"), tr("Materials"), tr("Arrived / finished"), tr("Charged")})
        h += u"<tr><td width='25%'><b>%1</b></td><td></td></tr>"_s.arg(label);
    h += u"<tr><td><b>%1</b></td><td></td></tr>"_s.arg(tr("Customer's signature"));
    h += u"</table></body></html>"_s;
    return h;
}

Status DispatchOrderPrinter::writePdf(const Sheet& sheet, const QString& path)
{
    OnePagePdf pdf; // the order is one sheet of paper, never two
    pdf.pageSize = QPageSize::A5;
    pdf.marginMm = 10;
    pdf.pointSize = 10;
    pdf.title = tr("Repair dispatch order %1").arg(sheet.order.number);
    pdf.html = html(sheet);
    return pdf.write(path, u"repair.print"_s);
}

} // namespace fd

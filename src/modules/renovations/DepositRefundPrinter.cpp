#include "modules/renovations/DepositRefundPrinter.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/TwoCopies.h"
#include "widgets/OnePagePdf.h"

using namespace Qt::StringLiterals;

namespace fd {

QString DepositRefundPrinter::html(const Slip& s)
{
    auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    const DepositRefund& r = s.refund;
    QString copy;
    copy += TwoCopies::heading(s.siteName, tr("Deposit refund"), u"%1 <b>%2</b>"_s.arg(tr("No."), esc(r.receiptNo)));
    copy += u"<p style='margin:2px 0'>%1 %2 &nbsp;&nbsp; %3 %4 &nbsp;&nbsp; %5 %6 &nbsp;&nbsp; %7 %8</p>"_s.arg(
        tr("Date:"), DateTimeText::dateTime(r.paidMs), tr("Unit:"), esc(r.unitCode), tr("Renovation:"),
        esc(s.renovationNumber), tr("Paid to:"), esc(r.payee));
    copy += u"<table width='100%' border='1' cellspacing='0' cellpadding='3'><tr><th width='40%'>%1</th>"
            "<th>%2</th><th>%3</th><th>%4</th></tr>"_s.arg(tr("Deposit"), tr("Paid in"), tr("Deducted"),
                                                           tr("Refunded so far"));
    for (const DepositLine& l : s.lines)
        copy +=
            u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>"_s.arg(
                esc(l.itemName), Money::text(l.paidFen), Money::text(l.deductedFen), Money::text(l.refundedFen));
    copy += u"<tr><td colspan='3'><b>%1</b> %2</td><td align='right'><b>%3</b></td></tr></table>"_s.arg(
        tr("Refunded now, in words:"), Money::capitals(r.amountFen), Money::text(r.amountFen));
    if (!s.deductions.isEmpty()) {
        QStringList why;
        for (const DepositDeduction& d : s.deductions)
            why << u"%1 %2"_s.arg(esc(d.description), Money::text(d.amountFen));
        copy += u"<p style='margin:2px 0'>%1 %2</p>"_s.arg(tr("Deducted for damages:"), why.join(u"；"_s));
    }
    QString how = FeeTerms::displayName(r.method);
    if (!r.reference.isEmpty())
        how += u" · "_s + tr("reference %1").arg(esc(r.reference));
    copy += u"<p style='margin:2px 0'>%1 %2</p>"_s.arg(tr("Paid back by:"), how);
    copy += u"<table width='100%' cellspacing='0' cellpadding='2'><tr><td>%1 %2</td><td>%3 ____________</td>"
            "<td align='right'>%4</td></tr></table>"_s.arg(tr("Cashier:"), esc(r.paidBy), tr("Payee's signature:"),
                                                           tr("(office seal)"));
    return TwoCopies::page(copy, tr("Part one: for the payee"), tr("Part two: the office's stub"));
}

Status DepositRefundPrinter::writePdf(const Slip& slip, const QString& path)
{
    OnePagePdf pdf;
    pdf.pageSize = QPageSize::A4;
    pdf.marginMm = 15;
    pdf.pointSize = 10;
    pdf.title = tr("Deposit refund %1").arg(slip.refund.receiptNo);
    pdf.html = html(slip);
    return pdf.write(path, u"renovation.print"_s);
}

} // namespace fd

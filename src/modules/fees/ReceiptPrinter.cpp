#include "modules/fees/ReceiptPrinter.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/TwoCopies.h"
#include "widgets/OnePagePdf.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString ReceiptPrinter::html(const QString& siteName, const Payment& p)
{
    QString copy;
    copy += TwoCopies::heading(siteName, tr("Receipt"), u"%1 <b>%2</b>"_s.arg(tr("No."), esc(p.receiptNo)));
    copy += u"<p style='margin:2px 0'>%1 %2 &nbsp;&nbsp; %3 %4 &nbsp;&nbsp; %5 %6</p>"_s.arg(
        tr("Date:"), DateTimeText::dateTime(p.takenMs), tr("Unit:"), esc(p.unitCode), tr("Paid by:"),
        esc(p.payer.isEmpty() ? p.owner : p.payer));
    copy += u"<table width='100%' border='1' cellspacing='0' cellpadding='3'>"
            "<tr><th width='45%'>%1</th><th width='30%'>%2</th><th width='25%'>%3</th></tr>"_s.arg(
                tr("Item"), tr("Period"), tr("Amount"));
    for (const PaymentPart& part : p.parts) {
        const QString period =
            part.months > 1 ? tr("%1, %n month(s)", nullptr, part.months).arg(part.period) : part.period;
        copy += u"<tr><td>%1</td><td align='center'>%2</td><td align='right'>%3</td></tr>"_s.arg(
            esc(part.itemName), esc(period), Money::text(part.amountFen));
    }
    if (p.creditFen > 0)
        copy += u"<tr><td>%1</td><td align='center'>—</td><td align='right'>%2</td></tr>"_s.arg(
            tr("Prepaid (kept for the next bills)"), Money::text(p.creditFen));
    copy += u"<tr><td colspan='2'><b>%1</b> %2</td><td align='right'><b>%3</b></td></tr></table>"_s.arg(
        tr("Total in words:"), Money::capitals(p.amountFen), Money::text(p.amountFen));
    QString how = FeeTerms::displayName(p.method);
    if (!p.reference.isEmpty())
        how += u" · "_s + tr("reference %1").arg(esc(p.reference));
    copy += u"<p style='margin:2px 0'>%1 %2</p>"_s.arg(tr("Paid with:"), how);
    copy += u"<table width='100%' cellspacing='0' cellpadding='2'><tr><td>%1 %2</td><td>%3 ____________</td>"
            "<td align='right'>%4</td></tr></table>"_s.arg(tr("Cashier:"), esc(p.takenBy), tr("Payer's signature:"),
                                                           tr("(office seal)"));
    if (p.reversed)
        copy += u"<p style='margin:2px 0; color:#c62828; font-size:14pt'><b>%1</b> %2</p>"_s.arg(
            tr("VOID"), esc(tr("taken back on %1: %2 (approved by %3)")
                                .arg(DateTimeText::dateTime(p.reversedMs), p.reversalReason, p.reversalApprovedBy)));

    return TwoCopies::page(copy, tr("Part one: for the payer"), tr("Part two: the office's stub"));
}

Status ReceiptPrinter::writePdf(const QString& siteName, const Payment& payment, const QString& path)
{
    OnePagePdf pdf;
    pdf.pageSize = QPageSize::A4;
    pdf.marginMm = 15;
    pdf.pointSize = 10;
    pdf.title = tr("Receipt %1").arg(payment.receiptNo);
    pdf.html = html(siteName, payment);
    return pdf.write(path, u"fees.print"_s);
}

} // namespace fd

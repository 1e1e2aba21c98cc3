#include "modules/fees/PaymentNoticePrinter.h"

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

QString PaymentNoticePrinter::html(const QString& siteName, const PaymentNotice& n)
{
    QString copy;
    // The number a resident quotes, and the search finds; a notice not given out yet has none.
    const QString right = n.number.isEmpty()
                              ? tr("Month: %1").arg(n.period)
                              : u"%1 <b>%2</b><br>%3"_s.arg(tr("No."), esc(n.number), tr("Month: %1").arg(n.period));
    copy += TwoCopies::heading(siteName, tr("Payment Notice"), right);
    copy += u"<p style='margin:2px 0'>%1 <b>%2</b> &nbsp;&nbsp; %3 %4</p>"_s.arg(
        tr("Unit:"), esc(n.unitCode), tr("Owner:"), esc(n.owner.isEmpty() ? tr("(not registered)") : n.owner));
    copy += u"<table width='100%' border='1' cellspacing='0' cellpadding='3'><tr><th width='34%'>%1</th>"
            "<th width='16%'>%2</th><th width='16%'>%3</th><th width='17%'>%4</th><th width='17%'>%5</th></tr>"_s.arg(
                tr("Item"), tr("Due"), tr("Billed"), tr("Paid"), tr("To pay"));
    for (const OpenLine& o : n.lines)
        copy += u"<tr><td>%1</td><td align='center'>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                "<td align='right'>%5</td></tr>"_s.arg(esc(FeeTerms::label(o.line)), DateTimeText::date(o.line.dueDay),
                                                       Money::text(o.line.amountFen), Money::text(o.paidFen),
                                                       Money::text(o.outstandingFen()));
    if (n.earlierOwedFen > 0)
        copy += u"<tr><td colspan='4'>%1</td><td align='right'>%2</td></tr>"_s.arg(
            tr("Still unpaid from earlier months"), Money::text(n.earlierOwedFen));
    copy += u"<tr><td colspan='4'><b>%1</b> %2</td><td align='right'><b>%3</b></td></tr></table>"_s.arg(
        tr("Total to pay, in words:"), Money::capitals(n.dueFen()), Money::text(n.dueFen()));
    copy += u"<p style='margin:2px 0'>%1</p>"_s.arg(
        n.dueFen() > 0 ? tr("Please pay by <b>%1</b> at the service center's counter (cash, bank card, WeChat Pay or "
                            "Alipay) or by bank transfer, quoting unit %2.")
                             .arg(DateTimeText::date(n.dueDay), esc(n.unitCode))
                       : tr("Nothing is left to pay for this month."));
    return TwoCopies::page(copy, tr("Part one: for the owner"),
                           tr("Part two: the office's stub (bring it along when paying)"));
}

Status PaymentNoticePrinter::writePdf(const QString& siteName, const QList<PaymentNotice>& notices, const QString& path)
{
    OnePagePdf pdf;
    pdf.pageSize = QPageSize::A4;
    pdf.marginMm = 15;
    pdf.pointSize = 10;
    pdf.title = notices.size() == 1
                    ? tr("Payment notice %1 %2").arg(notices.constFirst().unitCode, notices.constFirst().period)
                    : tr("Payment notices %1").arg(notices.value(0).period);
    for (const PaymentNotice& n : notices)
        pdf.sheets << html(siteName, n);
    return pdf.write(path, u"fees.print"_s);
}

} // namespace fd

#include "modules/fees/DunningNoticePrinter.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/FeeTerms.h"
#include "widgets/OnePagePdf.h"

using namespace Qt::StringLiterals;

namespace fd {

QString DunningNoticePrinter::html(const QString& siteName, const DunningNotice& n)
{
    const QString which = n.number == 1 ? tr("first notice") : n.number == 2 ? tr("second notice") : tr("third notice");
    QString h = u"<html><body style='font-size:11pt'>"_s;
    h += u"<p align='center' style='font-size:18pt; margin:0'><b>%1</b></p>"_s.arg(tr("Notice of Fees Overdue"));
    h += u"<p align='center' style='margin:2px'>(%1) &nbsp; %2 %3</p>"_s.arg(which, tr("No."),
                                                                             n.noticeNo.toHtmlEscaped());
    h +=
        u"<p>%1</p>"_s.arg(tr("To the owner of unit %1, %2:").arg(n.unitCode.toHtmlEscaped(), n.owner.toHtmlEscaped()));
    h += u"<p>%1</p>"_s.arg(tr("By %1 the following fees of your unit, due since %2, are still unpaid:")
                                .arg(DateTimeText::date(n.issuedMs), DateTimeText::date(n.since)));
    h += u"<table width='100%' border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th><th>%2</th><th>%3</th>"
         "<th>%4</th></tr>"_s.arg(tr("Item"), tr("Period"), tr("Due"), tr("Unpaid"));
    for (const OpenLine& o : n.lines)
        h += u"<tr><td>%1</td><td align='center'>%2</td><td align='center'>%3</td><td align='right'>%4</td></tr>"_s.arg(
            FeeTerms::label(o.line).toHtmlEscaped(), o.line.period, DateTimeText::date(o.line.dueDay),
            Money::text(o.outstandingFen()));
    h += u"<tr><td colspan='3'><b>%1</b> %2</td><td align='right'><b>%3</b></td></tr></table>"_s.arg(
        tr("Total in words:"), Money::capitals(n.owedFen), Money::text(n.owedFen));
    h += u"<p>%1</p>"_s.arg(tr("Please pay it by <b>%1</b> at the service center's counter (cash, bank card, WeChat "
                               "Pay or Alipay) or by bank transfer. If you have paid in the meantime, please ignore "
                               "this notice.")
                                .arg(DateTimeText::date(n.deadline)));
    if (n.number >= 3)
        h += u"<p><b>%1</b></p>"_s.arg(tr("This is the third notice. If the fees are still unpaid after the deadline, "
                                          "the matter will be referred for legal handling."));
    h += u"<p align='right' style='margin-top:24px'>%1<br/>%2</p>"_s.arg(siteName.toHtmlEscaped(),
                                                                         DateTimeText::date(n.issuedMs));
    h += u"</body></html>"_s;
    return h;
}

Status DunningNoticePrinter::writePdf(const QString& siteName, const DunningNotice& notice, const QString& path)
{
    OnePagePdf pdf;
    pdf.pageSize = QPageSize::A4;
    pdf.marginMm = 20;
    pdf.pointSize = 11;
    pdf.title = tr("Notice of Fees Overdue %1").arg(notice.noticeNo);
    pdf.html = html(siteName, notice);
    return pdf.write(path, u"fees.print"_s);
}

} // namespace fd

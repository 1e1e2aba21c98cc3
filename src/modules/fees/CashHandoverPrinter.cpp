#include "modules/fees/CashHandoverPrinter.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/FeeTerms.h"
#include "widgets/OnePagePdf.h"

using namespace Qt::StringLiterals;

namespace fd {

QStringList CashHandoverPrinter::openDunningSteps(const QList<ArrearsRow>& arrears, const QDate& today)
{
    QStringList out;
    for (const ArrearsRow& r : arrears) {
        if (r.referred)
            continue;
        if (r.notices < ArrearsService::Notices && r.nextNoticeFrom.isValid() && r.nextNoticeFrom <= today)
            out << tr("%1 (%2): dunning notice %3 may go now; unpaid since %4.")
                       .arg(r.unitCode, r.owner)
                       .arg(r.notices + 1)
                       .arg(DateTimeText::date(r.since));
        else if (r.notices >= ArrearsService::Notices)
            out << tr("%1 (%2): three notices sent; for the manager's legal referral once the last deadline "
                      "has passed.")
                       .arg(r.unitCode, r.owner);
    }
    return out;
}

QString CashHandoverPrinter::html(const QString& siteName, const CashCount& c, const QStringList& steps)
{
    QString h = u"<html><body style='font-size:10pt'>"_s;
    h += u"<p align='center' style='font-size:16pt; margin:0'><b>%1</b></p>"_s.arg(tr("Cashier's Handover Sheet"));
    h += u"<p align='center' style='margin:2px'>%1</p>"_s.arg(siteName.toHtmlEscaped());
    h += u"<p>%1 %2 &nbsp;&nbsp; %3 %4 – %5 &nbsp;&nbsp; %6</p>"_s.arg(
        tr("Cashier:"), c.cashier.toHtmlEscaped(), tr("Takings:"), DateTimeText::dateTime(c.fromMs),
        DateTimeText::dateTime(c.toMs), tr("%n payment(s)", nullptr, c.payments));
    h += u"<table width='100%' border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th><th>%2</th><th>%3</th>"
         "<th>%4</th></tr>"_s.arg(tr("Method"), tr("Per the ledger"), tr("Counted"), tr("Difference"));
    for (const CashCountLine& l : c.lines)
        h += u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>"_s.arg(
            FeeTerms::displayName(l.method), Money::text(l.expectedFen), Money::text(l.countedFen),
            Money::text(l.differenceFen()));
    h += u"<tr><td><b>%1</b></td><td align='right'><b>%2</b></td><td align='right'><b>%3</b></td>"
         "<td align='right'><b>%4</b></td></tr></table>"_s.arg(tr("Total"), Money::text(c.expectedFen()),
                                                               Money::text(c.countedFen()),
                                                               Money::text(c.countedFen() - c.expectedFen()));
    if (!c.note.isEmpty())
        h += u"<p>%1 %2</p>"_s.arg(tr("Explanation:"), c.note.toHtmlEscaped());
    h += u"<p><b>%1</b></p>"_s.arg(tr("Open dunning steps"));
    if (steps.isEmpty()) {
        h += u"<p>%1</p>"_s.arg(tr("None."));
    } else {
        h += u"<ol>"_s;
        for (const QString& s : steps)
            h += u"<li>%1</li>"_s.arg(s.toHtmlEscaped());
        h += u"</ol>"_s;
    }
    h += u"<table width='100%' cellspacing='0' cellpadding='2' style='margin-top:24px'><tr><td>%1 ____________</td>"
         "<td>%2 ____________</td><td align='right'>%3</td></tr></table>"_s.arg(
             tr("Handed over by:"), tr("Taken over by:"), DateTimeText::dateTime(c.toMs));
    h += u"</body></html>"_s;
    return h;
}

Status CashHandoverPrinter::writePdf(const QString& siteName, const CashCount& count, const QStringList& steps,
                                     const QString& path)
{
    OnePagePdf pdf;
    pdf.pageSize = QPageSize::A4;
    pdf.marginMm = 15;
    pdf.pointSize = 10;
    pdf.title = tr("Cashier's handover sheet %1").arg(DateTimeText::dateTime(count.toMs));
    pdf.html = html(siteName, count, steps);
    return pdf.write(path, u"fees.print"_s);
}

} // namespace fd

#include "modules/renovations/WorkerPassPrinter.h"

#include "core/DateTimeText.h"
#include "widgets/OnePagePdf.h"

using namespace Qt::StringLiterals;

namespace fd {

QString WorkerPassPrinter::html(const Card& c)
{
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    auto row = [&](const QString& caption, const QString& value) {
        return u"<tr><td width='35%'>%1</td><td><b>%2</b></td></tr>"_s.arg(caption, esc(value));
    };
    QString page = u"<html><body style='font-size:10pt'>"_s;
    page += u"<p align='center' style='margin:0'>%1</p>"_s.arg(esc(c.siteName));
    page +=
        u"<p align='center' style='margin:2px 0; font-size:16pt'><b>%1</b></p>"_s.arg(tr("Renovation worker's pass"));
    page += u"<p align='center' style='margin:2px 0'>%1 <b>%2</b></p>"_s.arg(tr("No."), esc(c.pass.number));
    page += u"<table width='100%' border='1' cellspacing='0' cellpadding='4'>"_s;
    page += row(tr("Worker"), c.worker.name);
    page += row(tr("ID number"), c.worker.idMasked);
    if (!c.worker.trade.isEmpty())
        page += row(tr("Trade"), c.worker.trade);
    page += row(tr("Unit"), c.renovation.unitCode);
    page += row(tr("Renovation"), c.renovation.number);
    page += row(tr("Company"), c.renovation.companyName);
    page += row(tr("Valid"),
                tr("%1 to %2").arg(DateTimeText::date(c.pass.validFrom), DateTimeText::date(c.pass.validUntil)));
    page += row(tr("Working hours"), c.workingHours);
    page += u"</table>"_s;
    page += u"<p style='margin:4px 0'>%1</p>"_s.arg(
        tr("Wear the pass at work and show it at the desk. It is not valid after its last day, nor once the "
           "worker has left the roster."));
    page += u"<p style='margin:2px 0'>%1 %2 · %3</p>"_s.arg(tr("Issued by"), esc(c.pass.issuedBy),
                                                            DateTimeText::date(c.pass.issuedMs));
    if (c.pass.voidedMs != 0)
        page += u"<p style='margin:2px 0; color:#c62828; font-size:14pt'><b>%1</b> %2</p>"_s.arg(
            tr("VOID"), esc(c.pass.voidReason));
    return page + u"</body></html>"_s;
}

Status WorkerPassPrinter::writePdf(const Card& card, const QString& path)
{
    OnePagePdf pdf;
    pdf.pageSize = QPageSize::A6;
    pdf.marginMm = 8;
    pdf.pointSize = 9;
    pdf.title = tr("Pass %1").arg(card.pass.number);
    pdf.html = html(card);
    return pdf.write(path, u"renovation.print"_s);
}

} // namespace fd

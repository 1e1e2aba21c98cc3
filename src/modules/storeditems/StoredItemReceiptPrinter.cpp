#include "modules/storeditems/StoredItemReceiptPrinter.h"

#include "core/DateTimeText.h"

#include "core/PersonalData.h"
#include "engine/watches/SignatureService.h"
#include "widgets/OnePagePdf.h"

#include <QDateTime>
#include <QImage>
#include <QUrl>

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

QString StoredItemReceiptPrinter::html(const Sheet& s)
{
    const StoredItem& i = s.item;
    QString h;
    h += u"<html><body style='font-size:9pt'>"_s;
    h += u"<p align='center' style='margin:0'><b>%1</b> · %2</p>"_s.arg(esc(s.siteName), tr("Stored item tag"));
    h += u"<p align='center' style='margin:4px; font-size:22pt'><b>%1</b></p>"_s.arg(esc(i.tag));
    h += u"<table width='100%' border='1' cellspacing='0' cellpadding='3'>"_s;
    const auto row = [&h](const QString& a, const QString& av) {
        h += u"<tr><td width='32%'><b>%1</b></td><td>%2</td></tr>"_s.arg(a, av);
    };
    row(tr("Unit"), esc(i.unitCode));
    row(tr("Depositor"), esc(u"%1  %2"_s.arg(i.depositorName, PersonalData::maskPhone(i.depositorPhone))));
    row(tr("Shelf"), u"<b>%1</b>"_s.arg(esc(i.shelf)));
    row(tr("Deposited"), when(i.createdMs));
    row(tr("Expected pickup"), u"<b>%1</b>"_s.arg(when(i.expectedPickupMs)));
    h += u"</table>"_s;
    h += u"<table width='100%' border='1' cellspacing='0' cellpadding='3' style='margin-top:4px'>"
         "<tr><th>%1</th><th>%2</th><th>%3</th></tr>"_s.arg(tr("Item"), tr("Count"), tr("Condition"));
    for (const StoredItemLine& l : i.lines)
        h += u"<tr><td>%1</td><td align='right'>%2</td><td>%3</td></tr>"_s.arg(esc(l.description))
                 .arg(l.quantity)
                 .arg(esc(l.condition));
    h += u"</table>"_s;
    h += u"<p style='margin:4px 0 0 0'><b>%1</b> "_s.arg(tr("Depositor's signature:"));
    if (s.signature.signedOnPad())
        h += u"<br/><img src='%1' height='60'/>"_s.arg(QLatin1String(SignatureUrl));
    else
        h += esc(SignatureService::summary(s.signature));
    h += u"</p>"_s;
    h += u"<p style='margin:4px 0 0 0; font-size:8pt'>%1</p>"_s.arg(
        tr("Bring this tag to collect the items. The collector signs at the desk."));
    h += u"</body></html>"_s;
    return h;
}

Status StoredItemReceiptPrinter::writePdf(const Sheet& sheet, const QString& path)
{
    OnePagePdf pdf; // one tag, one page
    pdf.pageSize = QPageSize::A6;
    pdf.marginMm = 6;
    pdf.pointSize = 9;
    pdf.title = tr("Stored item tag %1").arg(sheet.item.tag);
    if (sheet.signature.signedOnPad())
        pdf.images.append({QUrl(QString::fromLatin1(SignatureUrl)), QImage::fromData(sheet.signature.image, "PNG")});
    pdf.html = html(sheet);
    return pdf.write(path, u"storage.print"_s);
}

} // namespace fd

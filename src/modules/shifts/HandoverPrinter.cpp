#include "modules/shifts/HandoverPrinter.h"

#include "core/Clock.h"
#include "core/PdfToUnicode.h"
#include "engine/SiteSetup.h"
#include "engine/shifts/ShiftService.h"
#include "modules/shifts/HandoverDisplay.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A labelled value of the form's head: "Post: <b>大堂岗</b>".
QString field(const QString& caption, const QString& value)
{
    return u"%1 <b>%2</b>"_s.arg(esc(caption), esc(value));
}

// A signature box: the name and the time, or blank lines to be filled in by hand.
QString signature(const QString& caption, const QString& name, const std::optional<qint64>& signedMs,
                  const QString& nameCaption, const QString& timeCaption)
{
    const QString blank = u"____________________"_s;
    return u"<td width=\"50%\" valign=\"top\"><b>%1</b><br/>%2 %3<br/>%4 %5</td>"_s.arg(
        esc(caption), esc(nameCaption), signedMs ? u"<b>%1</b>"_s.arg(esc(name)) : blank, esc(timeCaption),
        signedMs ? esc(HandoverDisplay::instant(*signedMs)) : blank);
}

} // namespace

HandoverPrinter::HandoverPrinter(const Uses& uses) : m_uses(uses) {}

Result<std::unique_ptr<QTextDocument>> HandoverPrinter::document(qint64 sheetId) const
{
    auto sheet = m_uses.shifts.sheet(sheetId);
    if (!sheet)
        return sheet.error();
    return document(sheet.value());
}

Result<std::unique_ptr<QTextDocument>> HandoverPrinter::document(const HandoverSheet& sheet) const
{
    auto text = html(sheet);
    if (!text)
        return text.error();
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setHtml(text.value());
    doc->setMetaInformation(QTextDocument::DocumentTitle, tr("Handover sheet"));
    return doc;
}

QString HandoverPrinter::itemRows(const HandoverSheet& sheet) const
{
    QString rows;
    for (HandoverItemKind kind : HandoverDisplay::kinds()) {
        QList<HandoverItem> lines;
        for (const HandoverItem& i : sheet.items)
            if (i.kind == kind)
                lines << i;
        if (lines.isEmpty())
            continue;
        rows += u"<tr><td colspan=\"4\" bgcolor=\"#eeeeee\"><b>%1</b> (%2)</td></tr>"_s.arg(
            esc(HandoverDisplay::kindTitle(kind)), QString::number(lines.size()));
        for (const HandoverItem& i : lines) {
            // The acknowledged column: a tick and the time, or a cross for a disputed line (R-SH-2).
            QString ack;
            if (i.acknowledgedMs) {
                const QString at = HandoverDisplay::clockTime(*i.acknowledgedMs);
                //: The acknowledged column of the printed sheet: a tick and the time.
                ack = i.dispute.isEmpty() ? tr("√ %1").arg(at)
                                          //: The acknowledged column of the printed sheet: a disputed line.
                                          : tr("× %1").arg(at);
            }
            rows += u"<tr><td align=\"center\">%1</td><td>%2</td><td align=\"center\">%3</td><td>%4</td></tr>"_s.arg(
                QString::number(i.position), esc(HandoverDisplay::itemText(i.text)), esc(ack), esc(i.dispute));
        }
    }
    if (rows.isEmpty())
        rows = u"<tr><td colspan=\"4\">%1</td></tr>"_s.arg(esc(tr("Nothing was open at this post.")));
    return rows;
}

Result<QString> HandoverPrinter::html(const HandoverSheet& sheet) const
{
    auto shift = m_uses.shifts.shift(sheet.shiftId);
    if (!shift)
        return shift.error();
    auto posts = m_uses.shifts.posts();
    if (!posts)
        return posts.error();
    QString postName;
    for (const Post& p : posts.value())
        if (p.id == sheet.postId)
            postName = p.name;
    const QHash<qint64, QString> people = HandoverDisplay::people(m_uses.accounts);
    const QString leaving = HandoverDisplay::person(people, sheet.leavingUserId);
    const QString arriving = HandoverDisplay::person(people, sheet.arrivingUserId);

    QString out = u"<html><body>"_s;
    out += u"<p align=\"center\" style=\"font-size:18pt; font-weight:bold\">%1</p>"_s.arg(esc(tr("Handover sheet")));
    out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    out += u"<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td></tr>"_s.arg(
        field(tr("Site:"), m_uses.site.siteName()), field(tr("Post:"), postName),
        field(tr("No.:"), QString::number(sheet.id)));
    out += u"<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td></tr>"_s.arg(
        field(tr("Date:"), HandoverDisplay::date(shift.value().startedMs)),
        field(tr("Shift:"), HandoverDisplay::shift(m_uses.rules, shift.value().code)),
        field(tr("Status:"), HandoverDisplay::status(sheet)));
    out += u"</table><p></p>"_s;

    out += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
           "style=\"border-collapse:collapse; border-color:#000000\">"_s;
    out += u"<thead><tr bgcolor=\"#dddddd\"><th width=\"6%\">%1</th><th width=\"50%\">%2</th>"
           "<th width=\"16%\">%3</th><th width=\"28%\">%4</th></tr></thead>"_s.arg(
               esc(tr("No.")), esc(tr("Item handed over")), esc(tr("Acknowledged")), esc(tr("Dispute")));
    out += itemRows(sheet);
    out += u"</table><p></p>"_s;

    out += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
           "style=\"border-collapse:collapse; border-color:#000000\">"_s;
    out += u"<tr><td><b>%1</b><br/>%2</td></tr></table><p></p>"_s.arg(
        esc(tr("Notes")), sheet.notes.isEmpty() ? esc(tr("None")) : esc(sheet.notes).replace(u'\n', u"<br/>"_s));

    out += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
           "style=\"border-collapse:collapse; border-color:#000000\"><tr>"_s;
    out += signature(tr("Handed over by (leaving)"), leaving, sheet.leavingSignedMs, tr("Name:"), tr("Signed:"));
    out += signature(tr("Taken over by (arriving)"), arriving, sheet.arrivingSignedMs, tr("Name:"), tr("Signed:"));
    out += u"</tr></table>"_s;

    QString footer = sheet.sealedMs ? tr("Sealed %1.").arg(HandoverDisplay::instant(*sheet.sealedMs))
                                    : tr("Not sealed: this sheet is still a draft.");
    footer += u' ' + tr("Printed %1.").arg(HandoverDisplay::instant(m_uses.clock.nowMs()));
    out += u"<p style=\"font-size:8pt; color:#555555\">%1</p>"_s.arg(esc(footer));
    out += u"</body></html>"_s;
    return out;
}

Status HandoverPrinter::print(qint64 sheetId, QPagedPaintDevice& device) const
{
    auto doc = document(sheetId);
    if (!doc)
        return doc.error();
    doc.value()->print(&device);
    return {};
}

Status HandoverPrinter::writePdf(qint64 sheetId, const QString& path) const
{
    auto doc = document(sheetId);
    if (!doc)
        return doc.error();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{u"print.file"_s, tr("Cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Handover sheet"));
        writer.setCreator(u"FrontDesk"_s);
        doc.value()->print(&writer);
    }
    file.close();
    if (file.error() != QFile::NoError)
        return Error{u"print.file"_s, tr("Cannot write %1: %2").arg(path, file.errorString())};
    // The sheet's text (copied, searched in the archive) is the characters printed: 工作, not ⼯作.
    if (!PdfToUnicode::repairFile(path))
        return Error{u"print.file"_s, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

QString HandoverPrinter::suggestedFileName(const HandoverSheet& sheet) const
{
    QString code;
    if (auto shift = m_uses.shifts.shift(sheet.shiftId))
        code = QString(shift.value().code);
    //: File name of a saved handover sheet: date and shift.
    return tr("handover-%1-%2").arg(HandoverDisplay::date(sheet.createdMs), code) + u".pdf"_s;
}

} // namespace fd

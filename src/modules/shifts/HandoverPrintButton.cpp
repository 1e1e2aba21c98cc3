#include "modules/shifts/HandoverPrintButton.h"

#include "core/PdfToUnicode.h"
#include "engine/shifts/ShiftService.h"
#include "modules/shifts/HandoverPrinter.h"
#include "widgets/Ask.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fd {

HandoverPrintButton::HandoverPrintButton(const HandoverPrinter::Uses& uses, QWidget* parent)
    : QPushButton(tr("&Print / Save as PDF…"), parent), m_uses(uses)
{
    setObjectName(u"printSheetButton"_s);
    auto* menu = new QMenu(this);
    menu->setObjectName(u"printSheetMenu"_s);
    QAction* print = menu->addAction(tr("Print…"));
    print->setObjectName(u"printSheetAction"_s);
    QAction* pdf = menu->addAction(tr("Save as PDF…"));
    pdf->setObjectName(u"savePdfAction"_s);
    connect(print, &QAction::triggered, this, &HandoverPrintButton::printSheet);
    connect(pdf, &QAction::triggered, this, &HandoverPrintButton::saveSheetAsPdf);
    setMenu(menu);
    setEnabled(false);
}

void HandoverPrintButton::setSheet(qint64 sheetId)
{
    m_sheetId = sheetId;
    setEnabled(sheetId != 0);
}

void HandoverPrintButton::showError(const QString& message)
{
    Ask::warning(this, tr("Handover sheet"), message);
}

void HandoverPrintButton::printSheet()
{
    if (m_sheetId == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print handover sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = HandoverPrinter(m_uses).print(m_sheetId, printer); !s)
        showError(s.error().message);
    else if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        PdfToUnicode::repairFile(printer.outputFileName()); // printed to a file: its text is what it shows
}

void HandoverPrintButton::saveSheetAsPdf()
{
    if (m_sheetId == 0)
        return;
    auto sheet = m_uses.shifts.sheet(m_sheetId);
    if (!sheet) {
        showError(sheet.error().message);
        return;
    }
    const HandoverPrinter printer(m_uses);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        Ask::saveFileName(this, tr("Save handover sheet as PDF"),
                          QDir(folder).filePath(printer.suggestedFileName(sheet.value())), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = printer.writePdf(m_sheetId, path); !s) {
        showError(s.error().message);
        return;
    }
    emit saved(path);
}

} // namespace fd

#pragma once

#include "modules/shifts/HandoverPrinter.h"

#include <QPushButton>

namespace fd {

// "Print / Save as PDF…" for one handover sheet: a menu with Print… (the system's print dialog)
// and Save as PDF… (a file name, then an A4 PDF). HandoverPrinter draws the 工作移交表 either way.
class HandoverPrintButton : public QPushButton
{
    Q_OBJECT

public:
    // What HandoverPrinter needs, which includes the sheet's ShiftService the button reads first.
    explicit HandoverPrintButton(const HandoverPrinter::Uses& uses, QWidget* parent = nullptr);

    // 0: nothing to print, and the button is disabled.
    void setSheet(qint64 sheetId);
    [[nodiscard]] qint64 sheetId() const { return m_sheetId; }

public slots:
    void printSheet();
    void saveSheetAsPdf();

signals:
    // After a PDF was written, with its path (for a status message).
    void saved(const QString& path);

private:
    void showError(const QString& message);

    HandoverPrinter::Uses m_uses;
    qint64 m_sheetId = 0;
};

} // namespace fd

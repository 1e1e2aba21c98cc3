#pragma once

#include "engine/Session.h"
#include "modules/fees/OpeningBalanceService.h"

#include <QByteArray>
#include <QDialog>

#include <memory>

namespace fd {

// The form uic makes from ui/modules/fees/OpeningBalanceDialog.ui.
class Ui_OpeningBalanceDialog;

class ImportProblemModel;

// Importing the opening balances (R-FE-3, R-FE-5): choose the old system's CSV, see what it would owe
// (rows, units, months, total) or every row that is wrong, and import it only when nothing is; the
// service writes all of it or nothing.
class OpeningBalanceDialog : public QDialog
{
    Q_OBJECT

public:
    OpeningBalanceDialog(OpeningBalanceService& balances, const Session& who, QWidget* parent = nullptr);
    ~OpeningBalanceDialog() override;

    // Previews bytes that did not come from the file chooser (the tests).
    void setCsv(const QByteArray& bytes, const QString& sourceName);
    [[nodiscard]] const OpeningBalanceReport& report() const { return m_report; }
    [[nodiscard]] ImportProblemModel* problemModel() const { return m_problems; }

public slots:
    void chooseFile();
    // Imports the previewed file; false when nothing was written.
    bool runImport();

private:
    void showReport(const OpeningBalanceReport& report);

    std::unique_ptr<Ui_OpeningBalanceDialog> m_ui;
    OpeningBalanceService& m_balances;
    Session m_who;
    QByteArray m_bytes;
    OpeningBalanceReport m_report;
    ImportProblemModel* m_problems;
};

} // namespace fd

#pragma once

#include "engine/Session.h"
#include "modules/registry/ImportReport.h"

#include <QByteArray>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace fd {

class ImportProblemModel;
class RegistryService;

// Importing the unit list: choose a CSV file, see the service's preview (encoding, counts and every
// problem row), and only when there is no problem, import it — all or nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(RegistryService& registry, const Session& session, QWidget* parent = nullptr);

    // Reads and previews a file; false (with the reason shown) when it cannot be read.
    bool openFile(const QString& path);
    // Previews bytes that did not come from a file chooser (tests, drag and drop).
    void setCsv(const QByteArray& bytes, const QString& sourceName);
    [[nodiscard]] const ImportReport& report() const { return m_report; }
    [[nodiscard]] ImportProblemModel* problemModel() const { return m_problems; }

public slots:
    void chooseFile();
    void runImport();

signals:
    void imported(const fd::ImportReport& report);

private:
    void showReport(const ImportReport& report, bool preview);

    RegistryService& m_registry;
    Session m_session;
    QByteArray m_bytes;
    ImportReport m_report;
    ImportProblemModel* m_problems;
    QLabel* m_file;
    QLabel* m_encoding;
    QLabel* m_summary;
    QTableView* m_problemTable;
    QPlainTextEdit* m_result;
    QPushButton* m_choose;
    QPushButton* m_import;
};

} // namespace fd

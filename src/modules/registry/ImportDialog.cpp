#include "modules/registry/ImportDialog.h"

#include "modules/registry/ImportProblemModel.h"
#include "modules/registry/RegistryService.h"
#include "widgets/Ask.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

ImportDialog::ImportDialog(RegistryService& registry, const Session& session, QWidget* parent)
    : QDialog(parent), m_registry(registry), m_session(session), m_problems(new ImportProblemModel(this)),
      m_file(new QLabel(tr("No file chosen yet."), this)), m_encoding(new QLabel(u"—"_s, this)),
      m_summary(new QLabel(u"—"_s, this)), m_problemTable(new QTableView(this)), m_result(new QPlainTextEdit(this)),
      m_choose(new QPushButton(tr("&Choose CSV file…"), this)), m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import units"));
    resize(760, 520);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Choose the unit list as a CSV file (UTF-8 or the GBK that Excel saves). "
                                "It is checked first and nothing is written; import it once no problem is left."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fileRow = new QHBoxLayout;
    m_choose->setObjectName(u"chooseFileButton"_s);
    fileRow->addWidget(m_choose);
    m_file->setObjectName(u"fileNameLabel"_s);
    m_file->setTextFormat(Qt::PlainText);
    fileRow->addWidget(m_file, 1);
    layout->addLayout(fileRow);

    auto* facts = new QFormLayout;
    m_encoding->setObjectName(u"encodingLabel"_s);
    m_summary->setObjectName(u"importSummaryLabel"_s);
    m_summary->setWordWrap(true);
    facts->addRow(tr("Encoding"), m_encoding);
    facts->addRow(tr("Contents"), m_summary);
    layout->addLayout(facts);

    m_problemTable->setObjectName(u"problemTable"_s);
    m_problemTable->setModel(m_problems);
    m_problemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemTable->verticalHeader()->hide();
    m_problemTable->horizontalHeader()->setStretchLastSection(true);
    m_problemTable->setWordWrap(false);
    layout->addWidget(m_problemTable, 2);

    m_result->setObjectName(u"importResultText"_s);
    m_result->setReadOnly(true);
    m_result->setTabChangesFocus(true);
    m_result->setMaximumHeight(110);
    m_result->hide();
    layout->addWidget(m_result, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    m_choose->setDefault(true);
    m_choose->setFocus();
}

void ImportDialog::chooseFile()
{
    const QString path =
        Ask::openFileName(this, tr("Choose the unit list"), {}, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportDialog::openFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_bytes.clear();
        m_report = {};
        m_problems->setProblems({});
        m_file->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_summary->setText(u"—"_s);
        m_encoding->setText(u"—"_s);
        m_import->setEnabled(false);
        return false;
    }
    setCsv(file.readAll(), QFileInfo(path).fileName());
    return true;
}

void ImportDialog::setCsv(const QByteArray& bytes, const QString& sourceName)
{
    m_bytes = bytes;
    m_file->setText(sourceName);
    m_result->clear();
    m_result->hide();
    showReport(m_registry.previewUnitsCsv(m_bytes), true);
}

void ImportDialog::showReport(const ImportReport& report, bool preview)
{
    m_report = report;
    m_encoding->setText(report.encoding.isEmpty() ? u"—"_s : report.encoding);
    // One sentence, so a translation can order its parts as the language needs.
    const QString counts =
        tr("%n row(s) read: %1 new unit(s), %2 changed, %3 unchanged; %4 new resident(s).", nullptr, report.rowsRead)
            .arg(report.unitsAdded)
            .arg(report.unitsUpdated)
            .arg(report.unitsUnchanged)
            .arg(report.residentsAdded);
    const QString problems = report.problems.isEmpty() ? tr("No problems.")
                                                       : tr("%n problem(s): fix them in the file and choose it again.",
                                                            nullptr, static_cast<int>(report.problems.size()));
    m_summary->setText(preview ? tr("Preview, nothing written yet: %1 %2").arg(counts, problems)
                               : counts + u' ' + problems);
    m_problems->setProblems(report.problems);
    m_problemTable->resizeColumnToContents(ImportProblemModel::Row);
    m_problemTable->resizeColumnToContents(ImportProblemModel::ColumnName);
    // Import stays off while anything is wrong: the service would refuse the whole file anyway.
    const bool ready = preview && !m_bytes.isEmpty() && report.problems.isEmpty() && report.rowsRead > 0;
    m_import->setEnabled(ready);
    if (ready) {
        m_import->setDefault(true);
        m_import->setFocus();
    }
}

void ImportDialog::runImport()
{
    if (m_bytes.isEmpty() || !m_import->isEnabled())
        return;
    ImportReport report = m_registry.importUnitsCsv(m_session, m_bytes);
    showReport(report, false);
    m_result->setPlainText(report.text());
    m_result->show();
    if (report.accepted)
        emit imported(report);
}

} // namespace fd

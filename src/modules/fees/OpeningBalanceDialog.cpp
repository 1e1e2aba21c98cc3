#include "modules/fees/OpeningBalanceDialog.h"

#include "core/Money.h"
#include "modules/registry/ImportProblemModel.h"
#include "widgets/Ask.h"

#include "ui_OpeningBalanceDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

OpeningBalanceDialog::OpeningBalanceDialog(OpeningBalanceService& balances, const Session& who, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui_OpeningBalanceDialog>()), m_balances(balances), m_who(who),
      m_problems(new ImportProblemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"openingBalanceDialog"_s);
    m_ui->openingProblems->setModel(m_problems);
    m_ui->openingProblems->verticalHeader()->hide();
    m_ui->openingProblems->horizontalHeader()->setStretchLastSection(true);
    QPushButton* import = m_ui->openingButtons->button(QDialogButtonBox::Ok);
    import->setText(tr("&Import"));
    import->setEnabled(false);
    connect(m_ui->openingChoose, &QPushButton::clicked, this, &OpeningBalanceDialog::chooseFile);
    connect(import, &QPushButton::clicked, this, &OpeningBalanceDialog::runImport);
    connect(m_ui->openingButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->openingChoose->setDefault(true);
}

OpeningBalanceDialog::~OpeningBalanceDialog() = default;

void OpeningBalanceDialog::chooseFile()
{
    const QString path =
        Ask::openFileName(this, tr("Choose the opening balances"), {}, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_bytes.clear();
        m_ui->openingFile->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        showReport({});
        return;
    }
    setCsv(file.readAll(), QFileInfo(path).fileName());
}

void OpeningBalanceDialog::setCsv(const QByteArray& bytes, const QString& sourceName)
{
    m_bytes = bytes;
    m_ui->openingFile->setText(sourceName);
    showReport(m_balances.importCsv(m_who, m_bytes, true));
}

void OpeningBalanceDialog::showReport(const OpeningBalanceReport& report)
{
    m_report = report;
    QString text;
    if (report.refusal)
        text = report.refusal->message;
    else if (!report.problems.isEmpty())
        text = tr("%n problem(s): fix them in the file and choose it again. Nothing is written.", nullptr,
                  int(report.problems.size()));
    else if (report.lines > 0) {
        // One sentence, so a translation can order its parts as the language needs.
        const QString owed = tr("%n amount(s) owed by %1 unit(s) over %2 month(s), total %3", nullptr, report.lines)
                                 .arg(report.units)
                                 .arg(report.months)
                                 .arg(Money::text(report.totalFen));
        text = report.preview ? tr("Preview (%1), nothing written yet: %2.").arg(report.encoding, owed)
                              : tr("Imported: %1. The units are on the arrears list.").arg(owed);
    }
    m_ui->openingSummary->setText(text);
    m_problems->setProblems(report.problems);
    m_ui->openingProblems->resizeColumnToContents(ImportProblemModel::Row);
    m_ui->openingProblems->resizeColumnToContents(ImportProblemModel::ColumnName);
    // Import stays off while anything is wrong: the service would refuse the whole file anyway.
    QPushButton* import = m_ui->openingButtons->button(QDialogButtonBox::Ok);
    const bool ready = report.preview && report.accepted && report.lines > 0 && !m_bytes.isEmpty();
    import->setEnabled(ready);
    if (ready) {
        import->setDefault(true);
        import->setFocus();
    }
}

bool OpeningBalanceDialog::runImport()
{
    if (m_bytes.isEmpty() || !m_report.preview || !m_report.accepted)
        return false;
    const OpeningBalanceReport done = m_balances.importCsv(m_who, m_bytes, false);
    showReport(done);
    if (!done.accepted)
        return false;
    m_bytes.clear();
    return true;
}

} // namespace fd

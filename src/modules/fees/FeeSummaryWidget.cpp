#include "modules/fees/FeeSummaryWidget.h"

#include "core/Clock.h"
#include "core/Money.h"
#include "modules/fees/FeeSummaryExport.h"
#include "modules/fees/FeeSummaryService.h"
#include "modules/fees/FeeTerms.h"
#include "widgets/Ask.h"

#include "ui_FeeSummaryWidget.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fd {

FeeSummaryWidget::FeeSummaryWidget(FeeSummaryService& summaries, const Clock& clock, const QString& siteName,
                                   QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_FeeSummaryWidget>()), m_summaries(summaries), m_siteName(siteName),
      m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"feeSummaryForm"_s);
    m_ui->summaryPeriod->setText(FeeTerms::periodKey(clock.now().date()));
    m_ui->summaryTable->setModel(m_model);
    m_ui->summaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->summaryTable->verticalHeader()->hide();
    m_ui->summaryTable->horizontalHeader()->setStretchLastSection(false);
    m_errors.bind(u"period"_s, m_ui->summaryPeriod, m_ui->summaryPeriodError);
    m_errors.setFallback(m_ui->summaryPeriodError);
    m_ui->summaryMessage->hide();
    connect(m_ui->showSummary, &QPushButton::clicked, this, &FeeSummaryWidget::showSummary);
    connect(m_ui->summaryPeriod, &QLineEdit::returnPressed, this, &FeeSummaryWidget::showSummary);
    connect(m_ui->summaryPdf, &QPushButton::clicked, this, &FeeSummaryWidget::savePdf);
    connect(m_ui->summaryXlsx, &QPushButton::clicked, this, &FeeSummaryWidget::exportXlsx);
}

FeeSummaryWidget::~FeeSummaryWidget() = default;

void FeeSummaryWidget::setSession(const Session& session)
{
    m_session = session;
    showSummary();
}

void FeeSummaryWidget::setPeriod(const QString& period)
{
    m_ui->summaryPeriod->setText(period);
}

void FeeSummaryWidget::say(const QString& text)
{
    m_ui->summaryMessage->setText(text);
    m_ui->summaryMessage->setVisible(!text.isEmpty());
}

bool FeeSummaryWidget::showSummary()
{
    m_model->clear();
    m_ui->summaryTable->clearSpans();
    m_summary.reset();
    m_errors.clear();
    m_ui->summaryTaken->clear();
    if (!m_session || !m_session->may(Permission::ViewFeeAccounts))
        return false;
    auto summary = m_summaries.monthly(*m_session, m_ui->summaryPeriod->text().trimmed());
    if (!summary) {
        m_errors.show(summary.error());
        return false;
    }
    m_summary = std::move(summary).value();
    m_model->setHorizontalHeaderLabels(FeeSummaryExport::headers());
    const auto add = [this](const QString& building, const QString& item, const FeeSummaryRow& r, bool bold) {
        QList<QStandardItem*> row;
        for (const QString& text :
             {building, item, Money::text(r.billedFen), Money::text(r.collectedFen), Money::text(r.outstandingFen())}) {
            auto* cell = new QStandardItem(text);
            if (row.size() >= 2)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont f = cell->font();
                f.setBold(true);
                cell->setFont(f);
            }
            row << cell;
        }
        m_model->appendRow(row);
    };
    for (const FeeSummaryRow& r : std::as_const(m_summary->rows))
        add(r.building, r.itemName, r, false);
    add(FeeSummaryExport::tr("Total"), QString(), m_summary->total, true);
    if (!m_summary->deposits.isEmpty()) {
        // A heading row of its own: the deposits are not part of the total above.
        auto* heading = new QStandardItem(FeeSummaryExport::depositsTitle());
        QFont f = heading->font();
        f.setBold(true);
        heading->setFont(f);
        m_model->appendRow({heading});
        m_ui->summaryTable->setSpan(m_model->rowCount() - 1, 0, 1, m_model->columnCount());
        for (const FeeSummaryRow& r : std::as_const(m_summary->deposits))
            add(r.building, r.itemName, r, false);
        add(FeeSummaryExport::tr("Total"), QString(), m_summary->depositTotal, true);
    }
    m_ui->summaryTable->resizeColumnsToContents();
    QStringList taken;
    for (const auto& [method, fen] : std::as_const(m_summary->takenByMethod))
        taken << u"%1 %2"_s.arg(FeeTerms::displayName(method), Money::text(fen));
    m_ui->summaryTaken->setText(tr("Taken in %1: %2 (%3).")
                                    .arg(m_summary->period, Money::text(m_summary->takenFen),
                                         taken.isEmpty() ? tr("nothing") : taken.join(u", "_s)));
    return true;
}

bool FeeSummaryWidget::savePdf()
{
    if (!m_summary && !showSummary())
        return false;
    const QString path = Ask::saveFileName(this, tr("Save the monthly summary as PDF"),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                               u"/"_s + FeeSummaryExport::title(m_siteName, *m_summary) + u".pdf"_s,
                                           tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    const Status written = FeeSummaryExport::writePdf(m_siteName, *m_summary, path);
    say(written ? tr("Saved to %1.").arg(path) : written.error().message);
    return written.ok();
}

bool FeeSummaryWidget::exportXlsx()
{
    if (!m_summary && !showSummary())
        return false;
    const QString path = Ask::saveFileName(this, tr("Export the monthly summary to Excel"),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                               u"/"_s + FeeSummaryExport::title(m_siteName, *m_summary) + u".xlsx"_s,
                                           tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    const Status written = FeeSummaryExport::writeXlsx(m_siteName, *m_summary, path);
    say(written ? tr("Saved to %1.").arg(path) : written.error().message);
    return written.ok();
}

} // namespace fd

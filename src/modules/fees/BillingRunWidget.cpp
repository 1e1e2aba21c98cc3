#include "modules/fees/BillingRunWidget.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/BillPreviewModel.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/FeeTerms.h"
#include "widgets/Ask.h"

#include "ui_BillingRunWidget.h"

#include <QApplication>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace fd {

BillingRunWidget::BillingRunWidget(BillingService& billing, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_BillingRunWidget>()), m_billing(billing), m_clock(clock),
      m_model(new BillPreviewModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"billingRunForm"_s);
    m_ui->previewTable->setModel(m_model);
    m_ui->previewTable->verticalHeader()->hide();
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->previewTable->horizontalHeader()->setStretchLastSection(true);
    m_errors.bind(u"period"_s, m_ui->period, m_ui->periodError);
    m_errors.setFallback(m_ui->billingError);
    m_ui->period->setText(FeeTerms::periodKey(m_clock.now().date().addMonths(1)));

    connect(m_ui->previewRun, &QPushButton::clicked, this, &BillingRunWidget::showPreview);
    connect(m_ui->period, &QLineEdit::returnPressed, this, &BillingRunWidget::showPreview);
    connect(m_ui->confirmRun, &QPushButton::clicked, this, &BillingRunWidget::confirmRun);
    connect(m_ui->period, &QLineEdit::textEdited, this, [this] {
        forgetPreview();
        showRuns();
    });
    forgetPreview();
}

BillingRunWidget::~BillingRunWidget() = default;

void BillingRunWidget::setSession(const Session& session)
{
    m_session = session;
    const bool may = session.may(Permission::BillFees);
    const QString why = may ? QString() : Roles::refusal(session.user.role, Permission::BillFees);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->previewRun), static_cast<QWidget*>(m_ui->period)}) {
        w->setEnabled(may);
        w->setToolTip(why);
    }
    m_ui->confirmRun->setToolTip(why);
    forgetPreview();
    showRuns();
}

void BillingRunWidget::setPeriod(const QString& period)
{
    m_ui->period->setText(period);
    forgetPreview();
    showRuns();
}

void BillingRunWidget::forgetPreview()
{
    m_preview.reset();
    m_model->setLines({});
    m_ui->confirmRun->setEnabled(false);
    m_ui->runSummary->setText(tr("Preview the month to see every unit's charges before billing them."));
}

void BillingRunWidget::showRuns()
{
    const QString period = m_ui->period->text().trimmed();
    if (!m_session || !m_session->may(Permission::ViewFeeAccounts)) {
        m_ui->runsDone->clear();
        return;
    }
    auto runs = m_billing.runs(*m_session, period);
    if (!runs || runs.value().isEmpty()) {
        m_ui->runsDone->setText(runs ? tr("%1 is not billed yet.").arg(period) : runs.error().message);
        return;
    }
    QStringList lines;
    for (const BillingRun& r : runs.value())
        lines << tr("Billed %1 by %2: %n line(s), %3", nullptr, r.lines)
                     .arg(DateTimeText::dateTime(r.confirmedMs), r.confirmedBy, Money::text(r.totalFen));
    m_ui->runsDone->setText(lines.join(u'\n'));
}

bool BillingRunWidget::showPreview()
{
    if (!m_session)
        return false;
    m_errors.clear();
    forgetPreview();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto p = m_billing.preview(*m_session, m_ui->period->text().trimmed());
    QApplication::restoreOverrideCursor();
    showRuns();
    if (!p) {
        m_errors.show(p.error());
        return false;
    }
    m_preview = std::move(p).value();
    m_model->setLines(m_preview->lines);
    m_ui->previewTable->resizeColumnsToContents();
    if (m_preview->lines.isEmpty()) {
        m_ui->runSummary->setText(tr("Nothing is left to bill for %1.").arg(m_preview->period));
        return true;
    }
    m_ui->runSummary->setText(
        tr("%1: %n unit(s), %2 line(s), total %3. Check them, then confirm.", nullptr, m_preview->units)
            .arg(m_preview->period)
            .arg(m_preview->lines.size())
            .arg(Money::text(m_preview->totalFen)));
    m_ui->confirmRun->setEnabled(m_session->may(Permission::BillFees));
    return true;
}

bool BillingRunWidget::confirmRun()
{
    if (!m_session || !m_preview || m_preview->lines.isEmpty())
        return false;
    const BillingPreview p = *m_preview;
    if (Ask::question(
            this, tr("Confirm the billing run"),
            tr("Bill %1 for %n unit(s): %2 line(s), total %3? Billed lines are never changed.", nullptr, p.units)
                .arg(p.period)
                .arg(p.lines.size())
                .arg(Money::text(p.totalFen)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto run = m_billing.confirm(*m_session, p.period, p.totalFen, p.unitId, p.itemId);
    QApplication::restoreOverrideCursor();
    if (!run) {
        m_errors.show(run.error());
        return false;
    }
    forgetPreview();
    m_ui->runSummary->setText(tr("%1 is billed: %n line(s), total %2.", nullptr, run.value().lines)
                                  .arg(run.value().period, Money::text(run.value().totalFen)));
    showRuns();
    emit billed(run.value());
    return true;
}

} // namespace fd

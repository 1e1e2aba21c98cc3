#include "modules/fees/BillingRunWidget.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/BillPreviewModel.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/MeterReadingDialog.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/fees/OpeningBalanceDialog.h"
#include "modules/fees/PaymentNoticePrinter.h"
#include "modules/fees/PaymentNoticeService.h"
#include "widgets/Ask.h"

#include "ui_BillingRunWidget.h"

#include <QApplication>
#include <QHeaderView>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fd {

BillingRunWidget::BillingRunWidget(const Uses& uses, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_BillingRunWidget>()), m_billing(uses.billing), m_notices(uses.notices),
      m_charges(uses.charges), m_oneOff(uses.oneOff), m_openingBalances(uses.openingBalances), m_meters(uses.meters),
      m_registry(uses.registry), m_clock(uses.clock), m_siteName(uses.siteName), m_model(new BillPreviewModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"billingRunForm"_s);
    m_ui->previewTable->setModel(m_model);
    m_ui->previewTable->verticalHeader()->hide();
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->previewTable->horizontalHeader()->setStretchLastSection(true);
    m_errors.bind(u"period"_s, m_ui->period, m_ui->periodError);
    m_errors.bind(u"noticeUnit"_s, m_ui->noticeUnit, m_ui->noticeUnitError);
    m_errors.bind(u"notices"_s, m_ui->printNotices, m_ui->noticesError);
    m_errors.bind(u"run"_s, m_ui->checkRuns, m_ui->noticesError);
    m_errors.setFallback(m_ui->billingError);
    m_ui->period->setText(FeeTerms::periodKey(m_clock.now().date().addMonths(1)));

    connect(m_ui->previewRun, &QPushButton::clicked, this, &BillingRunWidget::showPreview);
    connect(m_ui->period, &QLineEdit::returnPressed, this, &BillingRunWidget::showPreview);
    connect(m_ui->confirmRun, &QPushButton::clicked, this, &BillingRunWidget::confirmRun);
    connect(m_ui->checkRuns, &QPushButton::clicked, this, &BillingRunWidget::checkRuns);
    connect(m_ui->printNotices, &QPushButton::clicked, this, &BillingRunWidget::printNotices);
    connect(m_ui->billRepairs, &QPushButton::clicked, this, &BillingRunWidget::billRepairCharges);
    connect(m_ui->importOpening, &QPushButton::clicked, this, &BillingRunWidget::importOpeningBalances);
    connect(m_ui->meterReadings, &QPushButton::clicked, this, &BillingRunWidget::showMeterReadings);
    connect(m_ui->noticeUnit, &QLineEdit::returnPressed, this, &BillingRunWidget::printNotices);
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
    for (QWidget* w : {static_cast<QWidget*>(m_ui->noticeBuilding), static_cast<QWidget*>(m_ui->noticeUnit),
                       static_cast<QWidget*>(m_ui->printNotices), static_cast<QWidget*>(m_ui->billRepairs),
                       static_cast<QWidget*>(m_ui->importOpening), static_cast<QWidget*>(m_ui->meterReadings)}) {
        w->setEnabled(may);
        w->setToolTip(why);
    }
    fillBuildings();
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
    m_runs.clear();
    const bool mayCheck = m_session && m_session->may(Permission::CheckBilling);
    m_ui->checkRuns->setEnabled(false);
    m_ui->checkRuns->setToolTip(!m_session || mayCheck
                                    ? tr("Every run of the month is checked already, or none is made yet.")
                                    : Roles::refusal(m_session->user.role, Permission::CheckBilling));
    if (!m_session || !m_session->may(Permission::ViewFeeAccounts)) {
        m_ui->runsDone->clear();
        return;
    }
    auto runs = m_billing.runs(*m_session, period);
    if (!runs || runs.value().isEmpty()) {
        m_ui->runsDone->setText(runs ? tr("%1 is not billed yet.").arg(period) : runs.error().message);
        return;
    }
    m_runs = std::move(runs).value();
    QStringList lines;
    bool anyUnchecked = false;
    for (const BillingRun& r : std::as_const(m_runs)) {
        QString line = tr("Billed %1 by %2: %n line(s), %3", nullptr, r.lines)
                           .arg(DateTimeText::dateTime(r.confirmedMs), r.confirmedBy, Money::text(r.totalFen));
        if (r.checkedMs)
            line += u" · "_s + tr("checked by %1 on %2").arg(r.checkedBy, DateTimeText::dateTime(r.checkedMs));
        else
            line += u" · "_s + tr("not checked by finance yet");
        anyUnchecked = anyUnchecked || !r.checkedMs;
        lines << line;
    }
    m_ui->runsDone->setText(lines.join(u'\n'));
    if (mayCheck && anyUnchecked) {
        m_ui->checkRuns->setEnabled(true);
        m_ui->checkRuns->setToolTip(QString());
    }
}

void BillingRunWidget::fillBuildings()
{
    const QVariant was = m_ui->noticeBuilding->currentData();
    m_ui->noticeBuilding->clear();
    m_ui->noticeBuilding->addItem(tr("every building"), qint64(0));
    auto buildings = m_notices.buildings();
    if (buildings)
        for (const PaymentNoticeService::Building& b : buildings.value())
            m_ui->noticeBuilding->addItem(b.name, b.id);
    if (const int at = m_ui->noticeBuilding->findData(was); at >= 0)
        m_ui->noticeBuilding->setCurrentIndex(at);
}

bool BillingRunWidget::checkRuns()
{
    if (!m_session)
        return false;
    m_errors.clear();
    QList<BillingRun> unchecked = m_runs;
    unchecked.removeIf([](const BillingRun& r) { return r.checkedMs != 0; });
    if (unchecked.isEmpty())
        return false;
    qint64 total = 0;
    int lineCount = 0;
    for (const BillingRun& r : std::as_const(unchecked)) {
        total += r.totalFen;
        lineCount += r.lines;
    }
    if (Ask::question(this, tr("Check the month's billing"),
                      tr("Mark %n run(s) of %1 checked (%2 line(s), total %3)? Their payment notices can print "
                         "then.",
                         nullptr, int(unchecked.size()))
                          .arg(unchecked.constFirst().period)
                          .arg(lineCount)
                          .arg(Money::text(total)),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    int checked = 0;
    for (const BillingRun& r : std::as_const(unchecked)) {
        auto done = m_billing.check(*m_session, r.id);
        if (!done) {
            m_errors.show(done.error());
            break;
        }
        ++checked;
    }
    showRuns();
    return checked > 0;
}

qint64 BillingRunWidget::unitOfNotice(qint64 noticeId) const
{
    return m_notices.unitOfNotice(noticeId);
}

bool BillingRunWidget::printNotices()
{
    if (!m_session)
        return false;
    m_errors.clear();
    const QString period = m_ui->period->text().trimmed();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto notices = m_notices.notices(*m_session, period, m_ui->noticeBuilding->currentData().toLongLong(),
                                     m_ui->noticeUnit->text());
    QApplication::restoreOverrideCursor();
    if (!notices) {
        m_errors.show(notices.error());
        return false;
    }
    QList<PaymentNotice>& list = notices.value();
    const QString name =
        list.size() == 1 ? tr("notice-%1-%2").arg(list.constFirst().unitCode, period) : tr("notices-%1").arg(period);
    const QString path =
        Ask::saveFileName(this, tr("Save %n payment notice(s) as PDF", nullptr, int(list.size())),
                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/%1.pdf"_s.arg(name),
                          tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false; // not saved: not given out, no number taken
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status written = m_notices.giveOut(*m_session, list);
    if (written)
        written = PaymentNoticePrinter::writePdf(m_siteName, list, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_errors.show(written.error());
        return false;
    }
    m_ui->runSummary->setText(tr("%n payment notice(s) saved to %1.", nullptr, int(list.size())).arg(path));
    return true;
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
    QString summary = tr("%1: %n unit(s), %2 line(s), total %3. Check them, then confirm.", nullptr, m_preview->units)
                          .arg(m_preview->period)
                          .arg(m_preview->lines.size())
                          .arg(Money::text(m_preview->totalFen));
    // R-FE-1: a metered unit read before but not this month is not billed; the cashier sees it first.
    for (const auto& [item, units] : std::as_const(m_preview->unread))
        summary += u' ' + tr("%n unit(s) with a %1 meter have no reading for this month and are not billed it: "
                             "enter them under Meter readings first.",
                             nullptr, units)
                              .arg(item);
    m_ui->runSummary->setText(summary);
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
    // A month of 20,000 units takes seconds: the cashier sees it go. No events are processed meanwhile
    // (the reminders' timer would write inside the run's transaction), so the bar is painted directly
    // and has no stop button.
    QProgressDialog progress(tr("Billing %1…").arg(p.period), QString(), 0, int(p.lines.size()), this);
    progress.setWindowTitle(tr("Billing run"));
    progress.setCancelButton(nullptr);
    if (p.lines.size() >= 1000) { // a run of a few units is done before a bar could be read
        progress.show();
        progress.repaint();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto run =
        m_billing.confirm(*m_session, p.period, p.totalFen, p.unitId, p.itemId, [&progress](qsizetype done, qsizetype) {
            progress.setValue(int(done));
            if (progress.isVisible())
                progress.repaint();
            return true;
        });
    QApplication::restoreOverrideCursor();
    progress.reset();
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

bool BillingRunWidget::billRepairCharges()
{
    if (!m_session)
        return false;
    m_errors.clear();
    // R-FE-4: billed at the month's end; a month still to come has no returned repairs yet.
    const QString thisMonth = FeeTerms::periodKey(m_clock.now().date());
    const QString period = std::min(m_ui->period->text().trimmed(), thisMonth);
    auto items = m_charges.items();
    if (!items) {
        m_errors.show(items.error());
        return false;
    }
    const auto item = std::find_if(items.value().cbegin(), items.value().cend(),
                                   [](const ChargeItem& i) { return i.basis == ChargeBasis::OneOff; });
    if (item == items.value().cend()) {
        m_errors.show(Error{u"fees.no_one_off_item"_s,
                            tr("No item is charged one at a time yet: a manager sets one up under Charge items "
                               "(basis: one charge at a time), e.g. 特约服务."),
                            u"run"_s});
        return false;
    }
    auto charges = m_oneOff.repairCharges(*m_session, period);
    if (!charges) {
        m_errors.show(charges.error());
        return false;
    }
    if (charges.value().isEmpty()) {
        m_ui->runSummary->setText(tr("No returned repair up to the end of %1 has a charge left to bill.").arg(period));
        return false;
    }
    qint64 total = 0;
    for (const RepairCharge& r : std::as_const(charges.value()))
        total += r.amountFen;
    if (Ask::question(this, tr("Bill the returned repairs"),
                      tr("Bill %n returned repair(s) with a charge, up to the end of %1, as %2: total %3? Each is "
                         "billed once, to the repair's unit.",
                         nullptr, int(charges.value().size()))
                          .arg(period, item->name, Money::text(total)),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    auto run = m_oneOff.billRepairCharges(*m_session, period, item->id, total);
    if (!run) {
        m_errors.show(run.error());
        return false;
    }
    m_ui->runSummary->setText(tr("%n returned repair(s) billed, total %1.", nullptr, run.value().lines)
                                  .arg(Money::text(run.value().totalFen)));
    showRuns();
    emit billed(run.value());
    return true;
}

void BillingRunWidget::importOpeningBalances()
{
    if (!m_session)
        return;
    OpeningBalanceDialog dialog(m_openingBalances, *m_session, this);
    dialog.exec();
    showRuns();
}

void BillingRunWidget::showMeterReadings()
{
    if (!m_session)
        return;
    MeterReadingDialog dialog(m_meters, m_charges, m_registry, *m_session, m_ui->period->text().trimmed(), this);
    dialog.exec();
    forgetPreview(); // the readings change what the month bills
}

} // namespace fd

#include "modules/renovations/RenovationsPage.h"

#include "ui_RenovationsPage.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "engine/ChangeFeed.h"
#include "engine/SiteSetup.h"
#include "engine/tickets/SiteRules.h"
#include "modules/registry/UnitPickerWidget.h"
#include "modules/renovations/DepositRefundPrinter.h"
#include "modules/renovations/NewRenovationForm.h"
#include "modules/renovations/RenovationDetailWidget.h"
#include "modules/renovations/RenovationScopeWidget.h"
#include "modules/renovations/RenovationService.h"
#include "modules/renovations/RenovationTerms.h"
#include "modules/renovations/WorkerPassPrinter.h"
#include "widgets/Ask.h"
#include "widgets/FormErrors.h"
#include "widgets/KeepCurrent.h"

#include <QDateTime>
#include <QHeaderView>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fd {

RenovationsPage::RenovationsPage(Uses uses, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_RenovationsPage>()), m_uses(uses)
{
    m_ui->setupUi(this);
    m_detail = new RenovationDetailWidget(uses.renovations, uses.charges, uses.clock, m_ui->rightStack);
    m_form = new NewRenovationForm(uses.renovations, uses.registry, uses.clock, m_ui->rightStack);
    m_scope = new RenovationScopeWidget(uses.renovations, m_ui->rightStack);
    m_ui->rightStack->addWidget(m_detail);
    m_ui->rightStack->addWidget(m_form);
    m_ui->rightStack->addWidget(m_scope);
    FormErrors::style(m_ui->renovationsMessage);
    m_ui->renovationTable->setColumnCount(6);
    m_ui->renovationTable->setHorizontalHeaderLabels(
        {tr("Number"), tr("Unit"), tr("Owner"), tr("Stage"), tr("Ends"), tr("Problems")});
    m_ui->renovationTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->renovationTable->verticalHeader()->setVisible(false);

    connect(m_ui->showEnded, &QCheckBox::toggled, this, &RenovationsPage::refresh);
    connect(m_ui->newRenovation, &QPushButton::clicked, this, &RenovationsPage::startApplication);
    connect(m_ui->checkIn, &QPushButton::clicked, this, &RenovationsPage::checkIn);
    connect(m_ui->passNumber, &QLineEdit::returnPressed, this, &RenovationsPage::checkIn);
    connect(m_ui->scopeList, &QPushButton::clicked, this, [this] {
        m_scope->reload();
        m_ui->rightStack->setCurrentWidget(m_scope);
    });
    connect(m_scope, &RenovationScopeWidget::backRequested, this,
            [this] { m_ui->rightStack->setCurrentWidget(m_detail); });
    connect(m_ui->renovationTable, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous, int) {
        if (row != previous)
            selectRow(row);
    });
    connect(m_form, &NewRenovationForm::submitted, this, [this](const Renovation& r) {
        refresh();
        showRenovation(r.id);
    });
    connect(m_form, &NewRenovationForm::backRequested, this, [this] { m_ui->rightStack->setCurrentWidget(m_detail); });
    connect(m_detail, &RenovationDetailWidget::renovationChanged, this, [this](qint64 id) {
        refresh();
        if (const int row = int(m_ids.indexOf(id)); row >= 0) {
            QSignalBlocker block(m_ui->renovationTable);
            m_ui->renovationTable->setCurrentCell(row, 0);
        }
    });
    connect(m_detail, &RenovationDetailWidget::resubmitRequested, this, [this](const Renovation& r) {
        m_form->startResubmission(r);
        m_ui->rightStack->setCurrentWidget(m_form);
    });
    connect(m_detail, &RenovationDetailWidget::passPrintRequested, this, &RenovationsPage::savePass);
    connect(m_detail, &RenovationDetailWidget::refundPrintRequested, this, &RenovationsPage::saveRefund);
    // A renovation changed on another desk: the list (and its badge) and the renovation shown again.
    connect(&uses.changes, &ChangeFeed::changed, this, [this](const QList<Change>& changes) {
        if (!ChangeFeed::touches(changes, {"renovation"}))
            return;
        refresh();
        if (isVisible() && m_detail->renovation() && m_ui->rightStack->currentWidget() == m_detail)
            for (const Change& c : changes)
                if ((c.kind == "renovation"_L1 && c.id == m_detail->renovation()->id) ||
                    c.kind == QLatin1StringView(ChangeFeed::everything)) {
                    m_detail->showRenovation(m_detail->renovation()->id);
                    break;
                }
    });
    KeepCurrent::follow(this, uses.minuteTick, [this] { refresh(); });
}

RenovationsPage::~RenovationsPage() = default;

void RenovationsPage::setSession(const Session& session)
{
    m_session = session;
    m_detail->setSession(session);
    m_form->setSession(session);
    m_scope->setSession(session);
    const bool rules = session.may(Permission::EditSiteRules);
    m_ui->scopeList->setEnabled(rules);
    m_ui->scopeList->setToolTip(rules ? QString() : Roles::refusal(session.user.role, Permission::EditSiteRules));
    const bool desk = session.may(Permission::WorkTheDesk);
    m_ui->newRenovation->setEnabled(desk);
    m_ui->newRenovation->setToolTip(desk ? QString() : Roles::refusal(session.user.role, Permission::WorkTheDesk));
    const bool door = session.may(Permission::ReceiveVisitors);
    const QString why = door ? QString() : Roles::refusal(session.user.role, Permission::ReceiveVisitors);
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->passNumber, m_ui->checkIn}) {
        w->setEnabled(door);
        w->setToolTip(why);
    }
    refresh();
}

void RenovationsPage::refresh()
{
    if (!m_session)
        return;
    auto list = m_uses.renovations.renovations(*m_session, !m_ui->showEnded->isChecked());
    if (!list) {
        m_ui->renovationsMessage->setText(list.error().message);
        m_ui->renovationsMessage->show();
        return;
    }
    m_ui->renovationsMessage->hide();
    const qint64 current = m_detail->renovation() ? m_detail->renovation()->id : 0;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_uses.clock.nowMs()).date();
    int due = 0;
    QSignalBlocker block(m_ui->renovationTable);
    m_ids.clear();
    m_ui->renovationTable->setRowCount(int(list.value().size()));
    int row = 0;
    for (const Renovation& r : list.value()) {
        m_ids << r.id;
        const bool needsDesk = (r.stage == RenovationStage::Working && r.plannedEnd <= today) ||
                               r.stage == RenovationStage::Acceptance ||
                               (r.stage == RenovationStage::Accepted && r.refundDueDay && *r.refundDueDay <= today);
        if (needsDesk)
            ++due;
        const QStringList cells = {r.number,
                                   r.unitCode,
                                   r.ownerName,
                                   RenovationTerms::displayName(r.stage),
                                   DateTimeText::date(r.plannedEnd),
                                   r.openProblems > 0 ? QString::number(r.openProblems) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->renovationTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
    m_ui->renovationTable->resizeColumnsToContents();
    if (const int at = int(m_ids.indexOf(current)); at >= 0)
        m_ui->renovationTable->setCurrentCell(at, 0);
    else
        m_ui->renovationTable->setCurrentCell(-1, -1);
    emit dueChanged(due);
}

void RenovationsPage::selectRow(int row)
{
    if (row < 0 || row >= m_ids.size())
        return;
    m_ui->rightStack->setCurrentWidget(m_detail);
    m_detail->showRenovation(m_ids.at(row));
}

bool RenovationsPage::showRenovation(qint64 renovationId)
{
    if (!m_session || !m_detail->showRenovation(renovationId))
        return false;
    m_ui->rightStack->setCurrentWidget(m_detail);
    if (const int row = int(m_ids.indexOf(renovationId)); row >= 0) {
        QSignalBlocker block(m_ui->renovationTable);
        m_ui->renovationTable->setCurrentCell(row, 0);
    }
    return true;
}

bool RenovationsPage::showRecord(const QString& kind, qint64 refId)
{
    if (!m_session)
        return false;
    auto id = m_uses.renovations.renovationOf(*m_session, kind, refId);
    return id && showRenovation(id.value());
}

void RenovationsPage::startApplication()
{
    m_form->start();
    m_ui->rightStack->setCurrentWidget(m_form);
    m_form->unitPicker()->setFocus();
}

bool RenovationsPage::checkIn()
{
    if (!m_session)
        return false;
    auto check = m_uses.renovations.checkIn(*m_session, m_ui->passNumber->text());
    QString text;
    QString colour = u"#c62828"_s;
    if (!check) {
        text = check.error().message;
    } else if (!check.value().valid) {
        text = tr("Refused: %1").arg(check.value().reason);
    } else {
        const PassCheck& c = check.value();
        text = tr("Let in: %1, %2 (%3), pass valid until %4.")
                   .arg(c.pass.workerName, c.unitCode, c.renovationNumber, DateTimeText::date(c.pass.validUntil));
        if (c.outsideHours)
            text += u' ' + tr("Outside the working hours (%1): recorded and flagged.")
                               .arg(m_uses.rules.value(QString::fromLatin1(SiteRules::RenovationWorkingHours)));
        else
            colour = u"#2e7d32"_s;
        m_ui->passNumber->clear();
    }
    m_ui->passResult->setText(u"<span style='color:%1'>%2</span>"_s.arg(colour, text.toHtmlEscaped()));
    return check && check.value().valid;
}

void RenovationsPage::savePass(const Renovation& renovation, const WorkerPass& pass)
{
    WorkerPassPrinter::Card card;
    card.siteName = m_uses.site.siteName();
    card.pass = pass;
    card.renovation = renovation;
    for (const RenovationWorker& w : renovation.workers)
        if (w.id == pass.workerId)
            card.worker = w;
    card.workingHours = m_uses.rules.value(QString::fromLatin1(SiteRules::RenovationWorkingHours)).replace(u'-', u'–');
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/%1.pdf"_s.arg(pass.number);
    const QString path =
        Ask::saveFileName(this, tr("Save pass %1 as PDF").arg(pass.number), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status written = WorkerPassPrinter::writePdf(card, path);
    m_ui->passResult->setText(written ? tr("Pass saved to %1.").arg(path) : written.error().message);
}

void RenovationsPage::saveRefund(const Renovation& renovation, const DepositRefund& refund)
{
    if (!m_session)
        return;
    DepositRefundPrinter::Slip slip;
    slip.siteName = m_uses.site.siteName();
    slip.renovationNumber = renovation.number;
    slip.refund = refund;
    if (auto lines = m_uses.renovations.depositLines(*m_session, renovation.id))
        slip.lines = lines.value();
    if (auto deductions = m_uses.renovations.deductions(*m_session, renovation.id))
        slip.deductions = deductions.value();
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/%1.pdf"_s.arg(refund.receiptNo);
    const QString path =
        Ask::saveFileName(this, tr("Save refund %1 as PDF").arg(refund.receiptNo), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status written = DepositRefundPrinter::writePdf(slip, path);
    m_ui->passResult->setText(written ? tr("Refund receipt saved to %1.").arg(path) : written.error().message);
}

} // namespace fd

#include "modules/renovations/RenovationWorkersTab.h"

#include "ui_RenovationWorkersTab.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/PersonalData.h"
#include "modules/renovations/RenovationService.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

RenovationWorkersTab::RenovationWorkersTab(RenovationService& renovations, const Clock& clock, QWidget* parent)
    : RenovationTab(renovations, parent), m_ui(std::make_unique<Ui_RenovationWorkersTab>()), m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->passFrom->setDisplayFormat(DateTimeText::dateFormat());
    m_ui->passUntil->setDisplayFormat(DateTimeText::dateFormat());
    m_errors.bind(u"name"_s, m_ui->workerName, m_ui->workerNameError);
    m_errors.bind(u"id_number"_s, m_ui->workerId, m_ui->workerIdError);
    m_errors.bind(u"phone"_s, m_ui->workerPhone, m_ui->workerPhoneError);
    m_errors.bind(u"worker"_s, m_ui->workerTable, m_ui->passError);
    m_errors.bind(u"from"_s, m_ui->passFrom, m_ui->passError);
    m_errors.bind(u"until"_s, m_ui->passUntil, m_ui->passError);
    m_errors.setFallback(m_ui->workerError);
    // Removing a worker and voiding a pass each answer on their own row.
    m_removeErrors.bind(u"reason"_s, m_ui->removeReason, m_ui->removeError);
    m_removeErrors.bind(u"worker"_s, m_ui->workerTable, m_ui->removeError);
    m_removeErrors.setFallback(m_ui->removeError);
    m_voidErrors.bind(u"reason"_s, m_ui->voidReason, m_ui->voidError);
    m_voidErrors.bind(u"pass"_s, m_ui->passTable, m_ui->voidError);
    m_voidErrors.setFallback(m_ui->voidError);
    connect(m_ui->addWorker, &QPushButton::clicked, this, &RenovationWorkersTab::addWorker);
    connect(m_ui->workerTrade, &QLineEdit::returnPressed, this, &RenovationWorkersTab::addWorker);
    connect(m_ui->removeWorker, &QPushButton::clicked, this, &RenovationWorkersTab::removeWorker);
    connect(m_ui->issuePass, &QPushButton::clicked, this, &RenovationWorkersTab::issuePass);
    connect(m_ui->voidPass, &QPushButton::clicked, this, &RenovationWorkersTab::voidPass);
    connect(m_ui->printPass, &QPushButton::clicked, this, [this] {
        if (!m_renovation)
            return;
        const qint64 id = selectedId(m_ui->passTable);
        for (const WorkerPass& p : m_renovation->passes)
            if (p.id == id)
                emit printRequested(p);
    });
}

RenovationWorkersTab::~RenovationWorkersTab() = default;

void RenovationWorkersTab::fill()
{
    const Renovation& r = *m_renovation;
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const RenovationWorker& w : r.workers) {
        rows << QStringList{w.name, w.idMasked, PersonalData::maskPhone(w.phone), w.trade,
                            w.onRoster() ? tr("on the roster")
                                         : tr("removed %1: %2").arg(DateTimeText::date(w.removedMs), w.removedReason)};
        ids << w.id;
    }
    const qint64 worker = m_fresh ? 0 : selectedId(m_ui->workerTable);
    if (m_fresh) {
        m_removeErrors.clear();
        m_voidErrors.clear();
    }
    setRows(m_ui->workerTable, {tr("Worker"), tr("ID number"), tr("Phone"), tr("Trade"), tr("State")}, rows);
    setRowIds(m_ui->workerTable, ids);
    for (int i = 0; i < ids.size(); ++i)
        if (ids[i] == worker)
            m_ui->workerTable->selectRow(i);
    if (m_ui->workerTable->currentRow() < 0 && !ids.isEmpty())
        m_ui->workerTable->selectRow(int(ids.size()) - 1);

    rows.clear();
    ids.clear();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    for (const WorkerPass& p : r.passes) {
        QString state = p.voidedMs != 0        ? tr("void: %1").arg(p.voidReason)
                        : today > p.validUntil ? tr("run out")
                                               : tr("valid");
        rows << QStringList{p.number, p.workerName,
                            tr("%1 to %2").arg(DateTimeText::date(p.validFrom), DateTimeText::date(p.validUntil)),
                            u"%1 %2"_s.arg(DateTimeText::date(p.issuedMs), p.issuedBy), state};
        ids << p.id;
    }
    // The pass selected stays selected when the renovation is shown again (a worker let in at the door
    // refreshes it): Void and Print act on the pass the clerk chose. A new renovation selects its last.
    const qint64 pass = m_fresh ? 0 : selectedId(m_ui->passTable);
    setRows(m_ui->passTable, {tr("Pass"), tr("Worker"), tr("Valid"), tr("Issued"), tr("State")}, rows);
    setRowIds(m_ui->passTable, ids);
    const int at = pass != 0 ? int(ids.indexOf(pass)) : -1;
    if (at >= 0)
        m_ui->passTable->selectRow(at);
    else if (!ids.isEmpty())
        m_ui->passTable->selectRow(int(ids.size()) - 1);

    const bool working = r.stage == RenovationStage::Working || r.stage == RenovationStage::Acceptance;
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_ui->workerName, m_ui->workerId, m_ui->workerPhone, m_ui->workerTrade, m_ui->addWorker,
             m_ui->removeReason, m_ui->removeWorker, m_ui->passFrom, m_ui->passUntil, m_ui->issuePass})
        allow(w, Permission::WorkTheDesk, working, notNow());
    allow(m_ui->voidReason, Permission::WorkTheDesk, !r.passes.isEmpty(), tr("No pass issued yet."));
    allow(m_ui->voidPass, Permission::WorkTheDesk, !r.passes.isEmpty(), tr("No pass issued yet."));
    m_ui->printPass->setEnabled(!r.passes.isEmpty());
    m_ui->printPass->setToolTip(r.passes.isEmpty() ? tr("No pass issued yet.") : QString());
    if (working && (m_fresh || m_ui->passUntil->date() > r.plannedEnd || m_ui->passFrom->date() < r.plannedStart)) {
        const QDate from = std::max(today, r.plannedStart);
        m_ui->passFrom->setDate(from);
        m_ui->passUntil->setDate(r.plannedEnd);
    }
}

bool RenovationWorkersTab::addWorker()
{
    if (!ready())
        return false;
    NewWorker w{m_ui->workerName->text(), m_ui->workerId->text(), m_ui->workerPhone->text(), m_ui->workerTrade->text()};
    if (!done(m_renovations.addWorker(*m_session, m_renovation->id, w)))
        return false;
    for (QLineEdit* e : {m_ui->workerName, m_ui->workerId, m_ui->workerPhone, m_ui->workerTrade})
        e->clear();
    m_ui->workerName->setFocus();
    return true;
}

bool RenovationWorkersTab::removeWorker()
{
    if (!ready())
        return false;
    auto removed = m_renovations.removeWorker(*m_session, selectedId(m_ui->workerTable), m_ui->removeReason->text());
    if (!removed) {
        m_removeErrors.show(removed.error());
        return false;
    }
    m_removeErrors.clear();
    m_ui->removeReason->clear();
    return done(removed);
}

bool RenovationWorkersTab::issuePass()
{
    return ready() && done(m_renovations.issuePass(*m_session, selectedId(m_ui->workerTable), m_ui->passFrom->date(),
                                                   m_ui->passUntil->date()));
}

bool RenovationWorkersTab::voidPass()
{
    if (!ready())
        return false;
    auto voided = m_renovations.voidPass(*m_session, selectedId(m_ui->passTable), m_ui->voidReason->text());
    if (!voided) {
        m_voidErrors.show(voided.error());
        return false;
    }
    m_voidErrors.clear();
    m_ui->voidReason->clear();
    return done(voided);
}

} // namespace fd

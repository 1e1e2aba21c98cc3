#include "modules/renovations/RenovationDetailWidget.h"

#include "ui_RenovationDetailWidget.h"

#include "core/DateTimeText.h"
#include "core/PersonalData.h"
#include "modules/renovations/RenovationAcceptanceTab.h"
#include "modules/renovations/RenovationApplicationTab.h"
#include "modules/renovations/RenovationInspectionsTab.h"
#include "modules/renovations/RenovationService.h"
#include "modules/renovations/RenovationTerms.h"
#include "modules/renovations/RenovationWorkersTab.h"

using namespace Qt::StringLiterals;

namespace fd {

RenovationDetailWidget::RenovationDetailWidget(RenovationService& renovations, ChargeService& charges,
                                               const Clock& clock, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_RenovationDetailWidget>()), m_renovations(renovations)
{
    m_ui->setupUi(this);
    m_application = new RenovationApplicationTab(renovations, charges, this);
    m_workers = new RenovationWorkersTab(renovations, clock, this);
    m_inspections = new RenovationInspectionsTab(renovations, clock, this);
    m_acceptance = new RenovationAcceptanceTab(renovations, clock, this);
    m_application->setObjectName(u"applicationTab"_s);
    m_workers->setObjectName(u"workersTab"_s);
    m_inspections->setObjectName(u"inspectionsTab"_s);
    m_acceptance->setObjectName(u"acceptanceTab"_s);
    m_ui->tabs->addTab(m_application, tr("Application and deposit"));
    m_ui->tabs->addTab(m_workers, tr("Workers and passes"));
    m_ui->tabs->addTab(m_inspections, tr("Inspections"));
    m_ui->tabs->addTab(m_acceptance, tr("Acceptance and refund"));
    for (RenovationTab* tab : tabs())
        connect(tab, &RenovationTab::changed, this, [this](qint64 id) {
            showRenovation(id);
            emit renovationChanged(id);
        });
    connect(m_application, &RenovationApplicationTab::resubmitRequested, this,
            &RenovationDetailWidget::resubmitRequested);
    connect(m_workers, &RenovationWorkersTab::printRequested, this, [this](const WorkerPass& pass) {
        if (m_renovation)
            emit passPrintRequested(*m_renovation, pass);
    });
    connect(m_acceptance, &RenovationAcceptanceTab::printRequested, this, [this](const DepositRefund& refund) {
        if (m_renovation)
            emit refundPrintRequested(*m_renovation, refund);
    });
}

RenovationDetailWidget::~RenovationDetailWidget() = default;

QList<RenovationTab*> RenovationDetailWidget::tabs() const
{
    return {m_application, m_workers, m_inspections, m_acceptance};
}

void RenovationDetailWidget::setSession(const Session& session)
{
    m_session = session;
    for (RenovationTab* tab : tabs())
        tab->setSession(session);
    if (m_renovation)
        showRenovation(m_renovation->id);
}

bool RenovationDetailWidget::showRenovation(qint64 renovationId)
{
    if (!m_session)
        return false;
    auto r = m_renovations.find(*m_session, renovationId);
    if (!r)
        return false;
    const bool other = !m_renovation || m_renovation->id != renovationId;
    m_renovation = r.value();
    const Renovation& v = *m_renovation;
    m_ui->detailTitle->setText(u"<b>%1</b> · %2 · %3 · %4"_s.arg(v.number, v.unitCode, v.ownerName.toHtmlEscaped(),
                                                                 RenovationTerms::displayName(v.stage)));
    QString facts = tr("%1 (licence %2), %3 %4. Work %5 to %6.")
                        .arg(v.companyName, v.companyLicence, v.companyPerson, PersonalData::maskPhone(v.companyPhone),
                             DateTimeText::date(v.plannedStart), DateTimeText::date(v.plannedEnd));
    if (!v.scheduleNote.isEmpty())
        facts += u' ' + tr("Plan: %1.").arg(v.scheduleNote);
    if (v.openProblems > 0)
        facts += u' ' + tr("%n problem(s) to put right.", nullptr, v.openProblems);
    if (v.stage == RenovationStage::Withdrawn)
        facts += u' ' + tr("Withdrawn: %1.").arg(v.withdrawReason);
    m_ui->detailFacts->setText(facts);
    for (RenovationTab* tab : tabs())
        tab->showRenovation(v);
    if (other)
        showStageTab();
    return true;
}

void RenovationDetailWidget::showStageTab()
{
    if (!m_renovation)
        return;
    switch (m_renovation->stage) {
    case RenovationStage::Review:
    case RenovationStage::Returned:
    case RenovationStage::Approved:
    case RenovationStage::Agreed:
    case RenovationStage::Withdrawn:
        m_ui->tabs->setCurrentWidget(m_application);
        break;
    case RenovationStage::Working:
        m_ui->tabs->setCurrentWidget(m_workers);
        break;
    case RenovationStage::Acceptance:
    case RenovationStage::Accepted:
    case RenovationStage::Refunded:
        m_ui->tabs->setCurrentWidget(m_acceptance);
        break;
    }
}

} // namespace fd

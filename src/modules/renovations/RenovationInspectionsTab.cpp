#include "modules/renovations/RenovationInspectionsTab.h"

#include "ui_RenovationInspectionsTab.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "modules/renovations/RenovationService.h"
#include "modules/renovations/RenovationTerms.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

RenovationInspectionsTab::RenovationInspectionsTab(RenovationService& renovations, const Clock& clock, QWidget* parent)
    : RenovationTab(renovations, parent), m_ui(std::make_unique<Ui_RenovationInspectionsTab>()), m_clock(clock)
{
    m_ui->setupUi(this);
    for (QDateEdit* d : {m_ui->inspectionDay, m_ui->fixBy, m_ui->newEnd})
        d->setDisplayFormat(DateTimeText::dateFormat());
    for (InspectionDepartment d : {InspectionDepartment::Engineering, InspectionDepartment::Security})
        m_ui->department->addItem(RenovationTerms::displayName(d), static_cast<int>(d));
    m_errors.bind(u"day"_s, m_ui->inspectionDay, m_ui->inspectionDayError);
    m_errors.bind(u"inspector"_s, m_ui->inspector, m_ui->inspectorError);
    m_errors.bind(u"findings"_s, m_ui->findings, m_ui->findingsError);
    m_errors.bind(u"told"_s, m_ui->told, m_ui->toldError);
    m_errors.bind(u"fix_by"_s, m_ui->fixBy, m_ui->fixByError);
    m_errors.bind(u"note"_s, m_ui->fixedNote, m_ui->fixedError);
    m_errors.bind(u"inspection"_s, m_ui->inspectionTable, m_ui->fixedError);
    m_errors.setFallback(m_ui->inspectionError);
    m_extensionErrors.bind(u"day"_s, m_ui->newEnd, m_ui->extensionError);
    m_extensionErrors.bind(u"reason"_s, m_ui->extendReason, m_ui->extensionError);
    m_extensionErrors.setFallback(m_ui->extensionError);
    connect(m_ui->problem, &QCheckBox::toggled, this, &RenovationInspectionsTab::updateProblemRows);
    connect(m_ui->recordInspection, &QPushButton::clicked, this, &RenovationInspectionsTab::recordInspection);
    connect(m_ui->problemFixed, &QPushButton::clicked, this, &RenovationInspectionsTab::problemFixed);
    connect(m_ui->extend, &QPushButton::clicked, this, &RenovationInspectionsTab::extend);
    updateProblemRows();
}

RenovationInspectionsTab::~RenovationInspectionsTab() = default;

void RenovationInspectionsTab::updateProblemRows()
{
    const bool problem = m_ui->problem->isChecked();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->toldCaption, m_ui->toldField, m_ui->fixByCaption, m_ui->fixByField})
        w->setVisible(problem);
}

void RenovationInspectionsTab::fill()
{
    const Renovation& r = *m_renovation;
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const RenovationInspection& i : r.inspections) {
        QString state;
        if (i.problem)
            state = i.fixedMs != 0 ? tr("put right %1: %2").arg(DateTimeText::date(i.fixedMs), i.fixedNote)
                                   : tr("to put right by %1 (told: %2)").arg(DateTimeText::date(*i.fixBy), i.toldHow);
        rows << QStringList{DateTimeText::date(i.day), RenovationTerms::displayName(i.department), i.inspector,
                            i.findings, state};
        ids << i.id;
    }
    // The inspection selected stays selected when the renovation is shown again; else its last open problem.
    const qint64 chosen = m_fresh ? 0 : selectedId(m_ui->inspectionTable);
    setRows(m_ui->inspectionTable, {tr("Day"), tr("Department"), tr("Inspector"), tr("Found"), tr("Problem")}, rows);
    setRowIds(m_ui->inspectionTable, ids);
    int at = chosen != 0 ? int(ids.indexOf(chosen)) : -1;
    if (at >= 0 && !r.inspections[at].openProblem())
        at = -1; // put right meanwhile: the next open one
    for (int row = int(r.inspections.size()) - 1; row >= 0 && at < 0; --row)
        if (r.inspections[row].openProblem())
            at = row;
    if (at >= 0)
        m_ui->inspectionTable->selectRow(at);

    rows.clear();
    for (const RenovationExtension& e : r.extensions)
        rows << QStringList{DateTimeText::date(e.fromDay), DateTimeText::date(e.toDay), e.reason,
                            u"%1 %2"_s.arg(e.approvedBy, DateTimeText::date(e.createdMs))};
    setRows(m_ui->extensionTable, {tr("Was to end"), tr("Now ends"), tr("Why"), tr("Approved by")}, rows);

    const bool working = r.stage == RenovationStage::Working || r.stage == RenovationStage::Acceptance;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->inspectionDay, m_ui->department, m_ui->inspector, m_ui->findings,
                                         m_ui->problem, m_ui->told, m_ui->fixBy, m_ui->recordInspection})
        allow(w, Permission::WorkTheDesk, working, notNow());
    const bool open = r.openProblems > 0;
    allow(m_ui->fixedNote, Permission::WorkTheDesk, open, tr("No problem is waiting to be put right."));
    allow(m_ui->problemFixed, Permission::WorkTheDesk, open, tr("No problem is waiting to be put right."));
    allow(m_ui->newEnd, Permission::ReviewRenovations, working, notNow());
    allow(m_ui->extendReason, Permission::ReviewRenovations, working, notNow());
    allow(m_ui->extend, Permission::ReviewRenovations, working, notNow());
    if (m_fresh) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
        m_ui->inspectionDay->setDate(today);
        m_ui->fixBy->setDate(today.addDays(3));
        m_extensionErrors.clear();
    }
    if (m_fresh || m_ui->newEnd->date() <= r.plannedEnd)
        m_ui->newEnd->setDate(r.plannedEnd.addMonths(1));
}

bool RenovationInspectionsTab::recordInspection()
{
    if (!ready())
        return false;
    InspectionFound f;
    f.day = m_ui->inspectionDay->date();
    f.department = static_cast<InspectionDepartment>(m_ui->department->currentData().toInt());
    f.inspector = m_ui->inspector->text();
    f.findings = m_ui->findings->text();
    f.problem = m_ui->problem->isChecked();
    if (f.problem) {
        f.toldHow = m_ui->told->text();
        f.fixBy = m_ui->fixBy->date();
    }
    if (!done(m_renovations.recordInspection(*m_session, m_renovation->id, f)))
        return false;
    for (QLineEdit* e : {m_ui->inspector, m_ui->findings, m_ui->told})
        e->clear();
    m_ui->problem->setChecked(false);
    return true;
}

bool RenovationInspectionsTab::problemFixed()
{
    if (!ready())
        return false;
    const bool ok =
        done(m_renovations.problemFixed(*m_session, selectedId(m_ui->inspectionTable), m_ui->fixedNote->text()));
    if (ok)
        m_ui->fixedNote->clear();
    return ok;
}

bool RenovationInspectionsTab::extend()
{
    if (!ready())
        return false;
    // Its own errors: the extension's day is not the inspection's.
    auto extended =
        m_renovations.extend(*m_session, m_renovation->id, m_ui->newEnd->date(), m_ui->extendReason->text());
    if (!extended) {
        m_extensionErrors.show(extended.error());
        return false;
    }
    m_extensionErrors.clear();
    m_ui->extendReason->clear();
    return done(extended);
}

} // namespace fd

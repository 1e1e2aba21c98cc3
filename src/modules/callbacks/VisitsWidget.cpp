#include "modules/callbacks/VisitsWidget.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "modules/callbacks/VisitListModel.h"
#include "modules/callbacks/VisitService.h"
#include "modules/registry/RegistryTypes.h"
#include "modules/registry/UnitPickerWidget.h"
#include "widgets/FormEdits.h"

#include "ui_VisitsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

const QColor kBelowQuota(0xE0, 0x9A, 0x1A); // amber
const QColor kQuotaMet(0x3C, 0x9A, 0x4E);   // green

QString barName(qint64 userId)
{
    return userId == 0 ? u"visitBarDepartment"_s : u"visitBar%1"_s.arg(userId);
}

} // namespace

VisitsWidget::VisitsWidget(VisitService& visits, RegistryService& registry, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_visits(visits), m_clock(clock), m_model(new VisitListModel(visits, this))
{
    setObjectName(u"visitsWidget"_s);
    auto* layout = new QVBoxLayout(this);
    auto* upper = new QHBoxLayout;
    auto* formBox = new QGroupBox(this);
    buildForm(formBox, registry);
    upper->addWidget(formBox, 3);

    m_progressBox = new QGroupBox(this);
    m_progressBox->setObjectName(u"visitProgress"_s);
    auto* progressLayout = new QVBoxLayout(m_progressBox);
    m_scroll = new QScrollArea(m_progressBox);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->setAutoFillBackground(false);
    progressLayout->addWidget(m_scroll);
    upper->addWidget(m_progressBox, 2);
    layout->addLayout(upper);

    m_count = new QLabel(this);
    m_count->setObjectName(u"visitCount"_s);
    layout->addWidget(m_count);
    m_table = new QTableView(this);
    m_table->setObjectName(u"visitTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VisitListModel::Topic, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(VisitListModel::Opinion, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"visitMessage"_s);
    layout->addWidget(m_message);
    m_errors.setFallback(m_message);
    setTabOrder(m_unit->edit(), m_person);
}

void VisitsWidget::buildForm(QGroupBox* box, RegistryService& registry)
{
    // The unit picker needs the registry, so it is made in code; made first, it is first on Tab.
    m_unit = new UnitPickerWidget(registry, box);
    m_unit->setObjectName(u"visitUnitPicker"_s);
    Ui_VisitsWidget form;
    form.setupUi(box);
    form.visitFormLayout->setWidget(0, QFormLayout::FieldRole, m_unit);
    form.visitUnitCaption->setBuddy(m_unit->edit());
    m_errors.bind(u"unit"_s, m_unit->edit(), form.visitUnitError);

    m_person = form.visitPerson;
    m_visited = form.visitedAt;
    m_visited->setDisplayFormat(DateTimeText::dateTimeFormat());
    m_errors.bind(u"visited"_s, m_visited, form.visitedError);
    m_way = form.visitWay;
    for (VisitWay way : VisitService::ways())
        m_way->addItem(VisitService::wayName(way), static_cast<int>(way));
    m_errors.bind(u"way"_s, m_way, form.visitWayError);
    m_topic = form.visitTopic;
    m_errors.bind(u"topic"_s, m_topic, form.visitTopicError);
    m_opinion = form.visitOpinion;
    m_forDepartment = form.visitForDepartment;
    m_record = form.recordVisit;
    m_done = form.visitDone;

    connect(m_record, &QPushButton::clicked, this, &VisitsWidget::recordVisit);
    // "Visit to … recorded" was about the visit before: typing the next one takes it away.
    FormEdits::watch(box, m_done, [this] { m_done->clear(); });
    connect(m_opinion, &QLineEdit::returnPressed, this, &VisitsWidget::recordVisit);
    connect(m_unit, &UnitPickerWidget::unitChanged, this, &VisitsWidget::unitChosen);
}

void VisitsWidget::setSession(const Session& session)
{
    m_session = session;
    m_unit->setSession(session);
    refresh();
    resetForm();
}

void VisitsWidget::refresh()
{
    m_model->refresh();
    auto total = m_visits.count();
    m_count->setText(total ? tr("%n visit(s) recorded, the latest first", nullptr, static_cast<int>(total.value()))
                           : total.error().message);
    showProgress();
    m_record->setEnabled(m_session.has_value());
}

QProgressBar* VisitsWidget::progressBar(qint64 userId) const
{
    return m_bars ? m_bars->findChild<QProgressBar*>(barName(userId)) : nullptr;
}

QProgressBar* VisitsWidget::addBar(const VisitTally& tally, const QString& label, bool bold)
{
    const int row = m_barsLayout->count() / 2; // a label and a bar per row
    auto* name = new QLabel(label, m_bars);
    if (bold) {
        QFont f = name->font();
        f.setBold(true);
        name->setFont(f);
    }
    auto* bar = new QProgressBar(m_bars);
    bar->setObjectName(barName(tally.userId));
    bar->setRange(0, qMax(1, tally.quota));
    bar->setValue(qMin(tally.done, qMax(1, tally.quota)));
    bar->setFormat(tr("%1 of %2").arg(tally.done).arg(tally.quota)); // R-CB-5
    bar->setProperty("met", tally.met());
    QPalette p = bar->palette();
    p.setColor(QPalette::Highlight, tally.met() ? kQuotaMet : kBelowQuota);
    bar->setPalette(p);
    bar->setToolTip(tally.met() ? tr("Quota met") : tr("%n more to go", nullptr, tally.quota - tally.done));
    name->setBuddy(bar);
    m_barsLayout->addWidget(name, row, 0);
    m_barsLayout->addWidget(bar, row, 1);
    return bar;
}

void VisitsWidget::showProgress()
{
    // Rebuilt on every refresh (a handful of clerks, one month); setWidget deletes the old bars.
    m_bars = new QWidget;
    m_bars->setObjectName(u"visitBars"_s);
    m_barsLayout = new QGridLayout(m_bars);
    m_barsLayout->setContentsMargins(0, 0, 0, 0);
    m_barsLayout->setColumnStretch(1, 1);
    m_scroll->setWidget(m_bars);
    m_bars->setAutoFillBackground(false); // the group box's background, not the viewport's grey
    const qint64 now = m_clock.nowMs();
    m_progressBox->setTitle(tr("Visits in %1").arg(DateTimeText::month(QDateTime::fromMSecsSinceEpoch(now).date())));
    auto progress = m_visits.progress(now);
    if (!progress)
        return m_errors.show(progress.error());
    const VisitProgress& p = progress.value();
    const qint64 me = m_session ? m_session->user.id : 0;
    // The signed-in clerk's own bar first, then the department's, then everyone else's.
    for (const VisitTally& t : p.clerks)
        if (t.userId == me)
            addBar(t, tr("%1 (you)").arg(t.name), true);
    addBar(p.department, p.department.name, true);
    for (const VisitTally& t : p.clerks)
        if (t.userId != me)
            addBar(t, t.name, false);
    m_barsLayout->setRowStretch(m_barsLayout->count() / 2, 1);
}

void VisitsWidget::unitChosen(qint64 unitId)
{
    // The person visited is usually the unit's first registered resident; a name the clerk typed stays.
    const QString typed = m_person->text().trimmed();
    if (unitId == 0 || (!typed.isEmpty() && typed != m_filledPerson))
        return;
    m_filledPerson.clear();
    for (const Resident& r : m_unit->detail().residents)
        if (r.active) {
            m_filledPerson = r.name;
            break;
        }
    m_person->setText(m_filledPerson);
}

void VisitsWidget::resetForm()
{
    m_unit->clear();
    m_person->clear();
    m_filledPerson.clear();
    m_visited->setDateTime(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()));
    m_way->setCurrentIndex(0);
    m_topic->clear();
    m_opinion->clear();
    m_forDepartment->setChecked(false);
}

void VisitsWidget::recordVisit()
{
    if (!m_session)
        return;
    m_errors.clear();
    VisitInput in;
    in.unitId = m_unit->unitId();
    in.personName = m_person->text();
    in.visitedMs = m_visited->dateTime().toMSecsSinceEpoch();
    in.way = static_cast<VisitWay>(m_way->currentData().toInt());
    in.topic = m_topic->text();
    in.opinion = m_opinion->text();
    in.forDepartment = m_forDepartment->isChecked();
    auto done = m_visits.record(*m_session, in);
    if (!done)
        return m_errors.show(done.error());
    const CustomerVisit& v = done.value();
    refresh();
    resetForm();
    m_done->setText(v.forDepartment ? tr("Visit to %1 recorded for the department.").arg(v.unitCode)
                                    : tr("Visit to %1 recorded.").arg(v.unitCode));
    m_unit->edit()->setFocus();
    emit visitRecorded(v.id);
}

} // namespace fd

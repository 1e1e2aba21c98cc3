#include "modules/renovations/NewRenovationForm.h"

#include "ui_NewRenovationForm.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "modules/registry/UnitPickerWidget.h"
#include "modules/renovations/RenovationService.h"
#include "modules/renovations/RenovationTerms.h"
#include "widgets/Ask.h"
#include "widgets/TabOrder.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fd {

NewRenovationForm::NewRenovationForm(RenovationService& renovations, RegistryService& registry, const Clock& clock,
                                     QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_NewRenovationForm>()), m_renovations(renovations), m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->start->setDisplayFormat(DateTimeText::dateFormat());
    m_ui->end->setDisplayFormat(DateTimeText::dateFormat());
    m_unit = new UnitPickerWidget(registry, m_ui->unitField);
    m_ui->unitFieldLayout->insertWidget(0, m_unit);
    m_ui->unitCaption->setBuddy(m_unit->edit());
    TabOrder::placeAfter(m_unit, m_ui->owner);
    m_errors.bind(u"unit"_s, m_unit->edit(), m_ui->unitError);
    m_errors.bind(u"owner"_s, m_ui->owner, m_ui->ownerError);
    m_errors.bind(u"company"_s, m_ui->company, m_ui->companyError);
    m_errors.bind(u"licence"_s, m_ui->licence, m_ui->licenceError);
    m_errors.bind(u"person"_s, m_ui->person, m_ui->personError);
    m_errors.bind(u"phone"_s, m_ui->phone, m_ui->phoneError);
    m_errors.bind(u"scope"_s, m_ui->scope, m_ui->scopeError);
    m_errors.bind(u"start"_s, m_ui->start, m_ui->startError);
    m_errors.bind(u"end"_s, m_ui->end, m_ui->endError);
    m_errors.bind(u"drawings"_s, m_ui->drawingList, m_ui->drawingsError);
    m_errors.setFallback(m_ui->applicationError);
    connect(m_unit, &UnitPickerWidget::unitChanged, this, &NewRenovationForm::fillOwners);
    connect(m_ui->addDrawing, &QPushButton::clicked, this, &NewRenovationForm::chooseDrawing);
    connect(m_ui->removeDrawing, &QPushButton::clicked, this, [this] { delete m_ui->drawingList->currentItem(); });
    connect(m_ui->submitButton, &QPushButton::clicked, this, &NewRenovationForm::submit);
    connect(m_ui->backButton, &QPushButton::clicked, this, &NewRenovationForm::backRequested);
    start();
}

NewRenovationForm::~NewRenovationForm() = default;

void NewRenovationForm::setSession(const Session& session)
{
    m_session = session;
    m_unit->setSession(session);
}

void NewRenovationForm::start()
{
    m_resubmitting = 0;
    m_errors.clear();
    m_ui->applicationGroup->setTitle(tr("Renovation application"));
    m_ui->submitButton->setText(tr("Sub&mit for review"));
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_unit, m_ui->owner, m_ui->company, m_ui->licence, m_ui->person, m_ui->phone})
        w->setEnabled(true);
    m_unit->clear();
    for (QLineEdit* e : {m_ui->company, m_ui->licence, m_ui->person, m_ui->phone, m_ui->description})
        e->clear();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    m_ui->start->setDate(today.addDays(1));
    m_ui->end->setDate(today.addMonths(3));
    m_ui->drawingList->clear();
    fillScope();
    fillOwners();
}

void NewRenovationForm::startResubmission(const Renovation& r)
{
    start();
    m_resubmitting = r.id;
    m_ui->applicationGroup->setTitle(tr("Round %1 of %2, after: %3")
                                         .arg(r.rounds.size() + 1)
                                         .arg(r.number, r.lastRound() ? r.lastRound()->comment : QString()));
    m_ui->submitButton->setText(tr("Sub&mit the new round"));
    setUnit(r.unitId);
    m_ui->owner->setCurrentIndex(m_ui->owner->findData(r.residentId));
    m_ui->company->setText(r.companyName);
    m_ui->licence->setText(r.companyLicence);
    m_ui->person->setText(r.companyPerson);
    m_ui->phone->setText(r.companyPhone);
    const QString why = tr("Set when the renovation was applied for.");
    for (QWidget* w : std::initializer_list<QWidget*>{m_unit, m_ui->owner, m_ui->company, m_ui->licence, m_ui->person,
                                                      m_ui->phone}) {
        w->setEnabled(false);
        w->setToolTip(why);
    }
    if (const RenovationRound* last = r.lastRound()) {
        setScope(last->scope);
        m_ui->description->setText(last->description);
        m_ui->start->setDate(last->plannedStart);
        m_ui->end->setDate(last->plannedEnd);
    }
    m_ui->description->setFocus();
}

bool NewRenovationForm::setUnit(qint64 unitId)
{
    const bool found = m_unit->setUnit(unitId);
    fillOwners();
    return found;
}

void NewRenovationForm::fillOwners()
{
    m_ui->owner->clear();
    if (m_unit->unitId() == 0)
        return;
    // R-RN-1: the owner applies (and signs the agreement).
    for (const Resident& r : m_unit->detail().residents)
        if (r.active && r.relation == ResidentRelation::Owner)
            m_ui->owner->addItem(r.name, r.id);
}

void NewRenovationForm::fillScope()
{
    m_ui->scope->clear();
    auto items = m_renovations.scopeItems();
    if (!items)
        return;
    for (const ScopeItem& i : items.value()) {
        if (!i.active)
            continue;
        QString text = i.name;
        if (i.approval != ScopeApproval::None)
            text = tr("%1 (%2)").arg(i.name, RenovationTerms::displayName(i.approval));
        auto* item = new QListWidgetItem(text, m_ui->scope);
        item->setData(Qt::UserRole, i.key);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
}

void NewRenovationForm::setScope(const QStringList& keys)
{
    for (int i = 0; i < m_ui->scope->count(); ++i) {
        QListWidgetItem* item = m_ui->scope->item(i);
        item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void NewRenovationForm::addDrawing(const QString& path)
{
    auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_ui->drawingList);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
}

void NewRenovationForm::chooseDrawing()
{
    const QString path = Ask::openFileName(this, tr("Choose a drawing"),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                           tr("PDF and pictures (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"));
    if (!path.isEmpty())
        addDrawing(path);
}

RenovationApplication NewRenovationForm::application() const
{
    RenovationApplication a;
    a.unitId = m_unit->unitId();
    a.residentId = m_ui->owner->currentData().toLongLong();
    a.companyName = m_ui->company->text();
    a.companyLicence = m_ui->licence->text();
    a.companyPerson = m_ui->person->text();
    a.companyPhone = m_ui->phone->text();
    for (int i = 0; i < m_ui->scope->count(); ++i)
        if (m_ui->scope->item(i)->checkState() == Qt::Checked)
            a.scope << m_ui->scope->item(i)->data(Qt::UserRole).toString();
    a.description = m_ui->description->text();
    a.plannedStart = m_ui->start->date();
    a.plannedEnd = m_ui->end->date();
    for (int i = 0; i < m_ui->drawingList->count(); ++i)
        a.drawingPaths << m_ui->drawingList->item(i)->data(Qt::UserRole).toString();
    return a;
}

bool NewRenovationForm::submit()
{
    if (!m_session)
        return false;
    m_errors.clear();
    auto r = m_resubmitting != 0 ? m_renovations.resubmit(*m_session, m_resubmitting, application())
                                 : m_renovations.apply(*m_session, application());
    if (!r) {
        m_errors.show(r.error());
        return false;
    }
    emit submitted(r.value());
    return true;
}

} // namespace fd

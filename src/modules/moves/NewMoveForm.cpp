#include "modules/moves/NewMoveForm.h"

#include "ui_NewMoveForm.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "modules/moves/MoveService.h"
#include "modules/moves/MoveSteps.h"
#include "modules/registry/UnitPickerWidget.h"
#include "widgets/TabOrder.h"

using namespace Qt::StringLiterals;

namespace fd {

NewMoveForm::NewMoveForm(MoveService& moves, RegistryService& registry, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_NewMoveForm>()), m_moves(moves), m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->newKind->addItem(MoveSteps::displayName(MoveKind::In), static_cast<int>(MoveKind::In));
    m_ui->newKind->addItem(MoveSteps::displayName(MoveKind::Out), static_cast<int>(MoveKind::Out));
    m_ui->newRelation->addItem(tr("Owner"), static_cast<int>(ResidentRelation::Owner));
    m_ui->newRelation->addItem(tr("Tenant"), static_cast<int>(ResidentRelation::Tenant));
    m_ui->newDay->setDisplayFormat(DateTimeText::dateFormat());
    m_unit = new UnitPickerWidget(registry, m_ui->newUnitField);
    m_ui->newUnitFieldLayout->insertWidget(0, m_unit);
    m_ui->newUnitCaption->setBuddy(m_unit->edit());
    TabOrder::placeAfter(m_ui->newKind, m_unit);
    m_errors.bind(u"unit"_s, m_unit->edit(), m_ui->newUnitError);
    m_errors.bind(u"resident"_s, m_ui->newResident, m_ui->newResidentError);
    m_errors.bind(u"name"_s, m_ui->newName, m_ui->newNameError);
    m_errors.bind(u"phones"_s, m_ui->newPhone, m_ui->newPhoneError);
    m_errors.bind(u"phone"_s, m_ui->newPhone, m_ui->newPhoneError);
    m_errors.bind(u"day"_s, m_ui->newDay, m_ui->newDayError);
    m_errors.setFallback(m_ui->newMoveError);
    connect(m_unit, &UnitPickerWidget::unitChanged, this, &NewMoveForm::fillResidents);
    connect(m_ui->newKind, &QComboBox::activated, this, &NewMoveForm::fillResidents);
    connect(m_ui->newResident, &QComboBox::currentIndexChanged, this, &NewMoveForm::updateNewRows);
    connect(m_ui->openMove, &QPushButton::clicked, this, &NewMoveForm::open);
    connect(m_ui->backToMove, &QPushButton::clicked, this, &NewMoveForm::backRequested);
    connect(m_ui->newNote, &QLineEdit::returnPressed, this, &NewMoveForm::open);
    start(MoveKind::In);
}

NewMoveForm::~NewMoveForm() = default;

void NewMoveForm::setSession(const Session& session)
{
    m_session = session;
    m_unit->setSession(session);
}

void NewMoveForm::start(MoveKind kind)
{
    m_errors.clear();
    m_ui->newKind->setCurrentIndex(m_ui->newKind->findData(static_cast<int>(kind)));
    m_unit->clear();
    m_ui->newName->clear();
    m_ui->newPhone->clear();
    m_ui->newNote->clear();
    m_ui->newRelation->setCurrentIndex(0);
    m_ui->newDay->setDate(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date());
    fillResidents();
}

void NewMoveForm::fillResidents()
{
    const bool moveIn = m_ui->newKind->currentData().toInt() == static_cast<int>(MoveKind::In);
    m_ui->newResident->clear();
    if (m_unit->unitId() != 0)
        for (const Resident& r : m_unit->detail().residents)
            if (r.active)
                m_ui->newResident->addItem(r.relation == ResidentRelation::Tenant ? tr("%1 (tenant)").arg(r.name)
                                                                                  : tr("%1 (owner)").arg(r.name),
                                           r.id);
    if (moveIn)
        m_ui->newResident->addItem(tr("Someone new (enter below)"), 0);
    updateNewRows();
}

void NewMoveForm::updateNewRows()
{
    const bool someoneNew = m_ui->newResident->count() > 0 && m_ui->newResident->currentData().toLongLong() == 0;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->newNameCaption, m_ui->newNameField, m_ui->newRelationCaption,
                                         m_ui->newRelation, m_ui->newPhoneCaption, m_ui->newPhoneField})
        w->setVisible(someoneNew);
}

bool NewMoveForm::setUnit(qint64 unitId)
{
    const bool found = m_unit->setUnit(unitId);
    fillResidents();
    return found;
}

bool NewMoveForm::chooseResident(const QString& name)
{
    for (int i = 0; i < m_ui->newResident->count(); ++i) {
        const bool someoneNew = m_ui->newResident->itemData(i).toLongLong() == 0;
        if (name.isEmpty() ? someoneNew : m_ui->newResident->itemText(i).startsWith(name)) {
            m_ui->newResident->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

NewMove NewMoveForm::request() const
{
    NewMove m;
    m.kind = static_cast<MoveKind>(m_ui->newKind->currentData().toInt());
    m.unitId = m_unit->unitId();
    m.residentId = m_ui->newResident->currentData().toLongLong();
    if (m_ui->newResident->count() > 0 && m.residentId == 0) {
        ResidentChange who;
        who.name = m_ui->newName->text();
        who.relation = static_cast<ResidentRelation>(m_ui->newRelation->currentData().toInt());
        if (!m_ui->newPhone->text().trimmed().isEmpty())
            who.phones << m_ui->newPhone->text();
        m.newResident = who;
    }
    m.plannedDay = m_ui->newDay->date();
    m.note = m_ui->newNote->text();
    return m;
}

bool NewMoveForm::open()
{
    if (!m_session)
        return false;
    m_errors.clear();
    auto move = m_moves.open(*m_session, request());
    if (!move) {
        m_errors.show(move.error());
        return false;
    }
    emit opened(move.value());
    return true;
}

} // namespace fd

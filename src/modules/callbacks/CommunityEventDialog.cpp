#include "modules/callbacks/CommunityEventDialog.h"

#include "core/Clock.h"
#include "modules/callbacks/CommunityEventService.h"

#include "ui_CommunityEventDialog.h"

#include <QDateTime>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

CommunityEventDialog::CommunityEventDialog(CommunityEventService& events, const Session& session, const Clock& clock,
                                           QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CommunityEventDialog>()), m_events(events), m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(u"communityEventDialog"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record and queue the callbacks"));
    m_errors.bind(u"title"_s, m_ui->eventTitleEdit, m_ui->eventTitleError);
    m_errors.bind(u"ends"_s, m_ui->eventEndsEdit, m_ui->eventEndsError);
    m_errors.bind(u"units"_s, m_ui->eventUnitList, m_ui->eventUnitsError);
    m_errors.setFallback(m_ui->eventFormError);
    for (QLabel* label : {m_ui->eventTitleError, m_ui->eventEndsError, m_ui->eventUnitsError, m_ui->eventFormError})
        FormErrors::style(label);

    const QDateTime now = QDateTime::fromMSecsSinceEpoch((clock.nowMs() / 60'000) * 60'000);
    m_ui->eventStartsEdit->setDateTime(now.addSecs(-4 * 3600));
    m_ui->eventEndsEdit->setDateTime(now);

    m_ui->eventBuildingCombo->addItem(tr("every building"), QString());
    auto households = m_events.households(m_session);
    if (!households)
        m_errors.show(households.error());
    else
        m_households = households.value();
    QStringList buildings;
    for (const EventHousehold& h : std::as_const(m_households)) {
        if (!buildings.contains(h.building)) {
            buildings << h.building;
            m_ui->eventBuildingCombo->addItem(tr("Building %1").arg(h.building), h.building);
        }
        auto* item = new QListWidgetItem(h.code, m_ui->eventUnitList);
        item->setData(Qt::UserRole, h.unitId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_ui->eventSelectButton, &QPushButton::clicked, this, &CommunityEventDialog::selectByBuildingAndFloor);
    connect(m_ui->eventClearButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->eventUnitList->count(); ++i)
            m_ui->eventUnitList->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(m_ui->eventUnitList, &QListWidget::itemChanged, this, &CommunityEventDialog::updateCount);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CommunityEventDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
}

CommunityEventDialog::~CommunityEventDialog() = default;

void CommunityEventDialog::selectByBuildingAndFloor()
{
    // R-CB-1: the households an event touched, by building and floors (0: any).
    const QList<qint64> chosen =
        CommunityEventService::choose(m_households, m_ui->eventBuildingCombo->currentData().toString(),
                                      m_ui->eventFloorFromSpin->value(), m_ui->eventFloorToSpin->value());
    for (int i = 0; i < m_ui->eventUnitList->count(); ++i) {
        QListWidgetItem* item = m_ui->eventUnitList->item(i);
        if (chosen.contains(item->data(Qt::UserRole).toLongLong()))
            item->setCheckState(Qt::Checked);
    }
}

QList<qint64> CommunityEventDialog::chosenUnits() const
{
    QList<qint64> out;
    for (int i = 0; i < m_ui->eventUnitList->count(); ++i)
        if (m_ui->eventUnitList->item(i)->checkState() == Qt::Checked)
            out << m_ui->eventUnitList->item(i)->data(Qt::UserRole).toLongLong();
    return out;
}

void CommunityEventDialog::updateCount()
{
    m_ui->eventUnitCount->setText(tr("%n household(s) chosen.", nullptr, int(chosenUnits().size())));
}

void CommunityEventDialog::accept()
{
    m_errors.clear();
    NewCommunityEvent e;
    e.title = m_ui->eventTitleEdit->text();
    e.description = m_ui->eventDescriptionEdit->toPlainText();
    e.startsMs = m_ui->eventStartsEdit->dateTime().toMSecsSinceEpoch();
    e.endsMs = m_ui->eventEndsEdit->dateTime().toMSecsSinceEpoch();
    e.unitIds = chosenUnits();
    auto r = m_events.record(m_session, e);
    if (!r) {
        m_errors.show(r.error());
        return;
    }
    m_recorded = r.value();
    QDialog::accept();
}

} // namespace fd

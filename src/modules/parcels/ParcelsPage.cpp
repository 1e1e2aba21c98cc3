#include "modules/parcels/ParcelsPage.h"

#include "core/Clock.h"
#include "modules/parcels/ParcelListModel.h"
#include "modules/parcels/ParcelReceiveWidget.h"
#include "modules/parcels/ParcelService.h"
#include "widgets/FormEdits.h"
#include "widgets/KeepCurrent.h"
#include "widgets/SignatureField.h"
#include "widgets/TableSelection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

ParcelsPage::ParcelsPage(ParcelService& parcels, RegistryService& registry, const Clock& clock, MinuteTick& minuteTick,
                         QWidget* parent)
    : QWidget(parent), m_parcels(parcels), m_clock(clock), m_tabs(new QTabWidget(this)),
      m_receive(new ParcelReceiveWidget(registry, parcels, this)), m_model(new ParcelListModel(parcels, this))
{
    setObjectName(u"parcelsPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(u"parcelTabs"_s);
    m_tabs->addTab(m_receive, tr("&Receive a batch"));
    m_tabs->addTab(buildWaiting(), tr("&Waiting parcels"));
    layout->addWidget(m_tabs);
    connect(m_receive, &ParcelReceiveWidget::batchSaved, this, [this] {
        refresh();
        emit parcelsChanged();
    });
    // R-PS-4: a waiting parcel's age and colour follow the clock while the page stays open.
    KeepCurrent::follow(this, minuteTick, [this] { m_model->setNow(m_clock.nowMs()); });
}

QWidget* ParcelsPage::buildWaiting()
{
    auto* box = new QWidget(this);
    auto* left = new QVBoxLayout(box);
    auto* top = new QHBoxLayout;
    m_filter = new QComboBox(box);
    m_filter->setObjectName(u"filterCombo"_s);
    m_filter->addItem(tr("Not yet told"), static_cast<int>(ParcelFilter::ToNotify));
    m_filter->addItem(tr("All waiting"), static_cast<int>(ParcelFilter::Waiting));
    m_filter->addItem(tr("Including picked up"), static_cast<int>(ParcelFilter::All));
    m_filter->setCurrentIndex(1);
    m_count = new QLabel(box);
    m_count->setObjectName(u"parcelCount"_s);
    top->addWidget(new QLabel(tr("Show"), box));
    top->addWidget(m_filter);
    top->addWidget(m_count, 1);
    left->addLayout(top);

    m_table = new QTableView(box);
    m_table->setObjectName(u"parcelTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    left->addWidget(m_table, 1);

    auto* notify = new QHBoxLayout;
    m_how = new QComboBox(box);
    m_how->setObjectName(u"notifyHowCombo"_s);
    for (NoticeWay w : {NoticeWay::Phone, NoticeWay::Sms, NoticeWay::Note})
        m_how->addItem(ParcelService::wayName(w), static_cast<int>(w));
    m_noteEdit = new QLineEdit(box);
    m_noteEdit->setObjectName(u"notifyNoteEdit"_s);
    m_noteEdit->setPlaceholderText(tr("Note (where the slip was left…)"));
    m_notify = new QPushButton(tr("&Told"), box);
    m_notify->setObjectName(u"notifyButton"_s);
    m_notifyUnit = new QPushButton(tr("Told, whole &unit"), box);
    m_notifyUnit->setObjectName(u"notifyUnitButton"_s);
    notify->addWidget(new QLabel(tr("Resident told by"), box));
    notify->addWidget(m_how);
    notify->addWidget(m_noteEdit, 1);
    notify->addWidget(m_notify);
    notify->addWidget(m_notifyUnit);
    left->addLayout(notify);
    left->addWidget(m_errors.add(u"note"_s, m_noteEdit, u"noteError"_s, box));
    left->addWidget(buildPickup());

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ParcelsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ParcelsPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParcelsPage::updateSelection);
    connect(m_notify, &QPushButton::clicked, this, &ParcelsPage::notifySelected);
    connect(m_notifyUnit, &QPushButton::clicked, this, &ParcelsPage::notifyUnit);
    return box;
}

QWidget* ParcelsPage::buildPickup()
{
    // Below the list: what is chosen and who takes it on the left, where they sign on the right.
    auto* group = new QGroupBox(tr("Pickup"), this);
    group->setObjectName(u"pickupGroup"_s);
    auto* row = new QHBoxLayout(group);
    auto* layout = new QVBoxLayout;
    m_chosen = new QLabel(group);
    m_chosen->setObjectName(u"pickupChosen"_s);
    m_chosen->setWordWrap(true);
    layout->addWidget(m_chosen);
    layout->addWidget(m_errors.add(u"parcels"_s, m_table, u"parcelsError"_s, group));
    auto* form = new QFormLayout;
    m_collector = new QLineEdit(group);
    m_collector->setObjectName(u"collectorEdit"_s);
    m_collector->setPlaceholderText(tr("Who picks up"));
    auto* collectorLabel = new QLabel(tr("&Collector"), group);
    collectorLabel->setBuddy(m_collector);
    form->addRow(collectorLabel, m_collector);
    layout->addLayout(form);
    layout->addWidget(m_errors.add(u"collector"_s, m_collector, u"collectorError"_s, group));
    m_pickup = new QPushButton(tr("&Hand over"), group);
    m_pickup->setObjectName(u"pickupButton"_s);
    layout->addWidget(m_pickup);
    m_message = FormErrors::makeLabel(u"pageMessage"_s, group);
    layout->addWidget(m_message);
    m_status = new QLabel(group);
    m_status->setObjectName(u"pickupStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    // "Handed over: …" was about the last pickup: naming the next collector takes it away.
    FormEdits::watch(group, m_status, [this] { m_status->clear(); });
    layout->addStretch(1);
    row->addLayout(layout, 1);
    auto* signing = new QVBoxLayout;
    m_signature = new SignatureField(group);
    m_signature->setObjectName(u"signatureField"_s);
    signing->addWidget(m_signature);
    signing->addWidget(m_errors.add(u"signature"_s, m_signature, u"signatureError"_s, group));
    row->addLayout(signing, 1);
    m_errors.setFallback(m_message);
    connect(m_pickup, &QPushButton::clicked, this, &ParcelsPage::pickUpSelected);
    return group;
}

void ParcelsPage::setSession(const Session& session)
{
    m_session = session;
    m_receive->setSession(session);
    refresh();
}

void ParcelsPage::refresh()
{
    const auto filter = static_cast<ParcelFilter>(m_filter->currentData().toInt());
    m_model->refresh(filter, m_clock.nowMs());
    auto waiting = m_parcels.count(ParcelFilter::Waiting);
    auto toTell = m_parcels.count(ParcelFilter::ToNotify);
    if (waiting && toTell)
        m_count->setText(tr("%n parcel(s) waiting", nullptr, int(waiting.value())) + u", "_s +
                         tr("%n not yet told", nullptr, int(toTell.value())));
    m_tabs->setTabText(1, tr("&Waiting parcels (%1)").arg(waiting ? waiting.value() : 0));
}

void ParcelsPage::followChanges()
{
    const QList<qint64> chosen = selectedParcelIds();
    const qint64 current = m_table->currentIndex().isValid() ? m_model->rowAt(m_table->currentIndex().row()).id : 0;
    const int loaded = m_model->rowCount();
    refresh();
    m_model->fetchAtLeast(loaded); // as far down as it was read, so the parcels chosen there are found
    QList<int> rows;
    for (qint64 id : chosen)
        rows << m_model->rowOf(id);
    m_table->clearSelection();
    TableSelection::addRows(m_table, rows);
    if (const int row = current != 0 ? m_model->rowOf(current) : -1; row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
}

QList<qint64> ParcelsPage::selectedParcelIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids << m_model->rowAt(i.row()).id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 ParcelsPage::selectedUnitId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()).unitId : 0;
}

void ParcelsPage::updateSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    int pieces = 0;
    QSet<QString> units;
    QString resident;
    for (const QModelIndex& i : rows) {
        const Parcel& p = m_model->rowAt(i.row());
        pieces += p.pieces;
        units.insert(p.unitCode);
        resident = p.residentName;
    }
    if (rows.isEmpty())
        m_chosen->setText(tr("Choose the parcels being picked up in the list (Ctrl+click for several)."));
    else
        m_chosen->setText(
            tr("%n piece(s) for %1", nullptr, pieces).arg(QStringList(units.begin(), units.end()).join(u", "_s)));
    if (m_collector->text().isEmpty() && units.size() == 1)
        m_collector->setPlaceholderText(resident.isEmpty() ? tr("Who picks up") : resident);
    m_notify->setEnabled(!rows.isEmpty());
    m_notifyUnit->setEnabled(!rows.isEmpty());
    m_pickup->setEnabled(!rows.isEmpty());
}

void ParcelsPage::notifySelected()
{
    m_errors.clear();
    if (!m_session)
        return;
    const auto how = static_cast<NoticeWay>(m_how->currentData().toInt());
    if (Status s = m_parcels.notify(*m_session, selectedParcelIds(), how, m_noteEdit->text()); !s)
        return m_errors.show(s.error());
    m_noteEdit->clear();
    refresh();
    emit parcelsChanged();
}

void ParcelsPage::notifyUnit()
{
    m_errors.clear();
    if (!m_session)
        return;
    const auto how = static_cast<NoticeWay>(m_how->currentData().toInt());
    if (Status s = m_parcels.notifyUnit(*m_session, selectedUnitId(), how, m_noteEdit->text()); !s)
        return m_errors.show(s.error());
    m_noteEdit->clear();
    refresh();
    emit parcelsChanged();
}

void ParcelsPage::pickUpSelected()
{
    m_errors.clear();
    m_status->clear();
    if (!m_session)
        return;
    const QString collector = m_collector->text().trimmed();
    const QList<qint64> ids = selectedParcelIds();
    auto done = m_parcels.pickUp(*m_session, ids, m_signature->signature(collector));
    if (!done)
        return m_errors.show(done.error());
    m_collector->clear();
    m_signature->clear();
    refresh();
    m_status->setText(tr("Handed over: %n parcel(s) to %1.", nullptr, int(ids.size())).arg(collector));
    emit parcelsChanged();
}

void ParcelsPage::showRecord(qint64 parcelId)
{
    auto found = m_parcels.find(parcelId);
    if (!found)
        return m_errors.show(found.error());
    m_tabs->setCurrentIndex(1);
    const ParcelFilter wanted = found.value().pickedUpMs != 0 ? ParcelFilter::All : ParcelFilter::Waiting;
    const auto current = static_cast<ParcelFilter>(m_filter->currentData().toInt());
    if (current != ParcelFilter::All && current != wanted)
        m_filter->setCurrentIndex(m_filter->findData(static_cast<int>(wanted))); // refreshes
    else
        refresh();
    if (const int row = m_model->fetchUntilFound([&] { return m_model->rowOf(parcelId); }); row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

} // namespace fd

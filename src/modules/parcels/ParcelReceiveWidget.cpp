#include "modules/parcels/ParcelReceiveWidget.h"

#include "modules/parcels/ParcelBatchModel.h"
#include "modules/parcels/ParcelService.h"
#include "modules/registry/UnitPickerWidget.h"
#include "widgets/FormEdits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

ParcelReceiveWidget::ParcelReceiveWidget(RegistryService& registry, ParcelService& parcels, QWidget* parent)
    : QWidget(parent), m_parcels(parcels), m_batch(new ParcelBatchModel(this)), m_carrier(new QComboBox(this)),
      m_unit(new UnitPickerWidget(registry, this)), m_pieces(new QSpinBox(this)), m_kind(new QComboBox(this)),
      m_tracking(new QLineEdit(this)), m_damaged(new QCheckBox(tr("Damaged"), this)), m_damageNote(new QLineEdit(this)),
      m_table(new QTableView(this)), m_summary(new QLabel(this)),
      m_message(FormErrors::makeLabel(u"receiveMessage"_s, this)), m_save(new QPushButton(tr("Save batch"), this))
{
    setObjectName(u"parcelReceive"_s);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy); // Alt+letter jumps to the field
        return l;
    };

    m_carrier->setObjectName(u"carrierCombo"_s);
    m_carrier->setEditable(true);
    m_carrier->addItems(ParcelService::carriers());
    m_carrier->setCurrentIndex(-1);
    m_carrier->setPlaceholderText(tr("Who brought it"));
    auto* carrierBox = new QVBoxLayout;
    carrierBox->addWidget(m_carrier);
    carrierBox->addWidget(m_errors.add(u"carrier"_s, m_carrier, u"carrierError"_s, this));
    form->addRow(label(tr("&Courier"), m_carrier), carrierBox);

    auto* unitBox = new QVBoxLayout;
    unitBox->addWidget(m_unit);
    unitBox->addWidget(m_errors.add(u"unit"_s, m_unit->edit(), u"unitError"_s, this));
    form->addRow(label(tr("&Unit"), m_unit->edit()), unitBox);

    auto* piece = new QHBoxLayout;
    m_pieces->setObjectName(u"piecesSpin"_s);
    m_pieces->setRange(1, ParcelService::MaxPieces); // R-PS-4: counted, at least one
    m_kind->setObjectName(u"kindCombo"_s);
    for (ParcelKind k : {ParcelKind::Parcel, ParcelKind::Letter, ParcelKind::Periodical})
        m_kind->addItem(ParcelService::kindName(k), static_cast<int>(k));
    m_tracking->setObjectName(u"trackingEdit"_s);
    m_tracking->setPlaceholderText(tr("Scan or type (optional)"));
    m_tracking->setMaxLength(ParcelService::MaxTrackingLength);
    piece->addWidget(m_pieces);
    piece->addWidget(m_kind);
    piece->addWidget(m_tracking, 1);
    form->addRow(label(tr("&Pieces"), m_pieces), piece);

    auto* damage = new QHBoxLayout;
    m_damaged->setObjectName(u"damagedCheck"_s);
    m_damageNote->setObjectName(u"damageNoteEdit"_s);
    m_damageNote->setPlaceholderText(tr("What is damaged (torn, wet, crushed…)"));
    m_damageNote->setEnabled(false);
    damage->addWidget(m_damaged);
    damage->addWidget(m_damageNote, 1);
    auto* add = new QPushButton(tr("&Add to batch"), this);
    add->setObjectName(u"addLineButton"_s);
    damage->addWidget(add);
    auto* damageBox = new QVBoxLayout;
    damageBox->addLayout(damage);
    damageBox->addWidget(m_errors.add(u"damage"_s, m_damageNote, u"damageError"_s, this));
    form->addRow(label(tr("Con&dition"), m_damaged), damageBox);
    layout->addLayout(form);

    m_table->setObjectName(u"batchTable"_s);
    m_table->setModel(m_batch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_summary->setObjectName(u"batchSummary"_s);
    bottom->addWidget(m_summary, 1);
    auto* remove = new QPushButton(tr("Remove line"), this);
    remove->setObjectName(u"removeLineButton"_s);
    bottom->addWidget(remove);
    m_save->setObjectName(u"saveBatchButton"_s);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    bottom->addWidget(m_save);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    m_errors.setFallback(m_message);
    m_errors.bind(u"lines"_s, m_table, m_message);
    m_errors.bind(u"pieces"_s, m_pieces, m_message);
    m_errors.bind(u"tracking"_s, m_tracking, m_message);

    setTabOrder(m_carrier, m_unit->edit());
    setTabOrder(m_unit->edit(), m_pieces);
    setTabOrder(m_pieces, m_kind);
    setTabOrder(m_kind, m_tracking);
    setTabOrder(m_tracking, m_damaged);
    setTabOrder(m_damaged, m_damageNote);
    for (QWidget* w :
         {static_cast<QWidget*>(m_pieces), static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_tracking),
          static_cast<QWidget*>(m_damaged), static_cast<QWidget*>(m_damageNote)})
        w->installEventFilter(this);
    connect(m_damaged, &QCheckBox::toggled, m_damageNote, [this](bool on) {
        m_damageNote->setEnabled(on);
        if (on)
            m_damageNote->setFocus();
    });
    connect(add, &QPushButton::clicked, this, &ParcelReceiveWidget::addLine);
    connect(remove, &QPushButton::clicked, this, &ParcelReceiveWidget::removeSelectedLine);
    connect(m_save, &QPushButton::clicked, this, &ParcelReceiveWidget::saveBatch);
    // "Saved: …" was about the batch before: typing the next one shows this batch's count instead.
    FormEdits::watch(this, this, [this] { updateSummary(); });
    connect(m_batch, &QAbstractItemModel::rowsInserted, this, &ParcelReceiveWidget::updateSummary);
    connect(m_batch, &QAbstractItemModel::rowsRemoved, this, &ParcelReceiveWidget::updateSummary);
    connect(m_batch, &QAbstractItemModel::modelReset, this, &ParcelReceiveWidget::updateSummary);
    connect(m_batch, &QAbstractItemModel::dataChanged, this, &ParcelReceiveWidget::updateSummary);
    updateSummary();
}

void ParcelReceiveWidget::setSession(const Session& session)
{
    m_session = session;
    m_unit->setSession(session);
}

bool ParcelReceiveWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) { // each Enter adds the piece
            addLine();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ParcelReceiveWidget::addLine()
{
    m_errors.clear();
    if (m_unit->unitId() == 0) {
        m_errors.show({u"parcel.unit"_s, tr("Choose the unit the piece is for."), u"unit"_s});
        return false;
    }
    if (m_damaged->isChecked() && m_damageNote->text().trimmed().isEmpty()) { // R-PS-4
        m_errors.show({u"parcel.damage"_s, tr("Describe the damage."), u"damage"_s});
        return false;
    }
    ParcelLine line;
    line.unitId = m_unit->unitId();
    line.pieces = m_pieces->value();
    line.kind = static_cast<ParcelKind>(m_kind->currentData().toInt());
    line.tracking = m_tracking->text().trimmed();
    line.damaged = m_damaged->isChecked();
    line.damageNote = m_damageNote->text().trimmed();
    m_batch->addLine(line, m_unit->detail().unit.code);
    m_table->scrollToBottom();
    resetPiece();
    return true;
}

void ParcelReceiveWidget::resetPiece()
{
    m_unit->clear();
    m_pieces->setValue(1);
    m_tracking->clear();
    m_damaged->setChecked(false);
    m_damageNote->clear();
    m_unit->edit()->setFocus(); // the next piece
}

void ParcelReceiveWidget::removeSelectedLine()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_batch->removeLine(current.row());
}

bool ParcelReceiveWidget::saveBatch()
{
    m_errors.clear();
    m_batch->setProblem(0, {});
    if (!m_session)
        return false;
    auto saved = m_parcels.receive(*m_session, ParcelBatchInput{m_carrier->currentText(), m_batch->lines()});
    if (!saved) {
        const Error& e = saved.error();
        if (e.row > 0) { // R-PS-4: nothing written; the bad line says why
            m_batch->setProblem(e.row, e.message);
            m_table->selectRow(e.row - 1);
            m_message->setText(tr("Nothing was saved: %1").arg(e.message));
            m_message->show();
        } else {
            m_errors.show(e);
        }
        return false;
    }
    const int pieces = m_batch->pieces();
    m_batch->clear();
    m_message->setText({});
    m_message->hide();
    m_summary->setText(tr("Saved: %n piece(s) from %1.", nullptr, pieces).arg(saved.value().carrier));
    resetPiece();
    emit batchSaved(saved.value().id);
    return true;
}

void ParcelReceiveWidget::updateSummary()
{
    m_summary->setText(tr("This batch: %n piece(s)", nullptr, m_batch->pieces()) + u", "_s +
                       tr("%n line(s)", nullptr, m_batch->rowCount()));
    m_save->setEnabled(m_batch->rowCount() > 0);
}

} // namespace fd

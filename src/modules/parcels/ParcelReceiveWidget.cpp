#include "modules/parcels/ParcelReceiveWidget.h"

#include "modules/parcels/ParcelBatchModel.h"
#include "modules/parcels/ParcelService.h"
#include "modules/registry/UnitPickerWidget.h"
#include "widgets/FormEdits.h"
#include "widgets/TabOrder.h"

#include "ui_ParcelReceiveWidget.h"

#include <QHeaderView>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace fd {

ParcelReceiveWidget::ParcelReceiveWidget(RegistryService& registry, ParcelService& parcels, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_ParcelReceiveWidget>()), m_parcels(parcels),
      m_batch(new ParcelBatchModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"parcelReceive"_s);
    QComboBox* carrier = m_ui->carrierCombo;
    carrier->addItems(ParcelService::carriers());
    carrier->setCurrentIndex(-1);
    m_errors.bind(u"carrier"_s, carrier, m_ui->carrierError);

    // The unit picker needs the registry: made here, above its error line, and after the courier on Tab.
    m_unit = new UnitPickerWidget(registry, this);
    m_ui->unitBox->insertWidget(0, m_unit);
    m_ui->unitCaption->setBuddy(m_unit->edit()); // Alt+letter jumps to the field
    TabOrder::placeAfter(carrier, m_unit);
    m_errors.bind(u"unit"_s, m_unit->edit(), m_ui->unitError);

    m_ui->piecesSpin->setRange(1, ParcelService::MaxPieces); // R-PS-4: counted, at least one
    for (ParcelKind k : {ParcelKind::Parcel, ParcelKind::Letter, ParcelKind::Periodical})
        m_ui->kindCombo->addItem(ParcelService::kindName(k), static_cast<int>(k));
    m_ui->trackingEdit->setMaxLength(ParcelService::MaxTrackingLength);
    m_errors.bind(u"damage"_s, m_ui->damageNoteEdit, m_ui->damageError);

    m_ui->batchTable->setModel(m_batch);
    m_ui->batchTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->saveBatchButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    QLabel* message = m_ui->receiveMessage;
    m_errors.setFallback(message);
    m_errors.bind(u"lines"_s, m_ui->batchTable, message);
    m_errors.bind(u"pieces"_s, m_ui->piecesSpin, message);
    m_errors.bind(u"tracking"_s, m_ui->trackingEdit, message);

    for (QWidget* w : {static_cast<QWidget*>(m_ui->piecesSpin), static_cast<QWidget*>(m_ui->kindCombo),
                       static_cast<QWidget*>(m_ui->trackingEdit), static_cast<QWidget*>(m_ui->damagedCheck),
                       static_cast<QWidget*>(m_ui->damageNoteEdit)})
        w->installEventFilter(this);
    connect(m_ui->damagedCheck, &QCheckBox::toggled, m_ui->damageNoteEdit, [this](bool on) {
        m_ui->damageNoteEdit->setEnabled(on);
        if (on)
            m_ui->damageNoteEdit->setFocus();
    });
    connect(m_ui->addLineButton, &QPushButton::clicked, this, &ParcelReceiveWidget::addLine);
    connect(m_ui->removeLineButton, &QPushButton::clicked, this, &ParcelReceiveWidget::removeSelectedLine);
    connect(m_ui->saveBatchButton, &QPushButton::clicked, this, &ParcelReceiveWidget::saveBatch);
    // "Saved: …" was about the batch before: typing the next one shows this batch's count instead.
    FormEdits::watch(this, this, [this] { updateSummary(); });
    connect(m_batch, &QAbstractItemModel::rowsInserted, this, &ParcelReceiveWidget::updateSummary);
    connect(m_batch, &QAbstractItemModel::rowsRemoved, this, &ParcelReceiveWidget::updateSummary);
    connect(m_batch, &QAbstractItemModel::modelReset, this, &ParcelReceiveWidget::updateSummary);
    connect(m_batch, &QAbstractItemModel::dataChanged, this, &ParcelReceiveWidget::updateSummary);
    updateSummary();
}

ParcelReceiveWidget::~ParcelReceiveWidget() = default;

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
    if (m_ui->damagedCheck->isChecked() && m_ui->damageNoteEdit->text().trimmed().isEmpty()) { // R-PS-4
        m_errors.show({u"parcel.damage"_s, tr("Describe the damage."), u"damage"_s});
        return false;
    }
    ParcelLine line;
    line.unitId = m_unit->unitId();
    line.pieces = m_ui->piecesSpin->value();
    line.kind = static_cast<ParcelKind>(m_ui->kindCombo->currentData().toInt());
    line.tracking = m_ui->trackingEdit->text().trimmed();
    line.damaged = m_ui->damagedCheck->isChecked();
    line.damageNote = m_ui->damageNoteEdit->text().trimmed();
    m_batch->addLine(line, m_unit->detail().unit.code);
    m_ui->batchTable->scrollToBottom();
    resetPiece();
    return true;
}

void ParcelReceiveWidget::resetPiece()
{
    m_unit->clear();
    m_ui->piecesSpin->setValue(1);
    m_ui->trackingEdit->clear();
    m_ui->damagedCheck->setChecked(false);
    m_ui->damageNoteEdit->clear();
    m_unit->edit()->setFocus(); // the next piece
}

void ParcelReceiveWidget::removeSelectedLine()
{
    const QModelIndex current = m_ui->batchTable->currentIndex();
    if (current.isValid())
        m_batch->removeLine(current.row());
}

bool ParcelReceiveWidget::saveBatch()
{
    m_errors.clear();
    m_batch->setProblem(0, {});
    if (!m_session)
        return false;
    auto saved = m_parcels.receive(*m_session, ParcelBatchInput{m_ui->carrierCombo->currentText(), m_batch->lines()});
    if (!saved) {
        const Error& e = saved.error();
        if (e.row > 0) { // R-PS-4: nothing written; the bad line says why
            m_batch->setProblem(e.row, e.message);
            m_ui->batchTable->selectRow(e.row - 1);
            m_ui->receiveMessage->setText(tr("Nothing was saved: %1").arg(e.message));
            m_ui->receiveMessage->show();
        } else {
            m_errors.show(e);
        }
        return false;
    }
    const int pieces = m_batch->pieces();
    m_batch->clear();
    m_ui->receiveMessage->setText({});
    m_ui->receiveMessage->hide();
    m_ui->batchSummary->setText(tr("Saved: %n piece(s) from %1.", nullptr, pieces).arg(saved.value().carrier));
    resetPiece();
    emit batchSaved(saved.value().id);
    return true;
}

void ParcelReceiveWidget::updateSummary()
{
    m_ui->batchSummary->setText(tr("This batch: %n piece(s)", nullptr, m_batch->pieces()) + u", "_s +
                                tr("%n line(s)", nullptr, m_batch->rowCount()));
    m_ui->saveBatchButton->setEnabled(m_batch->rowCount() > 0);
}

} // namespace fd

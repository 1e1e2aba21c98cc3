#include "modules/moves/MoveDetailWidget.h"

#include "ui_MoveDetailWidget.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/ChargeService.h"
#include "modules/moves/MoveService.h"
#include "modules/moves/MoveSteps.h"
#include "modules/moves/MoveTerms.h"
#include "modules/moves/UnitKeyService.h"
#include "widgets/Ask.h"
#include "widgets/SignatureField.h"
#include "widgets/SignaturePad.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QTableWidgetItem* cell(const QString& text, bool bold = false)
{
    auto* item = new QTableWidgetItem(text);
    if (bold) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    return item;
}

void setRowVisible(QWidget* caption, QWidget* field, bool visible)
{
    caption->setVisible(visible);
    field->setVisible(visible);
}

} // namespace

MoveDetailWidget::MoveDetailWidget(MoveService& moves, UnitKeyService& keys, ChargeService& charges, const Clock& clock,
                                   QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_MoveDetailWidget>()), m_moves(moves), m_keys(keys), m_charges(charges),
      m_clock(clock)
{
    m_ui->setupUi(this);
    QFont bold = m_ui->moveTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_ui->moveTitle->setFont(bold);
    m_ui->stepTable->setColumnCount(5);
    m_ui->stepTable->setHorizontalHeaderLabels({tr("Step"), tr("State"), tr("Planned for"), tr("Done"), tr("Note")});
    m_ui->stepTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->stepTable->verticalHeader()->setVisible(false);
    m_ui->defectTable->setColumnCount(4);
    m_ui->defectTable->setHorizontalHeaderLabels({tr("Room"), tr("Item"), tr("What is wrong"), tr("Repair or charge")});
    m_ui->defectTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->defectTable->verticalHeader()->setVisible(false);
    m_ui->stepTable->setMinimumHeight(300); // ten steps without scrolling at the desk's size
    m_ui->defectTable->setMaximumHeight(150);
    m_ui->stepDay->setDisplayFormat(DateTimeText::dateFormat());
    m_ui->liftFrom->setDisplayFormat(DateTimeText::timeFormat());
    m_ui->liftTo->setDisplayFormat(DateTimeText::timeFormat());

    m_errors.bind(u"note"_s, m_ui->stepNote, m_ui->stepNoteError);
    m_errors.bind(u"reason"_s, m_ui->stepNote, m_ui->stepNoteError);
    m_errors.bind(u"day"_s, m_ui->stepDay, m_ui->stepDayError);
    m_errors.bind(u"lift_from"_s, m_ui->liftFrom, m_ui->liftError);
    m_errors.bind(u"lift_to"_s, m_ui->liftTo, m_ui->liftError);
    m_errors.bind(u"keys"_s, m_ui->keysDoor, m_ui->keysError);
    m_errors.bind(u"signature"_s, m_ui->stepSignature, m_ui->stepSignatureError);
    m_errors.bind(u"room"_s, m_ui->defectRoom, m_ui->defectRoomError);
    m_errors.bind(u"item"_s, m_ui->defectItem, m_ui->defectItemError);
    m_errors.bind(u"description"_s, m_ui->defectDescription, m_ui->defectDescriptionError);
    m_errors.bind(u"photo"_s, m_ui->defectPhoto, m_ui->defectPhotoError);
    m_errors.bind(u"amount"_s, m_ui->defectAmount, m_ui->defectAmountError);
    m_errors.bind(u"cancel"_s, m_ui->cancelReason, m_ui->cancelError);
    m_errors.setFallback(m_ui->stepError);

    connect(m_ui->doStep, &QPushButton::clicked, this, &MoveDetailWidget::doStep);
    connect(m_ui->skipStep, &QPushButton::clicked, this, &MoveDetailWidget::skipStep);
    connect(m_ui->planStep, &QPushButton::clicked, this, &MoveDetailWidget::planStep);
    connect(m_ui->recordDefect, &QPushButton::clicked, this, &MoveDetailWidget::recordDefect);
    connect(m_ui->cancelMove, &QPushButton::clicked, this, &MoveDetailWidget::cancelMove);
    connect(m_ui->browsePhoto, &QPushButton::clicked, this, &MoveDetailWidget::choosePhoto);
    connect(m_ui->openArchive, &QPushButton::clicked, this, [this] {
        if (m_move)
            emit archiveRequested(m_move->unitId, m_move->residentId,
                                  tr("%1 %2").arg(m_move->unitCode, m_move->residentName));
    });
    connect(m_ui->bookLift, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->liftFrom->setEnabled(on);
        m_ui->liftTo->setEnabled(on);
    });
    connect(m_ui->defectTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (m_move && row >= 0 && row < m_move->defects.size() && m_move->defects.at(row).ticketId != 0)
            emit ticketRequested(m_move->defects.at(row).ticketId);
    });
    // The pad takes the focus (the field around it does not).
    m_ui->stepSignatureCaption->setBuddy(m_ui->stepSignature->pad());
    m_ui->moveScroll->hide(); // until a move is chosen
}

MoveDetailWidget::~MoveDetailWidget() = default;

void MoveDetailWidget::setSession(const Session& session)
{
    m_session = session;
    const bool desk = session.may(Permission::WorkTheDesk);
    const QString refusal = desk ? QString() : Roles::refusal(session.user.role, Permission::WorkTheDesk);
    for (QPushButton* b : {m_ui->doStep, m_ui->skipStep, m_ui->planStep, m_ui->recordDefect, m_ui->cancelMove}) {
        b->setEnabled(desk);
        b->setToolTip(refusal);
    }
    fillChargeItems();
    if (m_move)
        showMove(m_move->id);
}

void MoveDetailWidget::fillChargeItems()
{
    m_ui->defectChargeItem->clear();
    auto items = m_charges.items();
    if (!items)
        return;
    for (const ChargeItem& i : items.value())
        if (i.basis == ChargeBasis::OneOff)
            m_ui->defectChargeItem->addItem(u"%1 %2"_s.arg(i.code, i.name), i.id);
}

bool MoveDetailWidget::showMove(qint64 moveId)
{
    if (!m_session)
        return false;
    auto found = m_moves.find(*m_session, moveId);
    if (!found) {
        m_errors.show(found.error());
        return false;
    }
    const bool other = !m_move || m_move->id != moveId;
    m_move = found.value();
    if (other)
        m_errors.clear();
    const Move& m = *m_move;
    m_ui->moveScroll->show();
    m_ui->moveTitle->setText(
        tr("%1 %2 · %3 %4").arg(MoveSteps::displayName(m.kind), m.number, m.unitCode, m.residentName));
    QString facts = tr("%1 · day agreed %2 · %3 · opened %4 by %5")
                        .arg(m.tenant ? tr("tenant") : tr("owner"), DateTimeText::date(m.plannedDay),
                             MoveSteps::displayName(m.status), DateTimeText::dateTime(m.openedMs), m.openedBy);
    if (!m.defects.isEmpty())
        facts += tr(" · defects still open: %1 of %2").arg(m.openDefects()).arg(m.defects.size());
    if (m.status == MoveStatus::Cancelled)
        facts += tr(" · cancelled: %1").arg(m.cancelReason);
    m_ui->moveFacts->setText(facts);
    showSteps();
    showDefects();
    // A day typed for the step in the form stays when the move is read again (another desk's change),
    // with the planned day it was typed over, so Plan meets the other desk's plan.
    const QDate typedDay = m_ui->stepDay->date();
    const bool dayTyped = !other && !m_dayStep.isEmpty() && typedDay != m_dayShown;
    const QString dayStep = m_dayStep;
    const QDate dayShown = m_dayShown;
    const std::optional<QDate> daySeen = m_daySeen;
    showStepForm();
    if (dayTyped && m.status == MoveStatus::Open && m.current() && m.current()->key == dayStep) {
        m_ui->stepDay->setDate(typedDay);
        m_dayShown = dayShown;
        m_daySeen = daySeen;
    }
    const MoveStep* next = m.status == MoveStatus::Open ? m.current() : nullptr;
    if (other || m_ui->stepNote->text().trimmed().isEmpty())
        m_formStep = next ? next->key : QString();
    else if (next && m_formStep != next->key)
        m_ui->stepHint->setText(tr("“%1” was recorded on another desk meanwhile; what is typed here was for it.")
                                    .arg(MoveSteps::displayName(m_formStep)));
    const bool open = m.status == MoveStatus::Open;
    m_ui->cancelReason->setVisible(open);
    m_ui->cancelReasonCaption->setVisible(open);
    m_ui->cancelMove->setVisible(open);
    return true;
}

void MoveDetailWidget::showSteps()
{
    const Move& m = *m_move;
    const MoveStep* next = m.current();
    m_ui->stepTable->setRowCount(static_cast<int>(m.steps.size()));
    for (int row = 0; row < m.steps.size(); ++row) {
        const MoveStep& s = m.steps.at(row);
        const bool isNext = next && next->id == s.id && m.status == MoveStatus::Open;
        m_ui->stepTable->setItem(row, 0, cell(MoveSteps::displayName(s.key), isNext));
        m_ui->stepTable->setItem(row, 1, cell(MoveSteps::displayName(s.status), isNext));
        m_ui->stepTable->setItem(row, 2, cell(s.dueDay ? DateTimeText::date(*s.dueDay) : QString()));
        m_ui->stepTable->setItem(
            row, 3, cell(s.doneMs ? tr("%1, %2").arg(s.doneBy, DateTimeText::shortDateTime(s.doneMs)) : QString()));
        m_ui->stepTable->setItem(row, 4, cell(s.note));
    }
    m_ui->stepTable->resizeColumnsToContents();
}

void MoveDetailWidget::showDefects()
{
    const Move& m = *m_move;
    m_ui->defectTable->setRowCount(static_cast<int>(m.defects.size()));
    for (int row = 0; row < m.defects.size(); ++row) {
        const MoveDefect& d = m.defects.at(row);
        m_ui->defectTable->setItem(row, 0, cell(d.room));
        m_ui->defectTable->setItem(row, 1, cell(d.item));
        m_ui->defectTable->setItem(row, 2, cell(d.description));
        const QString how =
            d.ticketId ? (d.ticketOpen ? tr("%1 (open)").arg(d.ticketNumber) : tr("%1 (closed)").arg(d.ticketNumber))
                       : tr("charged %1").arg(Money::text(d.amountFen));
        m_ui->defectTable->setItem(row, 3, cell(how));
    }
    m_ui->defectTable->resizeColumnsToContents();
    bool pending = false;
    const QString step = MoveSteps::defectStep(m.kind);
    for (const MoveStep& s : m.steps)
        if (s.key == step)
            pending = s.status == StepStatus::Pending && m.status == MoveStatus::Open;
    m_ui->defectGroup->setVisible(pending || !m.defects.isEmpty());
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_ui->defectRoomCaption, m_ui->defectRoomField, m_ui->defectItemCaption, m_ui->defectItemField,
             m_ui->defectDescriptionCaption, m_ui->defectDescriptionField, m_ui->defectPhotoCaption,
             m_ui->defectPhotoField, m_ui->recordDefect})
        w->setVisible(pending);
    setRowVisible(m_ui->defectAmountCaption, m_ui->defectAmountField, pending && m.kind == MoveKind::Out);
}

void MoveDetailWidget::showStepForm()
{
    const Move& m = *m_move;
    const MoveStep* next = m.status == MoveStatus::Open ? m.current() : nullptr;
    m_ui->stepGroup->setVisible(next != nullptr);
    if (!next)
        return;
    const auto def = MoveSteps::find(m.kind, next->key);
    const MoveSteps::Needs needs = def ? def->needs : MoveSteps::Needs::Nothing;
    m_ui->stepGroup->setTitle(tr("Next step: %1").arg(MoveSteps::displayName(next->key)));
    QString hint = MoveSteps::hint(next->key);
    if (next->key == "fees_checked"_L1 || needs == MoveSteps::Needs::FeesSettled)
        if (auto owed = m_moves.owed(*m_session, m.unitId))
            hint += u" "_s + tr("Owed now: %1.").arg(Money::text(owed.value()));
    const bool keys = needs == MoveSteps::Needs::KeysHanded || needs == MoveSteps::Needs::KeysReturned;
    QSpinBox* spins[] = {m_ui->keysDoor, m_ui->keysMailbox, m_ui->keysAccessCard, m_ui->keysParkingCard,
                         m_ui->keysOther};
    for (QSpinBox* s : spins)
        s->setValue(0);
    if (needs == MoveSteps::Needs::KeysReturned) {
        // What the unit holds is what should come back.
        if (auto held = m_keys.held(*m_session, m.unitId)) {
            QStringList text;
            for (const KeyCount& c : held.value()) {
                spins[static_cast<int>(c.kind)]->setValue(c.count);
                text << tr("%1 × %2").arg(c.count).arg(MoveTerms::displayName(c.kind));
            }
            hint += u" "_s + (text.isEmpty() ? tr("The unit's record holds no keys.")
                                             : tr("Handed over and held: %1.").arg(text.join(tr(", "))));
        }
    }
    m_ui->stepHint->setText(hint);
    setRowVisible(m_ui->liftCaption, m_ui->liftField, needs == MoveSteps::Needs::MoveDay);
    setRowVisible(m_ui->keysCaption, m_ui->keysField, keys);
    setRowVisible(m_ui->stepSignatureCaption, m_ui->stepSignatureField,
                  needs == MoveSteps::Needs::Signature || needs == MoveSteps::Needs::KeysHanded);
    m_dayShown = next->dueDay ? *next->dueDay : m.plannedDay;
    m_dayStep = next->key;
    m_daySeen = next->dueDay;
    m_ui->stepDay->setDate(m_dayShown);
    m_ui->bookLift->setChecked(false);
    m_ui->liftFrom->setTime(QTime(9, 0));
    m_ui->liftTo->setTime(QTime(11, 0));
    m_ui->liftFrom->setEnabled(false);
    m_ui->liftTo->setEnabled(false);
    const bool required = def && def->required;
    if (m_session && m_session->may(Permission::WorkTheDesk)) {
        m_ui->skipStep->setEnabled(!required);
        m_ui->skipStep->setToolTip(required ? tr("This step always applies.") : QString());
    }
}

QString MoveDetailWidget::formStep() const
{
    return m_formStep.isEmpty() && m_move && m_move->current() ? m_move->current()->key : m_formStep;
}

StepDone MoveDetailWidget::stepDone() const
{
    StepDone d;
    d.note = m_ui->stepNote->text();
    d.day = m_ui->stepDay->date();
    if (m_ui->liftField->isVisibleTo(this) && m_ui->bookLift->isChecked()) {
        d.liftFrom = QDateTime(m_ui->stepDay->date(), m_ui->liftFrom->time());
        d.liftTo = QDateTime(m_ui->stepDay->date(), m_ui->liftTo->time());
    }
    if (m_ui->keysField->isVisibleTo(this)) {
        const QSpinBox* spins[] = {m_ui->keysDoor, m_ui->keysMailbox, m_ui->keysAccessCard, m_ui->keysParkingCard,
                                   m_ui->keysOther};
        for (KeyKind kind : MoveTerms::keyKinds())
            if (const int n = spins[static_cast<int>(kind)]->value(); n > 0)
                d.keys << KeyCount{kind, n};
    }
    if (m_ui->stepSignatureField->isVisibleTo(this) && m_move)
        d.signature = m_ui->stepSignature->signature(m_move->residentName);
    return d;
}

void MoveDetailWidget::afterChange(const Result<Move>& result)
{
    if (!result) {
        // Another desk may have moved the move on meanwhile: show it as it is now, with the message.
        if (m_move)
            showMove(m_move->id);
        m_errors.show(result.error());
        // Told: the form now stands for the step it shows.
        m_formStep =
            m_move && m_move->status == MoveStatus::Open && m_move->current() ? m_move->current()->key : QString();
        return;
    }
    m_errors.clear();
    m_ui->stepNote->clear();
    m_ui->stepSignature->clear();
    m_ui->cancelReason->clear();
    showMove(result.value().id);
    emit moveChanged(result.value().id);
}

bool MoveDetailWidget::doStep()
{
    if (!m_session || !m_move || !m_move->current())
        return false;
    m_errors.clear();
    auto done = m_moves.complete(*m_session, m_move->id, formStep(), stepDone());
    afterChange(done);
    return done.ok();
}

bool MoveDetailWidget::skipStep()
{
    if (!m_session || !m_move || !m_move->current())
        return false;
    m_errors.clear();
    auto skipped = m_moves.skip(*m_session, m_move->id, formStep(), m_ui->stepNote->text());
    afterChange(skipped);
    return skipped.ok();
}

bool MoveDetailWidget::planStep()
{
    if (!m_session || !m_move || !m_move->current())
        return false;
    m_errors.clear();
    const QString step = formStep();
    std::optional<QDate> seen; // the step's planned day as this page showed it when the day was typed
    if (m_dayStep == step)
        seen = m_daySeen;
    else
        for (const MoveStep& s : m_move->steps)
            if (s.key == step)
                seen = s.dueDay;
    const QDate typed = m_ui->stepDay->date();
    auto planned = m_moves.schedule(*m_session, m_move->id, step, typed, seen);
    afterChange(planned);
    // Refused (the other desk's day is in the message, or the server was away): the day typed stays
    // while the form is still for that step; told of the other desk's day, Plan again sets this one.
    if (!planned && formStep() == step) {
        m_ui->stepDay->setDate(typed);
        if (planned.error().code == u"move.stale"_s && m_move)
            for (const MoveStep& s : m_move->steps)
                if (s.key == step)
                    m_daySeen = s.dueDay;
    }
    return planned.ok();
}

bool MoveDetailWidget::recordDefect()
{
    if (!m_session || !m_move)
        return false;
    m_errors.clear();
    DefectFound f;
    f.room = m_ui->defectRoom->text();
    f.item = m_ui->defectItem->text();
    f.description = m_ui->defectDescription->text();
    f.photoPath = m_ui->defectPhoto->text().trimmed();
    if (const QString amount = m_ui->defectAmount->text().trimmed();
        !amount.isEmpty() && m_ui->defectAmountField->isVisibleTo(this)) {
        const auto fen = Money::parse(amount);
        if (!fen || *fen <= 0) {
            m_errors.show(Error{u"move.defect_amount"_s,
                                tr("Enter the amount in yuan, more than zero, with at most two decimals."),
                                u"amount"_s});
            return false;
        }
        f.amountFen = *fen;
        f.chargeItemId = m_ui->defectChargeItem->currentData().toLongLong();
    }
    auto recorded = m_moves.recordDefect(*m_session, m_move->id, f);
    if (!recorded) {
        m_errors.show(recorded.error());
        return false;
    }
    for (QLineEdit* e :
         {m_ui->defectRoom, m_ui->defectItem, m_ui->defectDescription, m_ui->defectPhoto, m_ui->defectAmount})
        e->clear();
    showMove(m_move->id);
    emit moveChanged(m_move->id);
    m_ui->defectRoom->setFocus();
    return true;
}

bool MoveDetailWidget::cancelMove()
{
    if (!m_session || !m_move)
        return false;
    m_errors.clear();
    auto cancelled = m_moves.cancel(*m_session, m_move->id, m_ui->cancelReason->text());
    if (!cancelled) {
        Error e = cancelled.error();
        e.field = u"cancel"_s; // a cancel's refusal shows beside its reason and button
        m_errors.show(e);
        return false;
    }
    afterChange(cancelled);
    return true;
}

void MoveDetailWidget::choosePhoto()
{
    const QString path = Ask::openFileName(this, tr("A photo of the defect"), {},
                                           tr("Pictures and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)"));
    if (!path.isEmpty())
        m_ui->defectPhoto->setText(path);
}

} // namespace fd

#include "modules/visitors/VisitorsPage.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "core/PersonalData.h"
#include "modules/registry/UnitPickerWidget.h"
#include "modules/visitors/VisitorInsideModel.h"
#include "modules/visitors/VisitorInstructionsWidget.h"
#include "modules/visitors/VisitorService.h"
#include "widgets/KeepCurrent.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

void addShortcut(QWidget* page, const QKeySequence& keys, const std::function<void()>& run)
{
    auto* shortcut = new QShortcut(keys, page);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, page, run);
}

} // namespace

QLabel* VisitorsPage::heading(QLabel* label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    return label;
}

VisitorsPage::VisitorsPage(VisitorService& visitors, RegistryService& registry, const Clock& clock,
                           MinuteTick& minuteTick, QWidget* parent)
    : QWidget(parent), m_visitors(visitors), m_clock(clock), m_suggestTimer(new QTimer(this))
{
    setObjectName(u"visitorsPage"_s);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildForm(registry));
    split->addWidget(buildInside());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({340, 660});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(SuggestDelayMs);
    connect(m_suggestTimer, &QTimer::timeout, this, &VisitorsPage::updateSuggestions);
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_S), [this] { checkIn(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { checkIn(); });
    addShortcut(this, QKeySequence(Qt::Key_Escape), [this] { clearForm(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_O), [this] { checkOutSelected(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_K), [this] { confirmSelected(); });
    // R-VS-3: while the page stays open each stay counts on and the confirm mark appears on time.
    KeepCurrent::follow(this, minuteTick, [this] {
        m_model->setNow(m_clock.nowMs());
        m_instructions->reload(); // an instruction may have run out
    });
}

QWidget* VisitorsPage::buildInside()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 0, 0, 0);
    m_count = heading(new QLabel(tr("Inside now"), box));
    m_count->setObjectName(u"visitorInsideCount"_s);
    layout->addWidget(m_count);
    m_model = new VisitorInsideModel(m_visitors, this);
    m_table = new QTableView(box);
    m_table->setObjectName(u"visitorInsideTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_note = new QLineEdit(box);
    m_note->setObjectName(u"visitorConfirmNote"_s);
    m_note->setPlaceholderText(tr("What the resident said"));
    m_confirm = new QPushButton(tr("Confirmed with the resident (Ctrl+K)"), box);
    m_confirm->setObjectName(u"visitorConfirm"_s);
    m_checkOut = new QPushButton(tr("Check out (Ctrl+O)"), box);
    m_checkOut->setObjectName(u"visitorCheckOut"_s);
    actions->addWidget(m_note, 1);
    actions->addWidget(m_confirm);
    actions->addWidget(m_checkOut);
    layout->addLayout(actions);
    m_message = new QLabel(box);
    m_message->setObjectName(u"visitorMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_confirm, &QPushButton::clicked, this, &VisitorsPage::confirmSelected);
    connect(m_checkOut, &QPushButton::clicked, this, &VisitorsPage::checkOutSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VisitorsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VisitorsPage::updateActions);
    return box;
}

void VisitorsPage::setSession(const Session& session)
{
    m_session = session;
    m_unit->setSession(session);
    m_instructions->setSession(session);
    refresh();
}

void VisitorsPage::refresh()
{
    const qint64 keep = selectedVisitId();
    m_model->refresh(m_clock.nowMs());
    m_table->resizeColumnsToContents();
    auto count = m_visitors.insideCount();
    m_count->setText(tr("Inside now: %n", nullptr, count ? int(count.value()) : 0));
    m_instructions->reload(); // an instruction that ended meanwhile is no longer shown
    if (keep != 0 && m_model->rowOf(keep) >= 0)
        m_table->selectRow(m_model->rowOf(keep));
    updateActions();
}

qint64 VisitorsPage::selectedVisitId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(VisitorInsideModel::VisitIdRole).toLongLong();
}

void VisitorsPage::showRecord(qint64 visitId)
{
    refresh();
    if (const int row = m_model->fetchUntilFound([&] { return m_model->rowOf(visitId); }); row >= 0) {
        m_table->selectRow(row);
        m_table->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto v = m_visitors.visit(visitId);
    if (!v) {
        say(v.error().message, true);
        return;
    }
    const QString when = DateTimeText::shortDateTime(v->arrivedMs);
    say(tr("%1 → %2, %3 (%4).").arg(v->visitorName, v->unitCode, VisitorService::statusName(v->status), when));
}

VisitorCheckIn VisitorsPage::form() const
{
    VisitorCheckIn f;
    f.visitorName = m_name->text();
    f.phone = m_phone->text();
    f.partySize = m_party->value();
    f.unitId = m_unit->unitId();
    f.hostName = m_host->currentText();
    f.purpose = m_purpose->text();
    f.plate = m_plate->text();
    f.confirmation = static_cast<VisitConfirmation>(m_confirmation->checkedId());
    f.refusalReason = m_reason->text();
    return f;
}

void VisitorsPage::checkIn()
{
    if (!m_session)
        return;
    auto done = m_visitors.checkIn(*m_session, form());
    if (!done) {
        m_errors.show(done.error());
        return;
    }
    const Visit& v = done.value();
    clearForm();
    if (v.status == VisitStatus::Refused)
        say(tr("%1 was turned away from %2; the refusal is recorded.").arg(v.visitorName, v.unitCode));
    else
        say(tr("%1 checked in to %2.").arg(v.visitorName, v.unitCode));
    refresh();
    if (const int row = m_model->rowOf(v.id); row >= 0)
        m_table->selectRow(row);
    emit visitChanged(v.id);
}

void VisitorsPage::confirmSelected()
{
    const qint64 id = selectedVisitId();
    if (!m_session || id == 0) {
        say(tr("Choose a visitor inside first."), true);
        return;
    }
    auto done = m_visitors.confirmStay(*m_session, id, m_note->text());
    if (!done) {
        say(done.error().message, true);
        return;
    }
    m_note->clear();
    say(tr("Confirmed with the resident for %1; next check in %n minutes.", nullptr, m_visitors.confirmMinutes())
            .arg(done->visitorName));
    refresh();
    emit visitChanged(id);
}

void VisitorsPage::checkOutSelected()
{
    const qint64 id = selectedVisitId();
    if (!m_session || id == 0) {
        say(tr("Choose the visitor who is leaving."), true);
        return;
    }
    auto done = m_visitors.checkOut(*m_session, id);
    if (!done) {
        say(done.error().message, true);
        refresh();
        return;
    }
    say(tr("%1 left at %2.").arg(done->visitorName, DateTimeText::time(done->leftMs.value_or(0))));
    refresh();
    emit visitChanged(id);
}

void VisitorsPage::clearForm()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_errors.clear();
    m_name->clear();
    m_phone->clear();
    m_party->setValue(1);
    m_unit->clear();
    unitChanged(0);
    m_host->clearEditText(); // the next visitor's resident is asked afresh (R-VS-1)
    m_purpose->clear();
    m_plate->clear();
    m_reason->clear();
    m_confirmation->button(static_cast<int>(VisitConfirmation::Phone))->setChecked(true);
    m_suggested.clear();
    m_suggestions->clear();
    m_suggestions->hide();
    m_name->setFocus(Qt::OtherFocusReason);
}

void VisitorsPage::unitChanged(qint64 unitId)
{
    const QString typed = m_host->currentText();
    m_host->clear();
    if (unitId != 0)
        for (const Resident& r : m_unit->detail().residents)
            if (r.active)
                m_host->addItem(r.name);
    m_host->setCurrentText(m_filling ? typed : m_host->itemText(0));
    m_instructions->setUnit(unitId);
}

void VisitorsPage::updateSuggestions()
{
    const QString text = m_phone->hasFocus() ? m_phone->text() : m_name->text();
    auto found = m_visitors.suggestions(text);
    m_suggested = found ? found.value() : QList<FrequentVisitor>{};
    m_suggestions->clear();
    for (const FrequentVisitor& f : std::as_const(m_suggested)) {
        QStringList parts{f.visitorName, f.unitCode};
        if (!f.purpose.isEmpty())
            parts << f.purpose;
        if (!f.plate.isEmpty())
            parts << f.plate;
        if (!f.phone.isEmpty())
            parts << PersonalData::maskPhone(f.phone);
        m_suggestions->addItem(tr("%1 (%n visits)", nullptr, f.visits).arg(parts.join(u" · "_s)));
    }
    m_suggestions->setVisible(!m_suggested.isEmpty());
}

void VisitorsPage::takeSuggestion(int row)
{
    if (row < 0 || row >= m_suggested.size())
        return;
    const FrequentVisitor f = m_suggested.at(row);
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_name->setText(f.visitorName);
    m_phone->setText(f.phone);
    m_host->setCurrentText(f.hostName);
    m_unit->setUnit(f.unitId);
    unitChanged(f.unitId);
    m_host->setCurrentText(f.hostName);
    m_purpose->setText(f.purpose);
    m_plate->setText(f.plate);
    m_suggestions->hide();
    m_party->setFocus(Qt::OtherFocusReason);
}

void VisitorsPage::updateConfirmation()
{
    const bool refused = m_confirmation->checkedId() == static_cast<int>(VisitConfirmation::Refused);
    m_reason->setEnabled(refused);
    m_reason->setToolTip(refused ? QString() : tr("Only when the resident refused the visit"));
    m_checkIn->setText(refused ? tr("Record refusal (Ctrl+S)") : tr("&Check in (Ctrl+S)"));
}

void VisitorsPage::updateActions()
{
    const bool chosen = selectedVisitId() != 0;
    m_confirm->setEnabled(chosen);
    m_checkOut->setEnabled(chosen);
}

void VisitorsPage::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setText(text);
}

bool VisitorsPage::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the name or phone moves into the suggestions; Enter there takes the row.
    if ((watched == m_name || watched == m_phone) && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_suggestions->isVisible()) {
        m_suggestions->setFocus(Qt::OtherFocusReason);
        m_suggestions->setCurrentRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fd

#include "modules/intake/IntakePage.h"

#include "core/DateTimeText.h"
#include "widgets/Ask.h"

#include "core/Clock.h"
#include "engine/tickets/SiteRules.h"
#include "modules/intake/IntakeClassFieldsWidget.h"
#include "modules/intake/IntakeHistoryWidget.h"
#include "modules/intake/IntakeService.h"
#include "modules/registry/RegistryService.h"
#include "modules/registry/UnitPickerWidget.h"

#include "ui_IntakePage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {} // namespace

IntakePage::IntakePage(IntakeService& intake, RegistryService& registry, SiteRules& rules, const Clock& clock,
                       QWidget* parent)
    : QWidget(parent), m_intake(intake), m_draftTimer(new QTimer(this)), m_historyTimer(new QTimer(this))
{
    setObjectName(u"intakePage"_s);
    m_history = new IntakeHistoryWidget(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildForm(registry, clock));
    split->addWidget(m_history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({600, 400});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &IntakePage::saveDraftNow);
    m_historyTimer->setSingleShot(true);
    m_historyTimer->setInterval(UnitPickerWidget::SearchDelayMs);
    connect(m_historyTimer, &QTimer::timeout, this, &IntakePage::refreshHistory);

    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_S), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                     QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &IntakePage::save);
    }
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &IntakePage::newIntake);
    m_fields->setReplyHours(rules.replyHours());
}

QWidget* IntakePage::buildForm(RegistryService& registry, const Clock& clock)
{
    auto* box = new QWidget(this);
    // The unit picker needs the registry, so it is made in code; made first, it is first on Tab.
    m_unit = new UnitPickerWidget(registry, box);
    Ui_IntakePage ui; // not "form": that is the page's IntakeForm
    ui.setupUi(box);
    QFont font = ui.intakeHeading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    ui.intakeHeading->setFont(font);

    ui.intakeFormLayout->addWidget(m_unit, 1, 1); // beside its caption, above its error line
    // QLabel moves the cursor only to a buddy that takes focus itself: the picker's text field.
    ui.intakeUnitCaption->setBuddy(m_unit->edit());
    m_errors.bind(u"unit"_s, m_unit->edit(), ui.intakeUnitError);
    m_errors.bind(u"resident"_s, m_unit->edit(), ui.intakeUnitError);

    m_person = ui.intakePersonCombo;
    m_errors.bind(u"person"_s, m_person, ui.intakePersonError);

    m_channel = ui.intakeChannelCombo;
    for (Channel c : {Channel::Call, Channel::WalkIn, Channel::Letter, Channel::Patrol, Channel::ControlRoom})
        m_channel->addItem(TicketTerms::displayName(c), static_cast<int>(c));
    m_phone = ui.intakePhoneEdit;
    m_phoneLabel = ui.intakePhoneLabel;
    ui.intakeChannelLine->setFocusProxy(m_channel); // Alt+H: the channel
    m_errors.bind(u"channel"_s, ui.intakeChannelLine, ui.intakeChannelError);
    m_errors.bind(u"caller_phone"_s, m_phone, ui.intakeChannelError);

    m_text = ui.intakeTextEdit;
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 10 + 12);
    m_errors.bind(u"description"_s, m_text, ui.intakeTextError);

    m_classes = new QButtonGroup(this);
    m_classes->addButton(ui.intakeClass_repair, static_cast<int>(IntakeClass::Repair));
    m_classes->addButton(ui.intakeClass_complaint, static_cast<int>(IntakeClass::Complaint));
    m_classes->addButton(ui.intakeClass_request, static_cast<int>(IntakeClass::Request));
    m_classes->addButton(ui.intakeClass_inquiry, static_cast<int>(IntakeClass::Inquiry));
    m_classes->addButton(ui.intakeClass_other, static_cast<int>(IntakeClass::Other));
    m_errors.bind(u"class"_s, ui.intakeClass_repair, ui.intakeClassError);

    m_urgent = ui.intakeUrgentCheck;
    m_fields = ui.intakeClassFields;
    m_fields->setClock(&clock);
    for (const QString& field : IntakeClassFieldsWidget::fields())
        m_errors.bind(field, m_fields->input(field), m_fields->errorLabel(field));
    m_errors.setFallback(ui.intakeFormError);

    m_status = ui.intakeStatus;
    m_new = ui.intakeNewButton;
    m_save = ui.intakeSaveButton;

    connect(m_save, &QPushButton::clicked, this, &IntakePage::save);
    connect(m_new, &QPushButton::clicked, this, &IntakePage::newIntake);
    connect(m_unit, &UnitPickerWidget::unitChanged, this, &IntakePage::unitChanged);
    connect(m_unit->edit(), &QLineEdit::textChanged, this, &IntakePage::edited);
    connect(m_person, &QComboBox::editTextChanged, this, [this] {
        if (m_unit->unitId() == 0 && !m_loading)
            m_historyTimer->start(); // without a unit, the history follows the name
        if (!m_loading)
            fillPhoneFromRegistry();
        edited();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &IntakePage::channelChanged);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &IntakePage::edited);
    connect(m_phone, &QLineEdit::textChanged, this, &IntakePage::edited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &IntakePage::edited);
    connect(m_urgent, &QCheckBox::toggled, this, &IntakePage::edited);
    connect(m_classes, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (!on)
            return;
        m_fields->setClass(form().intakeClass); // the other classes' fields keep what was typed
        edited();
    });
    connect(m_fields, &IntakeClassFieldsWidget::edited, this, &IntakePage::edited);
    return box;
}

IntakeForm IntakePage::form() const
{
    IntakeForm f;
    if (m_classes->checkedId() >= 0)
        f.intakeClass = static_cast<IntakeClass>(m_classes->checkedId());
    f.channel = static_cast<Channel>(m_channel->currentData().toInt());
    f.callerPhone = f.channel == Channel::Patrol ? QString() : m_phone->text(); // a patrol has no caller
    f.unitId = m_unit->unitId();
    f.personName = m_person->currentText();
    for (const Resident& r : m_unit->detail().residents)
        if (r.name == f.personName.trimmed())
            f.residentId = r.id;
    f.description = m_text->toPlainText();
    f.urgent = m_urgent->isChecked();
    m_fields->fill(f);
    return f;
}

void IntakePage::load(const IntakeForm& f)
{
    m_loading = true;
    m_unit->setUnit(f.unitId);
    m_person->clear();
    for (const Resident& r : m_unit->detail().residents)
        if (r.active)
            m_person->addItem(r.name);
    m_person->setEditText(f.personName);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(static_cast<int>(f.channel))));
    m_phone->setText(f.callerPhone);
    m_text->setPlainText(f.description);
    m_classes->setExclusive(false);
    for (QAbstractButton* b : m_classes->buttons())
        b->setChecked(f.intakeClass && m_classes->id(b) == static_cast<int>(*f.intakeClass));
    m_classes->setExclusive(true);
    m_urgent->setChecked(f.urgent);
    m_fields->load(f);
    m_loading = false;
}

void IntakePage::clearForm()
{
    m_filledPhone.clear();
    m_draftTimer->stop();
    m_historyTimer->stop();
    load(IntakeForm{});
    m_unit->clear();
    m_errors.clear();
    m_fields->clear();
    m_history->clear();
}

void IntakePage::setSession(const Session& session)
{
    if (m_session && m_session->user.id != session.user.id) {
        // Another person now: the previous one's form is theirs (kept in their draft), not this one's.
        saveDraftNow();
        clearForm();
        m_status->clear();
    }
    m_session = session;
    m_unit->setSession(session);
    if (!form().isEmpty())
        return;
    auto draft = m_intake.draft(session);
    // A draft typed here while the server was away, older than the one saved at another desk since.
    const QString setAside = m_intake.takeSetAside(session);
    const QString aside = setAside.isEmpty() ? QString()
                                             : u' ' + tr("An older draft typed on this computer while the server "
                                                         "was away is kept in %1.")
                                                          .arg(QDir::toNativeSeparators(setAside));
    if (!draft || draft.value().isEmpty()) {
        m_status->setText(aside.trimmed());
        return;
    }
    load(IntakeForm::fromJson(draft.value()));
    if (m_unit->unitId() == 0) {
        const QSignalBlocker block(m_unit->edit());
        m_unit->edit()->setText(draft.value().value(u"unit_text"_s).toString());
    }
    refreshHistory();
    m_status->setText(tr("The unsaved form was restored.") + aside);
}

void IntakePage::focusForm()
{
    m_unit->edit()->setFocus(Qt::ShortcutFocusReason);
}

void IntakePage::edited()
{
    if (m_loading || !m_session)
        return;
    m_status->clear();     // "Saved as …" was about the last ticket, not the one being typed now
    m_draftTimer->start(); // debounced: one write after the clerk pauses, not one per keystroke
}

void IntakePage::saveDraftNow()
{
    m_draftTimer->stop();
    if (!m_session)
        return;
    const IntakeForm f = form();
    const QString unitText = m_unit->unitId() == 0 ? m_unit->edit()->text().trimmed() : QString();
    Status saved = Status();
    if (f.isEmpty() && unitText.isEmpty()) {
        saved = m_intake.clearDraft(*m_session);
    } else {
        QJsonObject json = f.toJson();
        json.insert(u"unit_text"_s, unitText);
        saved = m_intake.saveDraft(*m_session, json);
    }
    if (!saved)
        m_status->setText(tr("The draft could not be kept: %1").arg(saved.error().message));
}

void IntakePage::unitChanged()
{
    if (m_loading)
        return;
    const QString typed = m_person->currentText();
    m_person->clear();
    for (const Resident& r : m_unit->detail().residents)
        if (r.active)
            m_person->addItem(r.name);
    // Keep a name the clerk typed; otherwise suggest the first resident.
    if (!typed.trimmed().isEmpty() || m_unit->unitId() == 0)
        m_person->setEditText(typed);
    refreshHistory();
    edited();
}

void IntakePage::fillPhoneFromRegistry()
{
    // R-IN-1: a registered resident's number is taken from the registry (the clerk can change it);
    // a number the clerk typed is theirs and stays.
    if (!m_session || !m_session->may(Permission::SeePersonalData))
        return;
    if (!m_phone->text().isEmpty() && m_phone->text() != m_filledPhone)
        return;
    QString number;
    const QString name = m_person->currentText().trimmed();
    for (const Resident& r : m_unit->detail().residents)
        if (r.active && !name.isEmpty() && r.name == name && !r.phones.isEmpty()) {
            number = r.phones.constFirst();
            break;
        }
    m_filledPhone = number;
    if (m_phone->text() != number)
        m_phone->setText(number);
}

void IntakePage::channelChanged()
{
    const auto channel = static_cast<Channel>(m_channel->currentData().toInt());
    // A call (also one the control room took) has a caller's number; a walk-in or a letter a contact
    // phone; what a patrol found has nobody to call.
    const bool call = channel == Channel::Call || channel == Channel::ControlRoom;
    m_phoneLabel->setText(call ? tr("&Caller number") : tr("&Contact phone"));
    m_phoneLabel->setVisible(channel != Channel::Patrol);
    m_phone->setVisible(channel != Channel::Patrol);
}

void IntakePage::refreshHistory()
{
    m_historyTimer->stop();
    if (!m_session)
        return;
    const qint64 unitId = m_unit->unitId();
    const QString name = m_person->currentText().trimmed();
    if (unitId == 0 && name.isEmpty()) {
        m_history->clear();
        return;
    }
    auto history = m_intake.history(*m_session, unitId, name);
    if (!history) {
        m_history->showError(history.error().message);
        return;
    }
    m_history->showHistory(unitId != 0 ? m_unit->detail().unit.code : name, history.value());
}

bool IntakePage::save()
{
    if (!m_session)
        return false;
    m_errors.clear();
    auto saved = m_intake.submit(*m_session, form());
    if (!saved) {
        m_errors.show(saved.error());
        return false;
    }
    const IntakeResult& r = saved.value();
    QString text = tr("Saved as %1.").arg(r.ticket.number);
    if (r.replyDueMs)
        text += u' ' + tr("Reply due by %1.").arg(DateTimeText::dateTime(*r.replyDueMs));
    clearForm();
    saveDraftNow(); // the form is empty now: the draft goes with it
    m_status->setText(text);
    focusForm();
    emit ticketOpened(r.ticket.id, r.ticket.number);
    return true;
}

bool IntakePage::newIntake()
{
    if (!form().isEmpty() || !m_unit->edit()->text().trimmed().isEmpty()) {
        const bool discard =
            Ask::question(this, tr("Discard this intake?"), tr("What was typed will be lost."),
                          QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
        if (!discard)
            return false;
    }
    clearForm();
    saveDraftNow();
    m_status->clear();
    focusForm();
    return true;
}

} // namespace fd

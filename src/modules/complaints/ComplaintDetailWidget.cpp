#include "modules/complaints/ComplaintDetailWidget.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "engine/tickets/TicketService.h"
#include "modules/complaints/ComplaintCriteria.h"
#include "modules/complaints/ComplaintService.h"
#include "widgets/ReloadAndApply.h"

#include "ui_ComplaintDetailWidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

ComplaintDetailWidget::ComplaintDetailWidget(ComplaintService& complaints, TicketService& tickets, const Clock& clock,
                                             QWidget* parent)
    : QWidget(parent), m_complaints(complaints), m_tickets(tickets), m_clock(clock)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"complaintTitle"_s);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"complaintSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    auto* general = new QHBoxLayout;
    general->addWidget(errorLabel(u"general"_s), 1);
    // No Alt letter: the window's menus and this page use every one the words offer; the button
    // takes the focus when it shows (ReloadAndApply), so Space applies it.
    m_reloadButton = new QPushButton(tr("Reload and apply again"), this);
    m_reloadButton->setObjectName(u"reloadButton"_s);
    general->addWidget(m_reloadButton);
    layout->addLayout(general);
    m_reload = new ReloadAndApply(
        m_reloadButton,
        [this] {
            auto current = m_tickets.find(m_ticket.id);
            if (!current)
                return false;
            m_ticket = current.value(); // the fields keep what was typed
            return true;
        },
        [this] {
            if (m_retry)
                m_retry();
        },
        this);
    layout->addWidget(buildDecision());
    layout->addWidget(buildActions());
    layout->addStretch(1);
    showTicket(0);
}

QLabel* ComplaintDetailWidget::errorLabel(const QString& key, QLabel* label)
{
    // One FormErrors per action ("decide.severity": the decide action's severity field); what names
    // no field of its action goes to the general line under the title.
    if (!label)
        label = FormErrors::makeLabel(u"error_"_s + QString(key).replace(u'.', u'_'), this);
    if (key == u"general"_s) {
        m_general = label;
        return label;
    }
    FormErrors& errors = m_errors[key.section(u'.', 0, 0)];
    errors.bind(key.section(u'.', 1), nullptr, label);
    errors.setFallback(m_general);
    return label;
}

QWidget* ComplaintDetailWidget::buildDecision()
{
    auto* outer = new QGroupBox(this);
    Ui_ComplaintDetailWidget form;
    form.setupUi(outer);
    m_decisionWhy = form.decisionWhy;
    m_decisionWhy->hide();
    m_decisionFields = form.decisionFields;
    m_valid = form.decisionValid;
    m_invalid = form.decisionInvalid;

    m_grade = form.grade;
    m_grade->addItem(tr("Choose a grade"), QVariant::fromValue(int(Severity::None)));
    for (Severity s : {Severity::Minor, Severity::Important, Severity::Major})
        m_grade->addItem(TicketTerms::displayName(s), QVariant::fromValue(int(s)));
    errorLabel(u"decide.severity"_s, form.error_decide_severity);

    // The checklist comes from ComplaintCriteria; on Tab it follows the grade, as it stands.
    QWidget* previous = m_grade;
    for (ComplaintCriterion c : ComplaintCriteria::all()) {
        auto* check = new QCheckBox(
            u"%1 (%2)"_s.arg(ComplaintCriteria::displayName(c), TicketTerms::displayName(ComplaintCriteria::calls(c))),
            m_decisionFields);
        check->setObjectName(u"criterion_"_s + ComplaintCriteria::key(c));
        m_criteria.insert(c, check);
        form.criteriaLayout->addWidget(check);
        setTabOrder(previous, check);
        previous = check;
    }

    m_reason = form.decisionReason;
    errorLabel(u"decide.reason"_s, form.error_decide_reason);
    m_decide = form.recordDecision;

    auto sync = [this] {
        m_grade->setEnabled(m_valid->isChecked());
        for (QCheckBox* c : std::as_const(m_criteria))
            c->setEnabled(m_valid->isChecked());
    };
    connect(m_valid, &QRadioButton::toggled, this, sync);
    connect(m_decide, &QPushButton::clicked, this, &ComplaintDetailWidget::recordDecision);
    return outer;
}

QWidget* ComplaintDetailWidget::buildActions()
{
    auto* box = new QGroupBox(tr("Follow-through"), this);
    auto* form = new QFormLayout(box);
    auto buddy = [box](const QString& text, QWidget* input) {
        auto* label = new QLabel(text, box);
        label->setBuddy(input); // a field in a row layout gets its mnemonic only through a buddy
        return label;
    };
    auto row = [](QWidget* input, QPushButton* button) {
        auto* h = new QHBoxLayout;
        h->addWidget(input, 1);
        h->addWidget(button);
        return h;
    };

    m_workWhy = new QLabel(box);
    m_workWhy->setObjectName(u"workWhy"_s);
    m_workWhy->setWordWrap(true);
    m_workWhy->hide();
    form->addRow(m_workWhy);

    // R-CP-6: forwarded to the department concerned, and its result recorded when it comes back.
    m_department = new QComboBox(box);
    m_department->setObjectName(u"forwardDepartment"_s);
    m_department->setEditable(true);
    if (auto departments = m_complaints.departments())
        for (const Department& d : departments.value())
            m_department->addItem(Departments::displayName(d.key), d.key);
    m_forward = new QPushButton(tr("For&ward"), box);
    m_forward->setObjectName(u"forwardComplaint"_s);
    form->addRow(buddy(tr("Forward &to:"), m_department), row(m_department, m_forward));
    form->addRow(QString(), errorLabel(u"forward.department"_s));
    m_result = new QLineEdit(box);
    m_result->setObjectName(u"complaintResult"_s);
    m_result->setPlaceholderText(tr("What the department did"));
    form->addRow(buddy(tr("Res&ult:"), m_result), m_result);
    form->addRow(QString(), errorLabel(u"result.result"_s));
    m_doneBy = new QLineEdit(box);
    m_doneBy->setObjectName(u"complaintDoneBy"_s);
    m_doneBy->setPlaceholderText(tr("Who did it"));
    m_recordResult = new QPushButton(tr("Record t&he result"), box);
    m_recordResult->setObjectName(u"recordComplaintResult"_s);
    form->addRow(buddy(tr("Done &by:"), m_doneBy), row(m_doneBy, m_recordResult));

    m_event = new QLineEdit(box);
    m_event->setObjectName(u"sameEventNumber"_s);
    m_event->setPlaceholderText(tr("Number of a complaint about the same event"));
    m_link = new QPushButton(tr("Lin&k"), box);
    m_link->setObjectName(u"linkEvent"_s);
    form->addRow(buddy(tr("Same &event:"), m_event), row(m_event, m_link));
    form->addRow(QString(), errorLabel(u"link.event"_s));

    m_limit = new QDateTimeEdit(box);
    m_limit->setObjectName(u"newLimit"_s);
    m_limit->setDisplayFormat(DateTimeText::dateTimeFormat());
    m_limit->setCalendarPopup(true);
    m_extendReason = new QLineEdit(box);
    m_extendReason->setObjectName(u"extendReason"_s);
    m_extendReason->setPlaceholderText(tr("Why the limit is extended"));
    m_extend = new QPushButton(tr("E&xtend"), box);
    m_extend->setObjectName(u"extendLimit"_s);
    auto* ext = new QHBoxLayout;
    ext->addWidget(m_limit);
    ext->addStretch(1);
    form->addRow(buddy(tr("New li&mit:"), m_limit), ext);
    form->addRow(buddy(tr("Extension reason:"), m_extendReason), row(m_extendReason, m_extend));
    form->addRow(QString(), errorLabel(u"extend.limit"_s));
    form->addRow(QString(), errorLabel(u"extend.reason"_s));

    m_answer = new QLineEdit(box);
    m_answer->setObjectName(u"replyText"_s);
    m_answer->setPlaceholderText(tr("What the customer was told"));
    m_reply = new QPushButton(tr("Record re&ply"), box);
    m_reply->setObjectName(u"recordReply"_s);
    form->addRow(buddy(tr("Repl&y:"), m_answer), row(m_answer, m_reply));
    form->addRow(QString(), errorLabel(u"reply.answer"_s));

    m_note = new QLineEdit(box);
    m_note->setObjectName(u"customerNote"_s);
    m_note->setPlaceholderText(tr("What the next clerk should know about this customer"));
    m_addNote = new QPushButton(tr("Add &note"), box);
    m_addNote->setObjectName(u"addNote"_s);
    form->addRow(buddy(tr("Customer n&ote:"), m_note), row(m_note, m_addNote));
    form->addRow(QString(), errorLabel(u"note.note"_s));

    connect(m_forward, &QPushButton::clicked, this, &ComplaintDetailWidget::forwardComplaint);
    connect(m_recordResult, &QPushButton::clicked, this, &ComplaintDetailWidget::recordResult);
    connect(m_doneBy, &QLineEdit::returnPressed, this, &ComplaintDetailWidget::recordResult);
    connect(m_link, &QPushButton::clicked, this, &ComplaintDetailWidget::linkEvent);
    connect(m_event, &QLineEdit::returnPressed, this, &ComplaintDetailWidget::linkEvent);
    connect(m_extend, &QPushButton::clicked, this, &ComplaintDetailWidget::extendLimit);
    connect(m_reply, &QPushButton::clicked, this, &ComplaintDetailWidget::recordReply);
    connect(m_answer, &QLineEdit::returnPressed, this, &ComplaintDetailWidget::recordReply);
    connect(m_addNote, &QPushButton::clicked, this, &ComplaintDetailWidget::addNote);
    connect(m_note, &QLineEdit::returnPressed, this, &ComplaintDetailWidget::addNote);
    return box;
}

void ComplaintDetailWidget::setSession(const Session& session)
{
    m_session = session;
    updateEnabled();
}

void ComplaintDetailWidget::updateEnabled()
{
    const bool has = m_ticket.id != 0;
    const bool open = has && TicketTerms::isOpen(m_ticket.status);
    // Disabling is a courtesy with its reason shown: the service refuses a clerk's decision anyway.
    const bool mayJudge = m_session.may(Permission::JudgeComplaints);
    m_decisionFields->setEnabled(open && mayJudge); // the Record decision button with them
    m_decisionWhy->setVisible(!mayJudge);
    m_decisionWhy->setText(mayJudge ? QString() : Roles::refusal(m_session.user.role, Permission::JudgeComplaints));
    // A disabled field says why when pointed at (its Alt-letter cannot reach it).
    const QString closedWhy =
        !has ? tr("Choose a complaint in the list first") : (open ? QString() : tr("This complaint is closed"));
    m_decisionFields->setToolTip(!open ? closedWhy : m_decisionWhy->text());
    // The follow-through is desk work (Permission::WorkTickets): disabled with the reason for the
    // roles that may not; an extension needs the approval its grade names (R-CP-5).
    const bool mayWork = m_session.may(Permission::WorkTickets);
    m_workWhy->setVisible(!mayWork);
    m_workWhy->setText(mayWork ? QString() : Roles::refusal(m_session.user.role, Permission::WorkTickets));
    for (QWidget* w : std::initializer_list<QWidget*>{m_link, m_reply, m_event, m_answer})
        w->setEnabled(open && mayWork);
    const bool out = m_ticket.status == TicketStatus::Dispatched; // R-CP-6: forwarded, result not back yet
    m_department->setEnabled(open && mayWork && !out);
    m_forward->setEnabled(open && mayWork && !out);
    for (QWidget* w : std::initializer_list<QWidget*>{m_result, m_doneBy, m_recordResult})
        w->setEnabled(open && mayWork && out);
    const Permission approve =
        m_ticket.severity == Severity::Minor ? Permission::ApproveExtensions : Permission::ApproveManagerExtensions;
    const bool mayExtend = m_session.may(approve);
    for (QWidget* w : std::initializer_list<QWidget*>{m_extend, m_limit, m_extendReason})
        w->setEnabled(open && mayExtend);
    m_note->setEnabled(has && mayWork);
    m_addNote->setEnabled(has && mayWork);
    const QString workWhy =
        !open ? closedWhy : (mayWork ? QString() : Roles::refusal(m_session.user.role, Permission::WorkTickets));
    for (QWidget* w : std::initializer_list<QWidget*>{m_link, m_reply, m_event, m_answer})
        w->setToolTip(workWhy);
    // R-CP-6: forwarding and the result take turns; the field out of turn says which comes first.
    const QString forwardWhy =
        !workWhy.isEmpty() ? workWhy : (out ? tr("Forwarded: record the department's result first") : QString());
    const QString resultWhy =
        !workWhy.isEmpty() ? workWhy : (out ? QString() : tr("Forward the complaint to a department first"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_department, m_forward})
        w->setToolTip(forwardWhy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_result, m_doneBy, m_recordResult})
        w->setToolTip(resultWhy);
    const QString extendWhy =
        !open ? closedWhy : (mayExtend ? QString() : Roles::refusal(m_session.user.role, approve));
    for (QWidget* w : std::initializer_list<QWidget*>{m_extend, m_limit, m_extendReason})
        w->setToolTip(extendWhy);
    m_note->setToolTip(has ? (mayWork ? QString() : Roles::refusal(m_session.user.role, Permission::WorkTickets))
                           : closedWhy);
}

void ComplaintDetailWidget::showTicket(qint64 ticketId)
{
    clearErrors();
    m_ticket = {};
    if (ticketId != 0) {
        auto t = m_tickets.find(ticketId);
        if (t)
            m_ticket = t.value();
        else
            showError(u"general"_s, t.error());
    }
    if (m_ticket.id == 0) {
        m_title->setText(tr("No complaint selected"));
        m_summary->clear();
        updateEnabled();
        m_shown.take(this);
        return;
    }
    const Ticket& t = m_ticket;
    m_title->setText(
        u"%1 · %2 · %3"_s.arg(t.number, TicketTerms::displayName(t.status),
                              t.severity == Severity::None ? tr("not judged") : TicketTerms::displayName(t.severity)));
    QStringList lines;
    lines << tr("%1, received %2").arg(t.personName, DateTimeText::dateTime(t.occurredMs));
    lines << t.description;
    if (t.resolveByMs)
        lines << tr("Resolve by %1").arg(DateTimeText::dateTime(*t.resolveByMs));
    if (t.replyByMs)
        lines << tr("Definite reply by %1").arg(DateTimeText::dateTime(*t.replyByMs));
    if (auto replied = m_complaints.repliedMs(t.id); replied && replied.value())
        lines << tr("Replied at %1").arg(DateTimeText::dateTime(*replied.value()));
    auto root = m_complaints.eventRoot(t.id);
    if (root) {
        auto size = m_complaints.eventGroupSize(root.value());
        if (size && size.value() > 1)
            lines << tr("%n complaint(s) about the same event", nullptr, size.value());
    }
    m_summary->setText(lines.join(u'\n'));

    // The form starts from the decision in force.
    auto decision = m_complaints.latestDecision(t.id);
    const std::optional<ComplaintDecisionRecord> rec = decision ? decision.value() : std::nullopt;
    (rec && !rec->decision.valid ? m_invalid : m_valid)->setChecked(true);
    m_grade->setCurrentIndex(qMax(0, m_grade->findData(QVariant::fromValue(int(t.severity)))));
    for (auto it = m_criteria.begin(); it != m_criteria.end(); ++it)
        it.value()->setChecked(rec && rec->decision.criteria.contains(it.key()));
    m_reason->setText(rec ? rec->decision.reason : QString());
    const qint64 base = t.resolveByMs ? *t.resolveByMs : m_clock.nowMs();
    m_limit->setDateTime(QDateTime::fromMSecsSinceEpoch(base + 24 * 3'600'000LL));
    updateEnabled();
    m_shown.take(this);
}

void ComplaintDetailWidget::showAgain()
{
    if (m_ticket.id != 0 && m_shown.changedSince(this))
        return;
    showTicket(m_ticket.id);
}

void ComplaintDetailWidget::clearErrors()
{
    for (FormErrors& errors : m_errors)
        errors.clear();
    m_general->clear();
    m_general->hide();
    if (m_reload)
        m_reload->withdraw();
}

void ComplaintDetailWidget::showError(const QString& action, const Error& error)
{
    clearErrors();
    const auto it = m_errors.find(action);
    if (it != m_errors.end()) {
        it->show(error);
        return;
    }
    m_general->setText(error.message);
    m_general->show();
}

void ComplaintDetailWidget::after(const QString& action, const Result<Ticket>& result, QLineEdit* clearOnSuccess)
{
    if (!result) {
        showError(action, result.error());
        m_reload->offer(result.error());
        return;
    }
    if (clearOnSuccess)
        clearOnSuccess->clear();
    const qint64 id = m_ticket.id;
    showTicket(id);
    emit changed(id);
}

void ComplaintDetailWidget::recordDecision()
{
    clearErrors();
    m_retry = [this] { recordDecision(); };
    ComplaintDecision d;
    d.valid = m_valid->isChecked();
    d.severity = d.valid ? Severity(m_grade->currentData().toInt()) : Severity::None;
    for (auto it = m_criteria.cbegin(); it != m_criteria.cend(); ++it)
        if (d.valid && it.value()->isChecked())
            d.criteria << it.key();
    d.reason = m_reason->text();
    after(u"decide"_s, m_complaints.decide(m_session, m_ticket, d));
}

void ComplaintDetailWidget::linkEvent()
{
    clearErrors();
    m_retry = [this] { linkEvent(); };
    auto other = m_complaints.complaintIdByNumber(m_event->text());
    if (!other || other.value() == 0) {
        showError(u"link"_s, Error{u"complaint.link"_s, tr("No complaint has that number."), u"event"_s});
        return;
    }
    after(u"link"_s, m_complaints.linkSameEvent(m_session, m_ticket, other.value()), m_event);
}

void ComplaintDetailWidget::forwardComplaint()
{
    clearErrors();
    m_retry = [this] { forwardComplaint(); };
    const int index = m_department->currentIndex();
    const bool chosen = index >= 0 && m_department->itemText(index) == m_department->currentText();
    const QString department = chosen ? m_department->itemData(index).toString() : m_department->currentText();
    after(u"forward"_s, m_complaints.forward(m_session, m_ticket, department)); // R-CP-6
}

void ComplaintDetailWidget::recordResult()
{
    clearErrors();
    m_retry = [this] { recordResult(); };
    const Result<Ticket> r = m_complaints.recordResult(m_session, m_ticket, m_result->text(), m_doneBy->text());
    if (r)
        m_doneBy->clear();
    after(u"result"_s, r, m_result); // R-CP-6
}

void ComplaintDetailWidget::extendLimit()
{
    clearErrors();
    m_retry = [this] { extendLimit(); };
    after(u"extend"_s,
          m_complaints.extend(m_session, m_ticket, m_limit->dateTime().toMSecsSinceEpoch(), m_extendReason->text()),
          m_extendReason);
}

void ComplaintDetailWidget::recordReply()
{
    clearErrors();
    m_retry = [this] { recordReply(); };
    after(u"reply"_s, m_complaints.reply(m_session, m_ticket, m_answer->text()), m_answer);
}

void ComplaintDetailWidget::addNote()
{
    clearErrors();
    Status s = m_complaints.addCustomerNote(m_session, m_ticket, m_note->text());
    if (!s) {
        showError(u"note"_s, s.error());
        return;
    }
    m_note->clear();
    emit changed(m_ticket.id);
}

} // namespace fd

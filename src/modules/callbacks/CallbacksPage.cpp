#include "modules/callbacks/CallbacksPage.h"

#include "core/DateTimeText.h"
#include "engine/ChangeFeed.h"

#include "core/Clock.h"
#include "core/PersonalData.h"
#include "engine/tickets/TicketService.h"
#include "modules/callbacks/CallbackQueueModel.h"
#include "modules/callbacks/CallbackService.h"
#include "modules/callbacks/CommunityEventDialog.h"
#include "modules/callbacks/VisitsWidget.h"
#include "widgets/KeepCurrent.h"
#include "widgets/ReloadAndApply.h"
#include "widgets/TableSelection.h"

#include "ui_CallbacksPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

CallbacksPage::CallbacksPage(const Uses& uses, QWidget* parent)
    : QWidget(parent), m_uses(uses), m_model(new CallbackQueueModel(uses.callbacks, this))
{
    setObjectName(u"callbacksPage"_s);
    QWidget* queuePage = this;
    if (uses.visits) { // two tabs: the callbacks owed and the proactive visits (R-CB-5)
        auto* outer = new QVBoxLayout(this);
        outer->setContentsMargins(0, 0, 0, 0);
        auto* tabs = new QTabWidget(this);
        tabs->setObjectName(u"callbackTabs"_s);
        queuePage = new QWidget(tabs);
        tabs->addTab(queuePage, tr("Callbacks &queue"));
        m_visits = new VisitsWidget(*uses.visits, uses.registry, uses.clock, tabs);
        tabs->addTab(m_visits, tr("V&isits"));
        outer->addWidget(tabs);
    }
    auto* layout = new QVBoxLayout(queuePage);
    m_count = new QLabel(this);
    m_count->setObjectName(u"callbackCount"_s);
    auto* top = new QHBoxLayout;
    top->addWidget(m_count, 1);
    // R-CB-1: callbacks after a community event, one per household it touched.
    m_event = new QPushButton(tr("Co&mmunity event…"), this);
    m_event->setObjectName(u"communityEventButton"_s);
    top->addWidget(m_event);
    layout->addLayout(top);
    connect(m_event, &QPushButton::clicked, this, &CallbacksPage::recordCommunityEvent);

    m_table = new QTableView(this);
    m_table->setObjectName(u"callbackTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CallbackQueueModel::Description, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* lower = new QHBoxLayout;
    auto* box = new QGroupBox(this);
    buildForm(box);
    lower->addWidget(box, 3);
    auto* past = new QGroupBox(tr("Calls made"), this);
    auto* pastLayout = new QVBoxLayout(past);
    m_attempts = new QListWidget(past);
    m_attempts->setObjectName(u"callbackAttempts"_s);
    m_attempts->setWordWrap(true);
    pastLayout->addWidget(m_attempts);
    lower->addWidget(past, 2);
    layout->addLayout(lower);

    m_done = new QLabel(this);
    m_done->setObjectName(u"callbackDone"_s);
    m_done->setWordWrap(true);
    layout->addWidget(m_done);
    m_message = new QLabel(this);
    m_message->setObjectName(u"callbackMessage"_s);
    layout->addWidget(m_message);
    m_errors.setFallback(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CallbacksPage::loadSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_rereading) // refreshQueue() chooses the ticket again itself
            loadSelected();
    });
    loadSelected();
    // R-CB-1, R-CP-8: a callback passing its due time is marked overdue while the page stays open.
    KeepCurrent::follow(this, uses.minuteTick, [this] { m_model->setNow(m_uses.clock.nowMs()); });
}

void CallbacksPage::buildForm(QGroupBox* box)
{
    Ui_CallbacksPage form;
    form.setupUi(box);
    // R-CB-1: the number is masked until the person calling asks for it; each reveal is audited.
    m_ticketLine = form.callbackTicket;
    m_reveal = form.revealPhone;
    connect(m_reveal, &QPushButton::clicked, this, &CallbacksPage::revealPhone);

    // R-CB-2, question 1: was it handled?
    m_handledYes = form.handledYes;
    m_handledNo = form.handledNo;
    m_handled = new QButtonGroup(this);
    m_handled->addButton(m_handledYes);
    m_handled->addButton(m_handledNo);
    m_errors.bind(u"handled"_s, m_handledYes, form.handledError);

    // Question 2: satisfied or not, in the customer's words; question 3: any other opinion.
    m_satisfaction = form.satisfaction;
    m_errors.bind(u"satisfaction"_s, m_satisfaction, form.satisfactionError);
    m_opinion = form.opinion;
    m_errors.bind(u"opinion"_s, m_opinion, form.opinionError);

    // Not satisfied: reopen, or send a repair out again (R-CB-3, R-RP-4).
    m_then = form.unsatisfiedAction;
    m_then->addItem(tr("Reopen the ticket"), static_cast<int>(UnsatisfiedAction::Reopen));
    m_then->addItem(tr("Dispatch the repair again"), static_cast<int>(UnsatisfiedAction::Redispatch));
    m_department = form.redispatchDepartment;
    m_errors.bind(u"department"_s, m_department, form.departmentError);
    m_note = form.callbackNote;
    m_errors.bind(u"note"_s, m_note, form.callbackNoteError);

    m_satisfied = form.recordSatisfied;
    m_unsatisfied = form.recordUnsatisfied;
    m_unreachable = form.recordUnreachable;
    m_toRequest = form.opinionToRequest;
    m_toComplaint = form.opinionToComplaint;
    m_errors.bind(u"outcome"_s, m_satisfied, form.outcomeError);
    m_errors.bind(u"kind"_s, m_toRequest, form.outcomeError);

    m_reload = new ReloadAndApply(
        form.reloadButton,
        [this] {
            if (!m_ticket)
                return false;
            auto current = m_uses.tickets.find(m_ticket->id);
            if (!current)
                return false;
            m_ticket = current.value(); // the answers stay as typed
            return true;
        },
        [this] { record(m_lastOutcome); }, this);
    connect(m_satisfied, &QPushButton::clicked, this, &CallbacksPage::recordSatisfied);
    connect(m_unsatisfied, &QPushButton::clicked, this, &CallbacksPage::recordUnsatisfied);
    connect(m_unreachable, &QPushButton::clicked, this, &CallbacksPage::recordUnreachable);
    connect(m_toRequest, &QPushButton::clicked, this, &CallbacksPage::opinionToRequest);
    connect(m_toComplaint, &QPushButton::clicked, this, &CallbacksPage::opinionToComplaint);
    connect(m_then, &QComboBox::currentIndexChanged, this, &CallbacksPage::updateActions);
}

void CallbacksPage::setSession(const Session& session)
{
    m_session = session;
    if (m_visits)
        m_visits->setSession(session);
    refresh();
}

void CallbacksPage::refresh()
{
    if (m_visits && m_session)
        m_visits->refresh();
    refreshQueue();
}

void CallbacksPage::followChanges(const QList<Change>& changes)
{
    // A phone number shown is audited as a change of its ticket: nothing listed changed.
    const bool listed =
        std::any_of(changes.cbegin(), changes.cend(), [](const Change& c) { return c.action != u"phone.reveal"_s; });
    if (!listed)
        return;
    if (m_visits && m_session && ChangeFeed::touches(changes, {"customer_visit", "community_event"}))
        m_visits->refresh();
    if (ChangeFeed::touches(changes, {"ticket", "callback_attempt"}))
        refreshQueue();
}

void CallbacksPage::refreshQueue()
{
    const qint64 keep = selectedTicketId();
    {
        // Not "nothing chosen" in between: the form would drop what is typed for the ticket.
        const QScopedValueRollback rereading(m_rereading, true);
        m_model->refresh(m_uses.clock.nowMs());
    }
    auto total = m_uses.callbacks.queueCount();
    m_count->setText(total
                         ? tr("%n callback(s) owed, the one due first on top", nullptr, static_cast<int>(total.value()))
                         : total.error().message);
    if (keep == 0 || !selectTicket(keep))
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    loadSelected();
}

qint64 CallbacksPage::selectedTicketId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? m_model->rowAt(current.row()).ticketId : 0;
}

bool CallbacksPage::selectTicket(qint64 ticketId)
{
    return TableSelection::select(m_table, m_model->fetchUntilFound([&] { return m_model->rowOf(ticketId); }));
}

void CallbacksPage::loadSelected()
{
    const qint64 id = selectedTicketId();
    if (m_ticket && m_ticket->id == id) {
        // The same ticket (the queue read again): the form keeps what is typed and the ticket the
        // version it was typed against; the calls recorded for it, here or at another desk, show.
        showAttempts();
        return updateActions();
    }
    m_ticket.reset();
    m_errors.clear();
    m_reload->withdraw();
    clearForm();
    if (id != 0) {
        auto found = m_uses.tickets.find(id);
        if (found)
            m_ticket = found.value();
        else
            m_errors.show(found.error());
    }
    m_revealed.clear();
    showTicketLine();
    showAttempts();
    updateActions();
}

void CallbacksPage::showTicketLine()
{
    if (!m_ticket)
        return m_ticketLine->setText(tr("Choose a ticket in the queue to call the customer back."));
    const Ticket& t = *m_ticket;
    const QString phone = t.callerPhone.isEmpty() ? tr("(no phone)")
                          : !m_revealed.isEmpty() ? m_revealed
                                                  : PersonalData::maskPhone(t.callerPhone);
    m_ticketLine->setText(
        tr("%1 · %2 · %3 · %4")
            .arg(t.number, t.personName.isEmpty() ? tr("(no name)") : t.personName, phone, t.description));
}

void CallbacksPage::revealPhone()
{
    if (!m_session || !m_ticket)
        return;
    m_errors.clear();
    m_reload->withdraw();
    auto shown = m_uses.tickets.revealCallerPhone(*m_session, m_ticket->id);
    if (!shown)
        return m_errors.show(shown.error());
    m_revealed = shown.value();
    showTicketLine();
    updateActions();
}

void CallbacksPage::clearForm()
{
    m_handled->setExclusive(false);
    m_handledYes->setChecked(false);
    m_handledNo->setChecked(false);
    m_handled->setExclusive(true);
    for (QLineEdit* e : {m_satisfaction, m_opinion, m_department, m_note})
        e->clear();
    m_then->setCurrentIndex(0);
}

void CallbacksPage::showAttempts()
{
    m_attempts->clear();
    if (!m_ticket)
        return;
    auto list = m_uses.callbacks.attempts(m_ticket->id);
    if (!list)
        return m_errors.show(list.error());
    for (const CallbackAttempt& a : list.value()) {
        QString text = u"%1 · %2 · %3"_s.arg(DateTimeText::shortDateTime(a.atMs),
                                             CallbackService::outcomeName(a.outcome), a.recordedBy);
        if (!a.note.isEmpty())
            text += u"\n"_s + a.note;
        if (!a.satisfaction.isEmpty())
            text += u"\n"_s + a.satisfaction;
        m_attempts->addItem(text);
    }
    if (list.value().isEmpty())
        m_attempts->addItem(tr("No calls yet."));
}

void CallbacksPage::updateActions()
{
    const bool working = m_session.has_value() && m_ticket.has_value();
    for (QPushButton* b : {m_satisfied, m_unsatisfied, m_unreachable})
        b->setEnabled(working);
    const bool repair = m_ticket && m_ticket->kind == TicketKind::Repair;
    const auto redispatchIndex = m_then->findData(static_cast<int>(UnsatisfiedAction::Redispatch));
    if (!repair && m_then->currentIndex() == redispatchIndex)
        m_then->setCurrentIndex(0);
    m_then->setEnabled(working && repair);
    m_then->setToolTip(!working
                           ? tr("Choose a callback in the queue first")
                           : (repair ? QString() : tr("Only a repair is dispatched again; other work is reopened")));
    m_department->setEnabled(working && repair && m_then->currentIndex() == redispatchIndex);
    bool opinionOpen = false;
    if (m_session && m_lastAttemptId != 0) {
        auto a = m_uses.callbacks.attempt(m_lastAttemptId);
        opinionOpen = a && !a.value().opinion.isEmpty() && a.value().opinionTicketId == 0;
    }
    m_toRequest->setEnabled(opinionOpen);
    m_toComplaint->setEnabled(opinionOpen);
    // A role that may not see numbers is told why instead of being refused after the click.
    const bool mayReveal = m_session && m_session->may(Permission::SeePersonalData);
    m_reveal->setEnabled(working && mayReveal && !m_ticket->callerPhone.isEmpty() && m_revealed.isEmpty());
    m_reveal->setToolTip(m_session && !mayReveal ? Roles::refusal(m_session->user.role, Permission::SeePersonalData)
                         : working && m_ticket->callerPhone.isEmpty() ? tr("This ticket has no caller number.")
                                                                      : tr("Show the caller's number in full to call "
                                                                           "back (Alt+H). Each time is recorded."));
}

void CallbacksPage::recordSatisfied()
{
    record(static_cast<int>(CallbackOutcome::Satisfied));
}

void CallbacksPage::recordUnsatisfied()
{
    record(static_cast<int>(CallbackOutcome::Unsatisfied));
}

void CallbacksPage::recordUnreachable()
{
    record(static_cast<int>(CallbackOutcome::Unreachable));
}

void CallbacksPage::record(int outcome)
{
    if (!m_session || !m_ticket)
        return;
    m_errors.clear();
    CallbackRecord call;
    call.outcome = static_cast<CallbackOutcome>(outcome);
    if (m_handledYes->isChecked() || m_handledNo->isChecked())
        call.handled = m_handledYes->isChecked();
    call.satisfaction = m_satisfaction->text();
    call.opinion = m_opinion->text();
    call.note = m_note->text();
    call.action = static_cast<UnsatisfiedAction>(m_then->currentData().toInt());
    call.dispatch.department = m_department->text().trimmed();
    m_lastOutcome = outcome;
    auto done = m_uses.callbacks.record(*m_session, *m_ticket, call);
    if (!done) {
        m_errors.show(done.error());
        m_reload->offer(done.error());
        return;
    }
    m_reload->withdraw();
    const CallbackAttempt& a = done.value();
    m_lastAttemptId = a.id;
    QString said = tr("%1: %2.").arg(m_ticket->number, CallbackService::outcomeName(a.outcome));
    if (a.followUpTicketId != 0) {
        auto again = m_uses.tickets.find(a.followUpTicketId);
        if (again)
            said += u' ' + tr("Dispatched again as %1.").arg(again.value().number);
    }
    if (!a.opinion.isEmpty())
        said += u' ' + tr("The opinion can become a request or complaint.");
    const qint64 id = m_ticket->id;
    m_ticket.reset();
    refresh();
    m_done->setText(said);
    updateActions();
    emit ticketChanged(id);
}

void CallbacksPage::opinionToRequest()
{
    openFromOpinion(static_cast<int>(TicketKind::Request));
}

void CallbacksPage::opinionToComplaint()
{
    openFromOpinion(static_cast<int>(TicketKind::Complaint));
}

void CallbacksPage::openFromOpinion(int kind)
{
    if (!m_session || m_lastAttemptId == 0)
        return;
    m_errors.clear();
    m_reload->withdraw();
    auto opened = m_uses.callbacks.openFromOpinion(*m_session, m_lastAttemptId, static_cast<TicketKind>(kind));
    if (!opened)
        return m_errors.show(opened.error());
    m_done->setText(
        tr("The opinion is now %1 %2.").arg(TicketTerms::displayName(opened.value().kind), opened.value().number));
    updateActions();
    emit ticketChanged(opened.value().id);
}

void CallbacksPage::recordCommunityEvent()
{
    if (!m_session)
        return;
    CommunityEventDialog dialog(m_uses.communityEvents, *m_session, m_uses.clock, this);
    if (m_beforeEventDialog)
        m_beforeEventDialog(dialog);
    if (dialog.exec() != QDialog::Accepted || !dialog.recorded())
        return;
    refresh();
    m_message->setText(tr("%n callback(s) queued after \"%1\".", nullptr, int(dialog.recorded()->ticketIds.size()))
                           .arg(dialog.recorded()->title));
}

} // namespace fd

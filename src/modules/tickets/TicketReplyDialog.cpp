#include "modules/tickets/TicketReplyDialog.h"

#include "core/Clock.h"
#include "engine/tickets/TicketService.h"

#include "ui_TicketReplyDialog.h"

#include <QDateTime>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

TicketReplyDialog::TicketReplyDialog(TicketService& tickets, const Clock& clock, const Session& session,
                                     const Ticket& ticket, Mode mode, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TicketReplyDialog>()), m_tickets(tickets), m_session(session),
      m_ticket(ticket), m_mode(mode)
{
    m_ui->setupUi(this);
    setObjectName(u"ticketReplyDialog"_s);
    setWindowTitle(actionName(mode) + u" · "_s + ticket.number);
    m_ui->replyPages->setCurrentIndex(static_cast<int>(mode));
    for (QLabel* label : findChildren<QLabel*>())
        if (label->objectName().endsWith(u"Error"_s))
            FormErrors::style(label);
    m_errors.setFallback(m_ui->replyFormError);
    switch (mode) {
    case Mode::Promise: {
        m_errors.bind(u"promised"_s, m_ui->replyPromisedEdit, m_ui->replyPromisedError);
        const qint64 suggested = ticket.resolveByMs.value_or(clock.nowMs());
        m_ui->replyPromisedEdit->setDateTime(QDateTime::fromMSecsSinceEpoch((suggested / 60'000) * 60'000));
        m_ui->replyIntro->setText(tr("The reply is due by the time promised to the customer (R-IN-4)."));
        break;
    }
    case Mode::Refer:
        m_errors.bind(u"refer_department"_s, m_ui->replyDepartmentEdit, m_ui->replyDepartmentError);
        m_errors.bind(u"head_name"_s, m_ui->replyHeadEdit, m_ui->replyHeadError);
        m_ui->replyIntro->setText(tr("What the desk cannot answer goes to the department head (R-IN-5)."));
        break;
    case Mode::HeadAnswer:
        m_errors.bind(u"head_name"_s, m_ui->replyAnsweredByEdit, m_ui->replyAnsweredByError);
        m_errors.bind(u"head_answer"_s, m_ui->replyHeadAnswerEdit, m_ui->replyHeadAnswerError);
        m_ui->replyIntro->setText(tr("The head's answer is given to the customer and the inquiry closes (R-IN-5)."));
        break;
    case Mode::HeadAbsent:
        m_errors.bind(u"contact_phone"_s, m_ui->replyContactPhoneEdit, m_ui->replyContactPhoneError);
        m_ui->replyIntro->hide(); // the page says it (R-IN-5)
        break;
    case Mode::Reply:
        m_errors.bind(u"answer"_s, m_ui->replyAnswerEdit, m_ui->replyAnswerError);
        m_ui->replyIntro->setText(tr("The reply owed to the customer (R-IN-4)."));
        break;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(actionName(mode));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TicketReplyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TicketReplyDialog::~TicketReplyDialog() = default;

QString TicketReplyDialog::actionName(Mode mode)
{
    switch (mode) {
    case Mode::Promise:
        return tr("Promise a reply time");
    case Mode::Refer:
        return tr("Refer to the department head");
    case Mode::HeadAnswer:
        return tr("Record the head's answer");
    case Mode::HeadAbsent:
        return tr("Head absent: keep the contact");
    case Mode::Reply:
        break;
    }
    return tr("Record the reply");
}

bool TicketReplyDialog::applies(Mode mode, const Ticket& t)
{
    const bool owes = t.kind == TicketKind::Request || t.kind == TicketKind::Inquiry;
    const bool fresh = t.status == TicketStatus::New || t.status == TicketStatus::Reopened;
    switch (mode) {
    case Mode::Promise:
        return owes && (fresh || t.status == TicketStatus::Dispatched);
    case Mode::Refer:
    case Mode::HeadAnswer:
    case Mode::HeadAbsent:
        return t.kind == TicketKind::Inquiry && fresh;
    case Mode::Reply:
        return owes && (fresh || t.status == TicketStatus::Returned);
    }
    return false;
}

void TicketReplyDialog::accept()
{
    m_errors.clear();
    TicketService& tickets = m_tickets;
    Result<Ticket> r = Error{};
    switch (m_mode) {
    case Mode::Promise:
        r = tickets.promiseReply(m_session, m_ticket, m_ui->replyPromisedEdit->dateTime().toMSecsSinceEpoch(),
                                 m_ui->replyPromiseNoteEdit->text());
        break;
    case Mode::Refer:
        r = tickets.referToHead(m_session, m_ticket, m_ui->replyDepartmentEdit->text(), m_ui->replyHeadEdit->text());
        break;
    case Mode::HeadAnswer:
        r = tickets.replyFromHead(m_session, m_ticket, m_ui->replyAnsweredByEdit->text(),
                                  m_ui->replyHeadAnswerEdit->toPlainText());
        break;
    case Mode::HeadAbsent:
        r = tickets.headAbsent(m_session, m_ticket, m_ui->replyContactNameEdit->text(),
                               m_ui->replyContactPhoneEdit->text());
        break;
    case Mode::Reply:
        r = tickets.reply(m_session, m_ticket, m_ui->replyAnswerEdit->toPlainText());
        break;
    }
    if (!r) {
        m_errors.show(r.error());
        return;
    }
    m_changed = r.value();
    QDialog::accept();
}

} // namespace fd

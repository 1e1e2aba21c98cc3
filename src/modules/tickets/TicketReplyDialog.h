#pragma once

#include "engine/Session.h"
#include "engine/tickets/Ticket.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class TicketReplyDialog;
}

namespace fd {

class Clock;
class TicketService;

// The reply a request or an inquiry owes, worked from the ticket window (R-IN-4, R-IN-5): promise the
// customer a time (the reply is then due by it), refer an inquiry to the department head, record the
// head's answer (given to the customer, the inquiry closes), record that the head is absent (the
// contact is kept, the reply stays owed), or record the reply given. Each is one TicketService call;
// a refusal shows next to its field and changes nothing.
class TicketReplyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Promise, Refer, HeadAnswer, HeadAbsent, Reply };

    TicketReplyDialog(TicketService& tickets, const Clock& clock, const Session& session, const Ticket& ticket,
                      Mode mode, QWidget* parent = nullptr);
    ~TicketReplyDialog() override;

    [[nodiscard]] static QString actionName(Mode mode);
    // Whether the action applies to the ticket as it stands (which buttons the ticket window shows).
    [[nodiscard]] static bool applies(Mode mode, const Ticket& ticket);
    [[nodiscard]] const std::optional<Ticket>& changed() const { return m_changed; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::TicketReplyDialog> m_ui;
    TicketService& m_tickets;
    Session m_session;
    Ticket m_ticket;
    Mode m_mode;
    std::optional<Ticket> m_changed;
    FormErrors m_errors;
};

} // namespace fd

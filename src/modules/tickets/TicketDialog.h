#pragma once

#include "engine/Session.h"

#include <QDialog>

#include <functional>

class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace fd {

class AccountService;
class Clock;
class RegistryService;
class TicketService;
struct Ticket;

// One ticket as the desk reads it, from the search or a queue: what it is, where it stands, the
// clocks it runs and its whole history, oldest first. The procedure pages change tickets; here the
// desk works the reply a request or an inquiry owes (R-IN-4, R-IN-5: TicketReplyDialog).
class TicketDialog : public QDialog
{
    Q_OBJECT

public:
    TicketDialog(TicketService& tickets, RegistryService& registry, AccountService& accounts, const Clock& clock,
                 const Session& session, qint64 ticketId, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* history() const { return m_history; }
    // For tests: runs on each reply dialog before it is shown (modal).
    void setBeforeReplyDialog(std::function<void(QDialog&)> hook) { m_beforeReply = std::move(hook); }

private:
    void load(qint64 ticketId);
    void showActions(const Ticket& ticket);

    TicketService& m_tickets;
    RegistryService& m_registry;
    AccountService& m_accounts;
    const Clock& m_clock; // for the reply dialogs
    Session m_session;
    QLabel* m_summary;
    QTableWidget* m_history;
    QHBoxLayout* m_actions;
    QString m_revealed; // the caller's number once revealed (TicketService::revealCallerPhone)
    std::function<void(QDialog&)> m_beforeReply;
};

} // namespace fd

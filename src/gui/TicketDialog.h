#pragma once

#include "engine/Session.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace fd {

struct Services;

// One ticket as the desk reads it, from the search or a queue: what it is, where it stands, the
// clocks it runs and its whole history, oldest first. Read-only: the procedure pages change tickets.
class TicketDialog : public QDialog
{
    Q_OBJECT

public:
    TicketDialog(Services& services, const Session& session, qint64 ticketId, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* history() const { return m_history; }

private:
    void load(qint64 ticketId);

    Services& m_services;
    Session m_session;
    QLabel* m_summary;
    QTableWidget* m_history;
};

} // namespace fd

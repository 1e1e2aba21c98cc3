#pragma once

#include "engine/Session.h"

#include <QObject>
#include <QString>

namespace fd {

struct Services;

// What every page of the window shares (issue 12): the services, who is signed in (one object with
// a signal when it changes, not a session handed to every child), and the requests a page makes of
// the window it sits in: show another page, open a ticket or a record, put a count on its entry,
// say something in the status bar. The window connects the requests; a page never names another.
class DeskContext : public QObject
{
    Q_OBJECT

public:
    DeskContext(Services& services, const Session& session, QObject* parent = nullptr);

    Services& services; // the registration picks each page's own services from these
    [[nodiscard]] const Session& session() const { return m_session; }
    void setSession(const Session& session);

    void showPage(const QString& key) { emit pageRequested(key); }
    void openTicket(qint64 ticketId) { emit ticketRequested(ticketId); }
    void openRecord(const QString& source, qint64 id) { emit recordRequested(source, id); }
    void setBadge(const QString& key, int count, bool urgent) { emit badgeChanged(key, count, urgent); }
    // A shift started or ended here: whose reminders these are and the status bar follow.
    void dutyChanged() { emit dutyChangedHere(); }

signals:
    void sessionChanged(const fd::Session& session);
    void pageRequested(const QString& key);
    void ticketRequested(qint64 ticketId);
    void recordRequested(const QString& source, qint64 id);
    void badgeChanged(const QString& key, int count, bool urgent);
    void dutyChangedHere();

private:
    Session m_session;
};

} // namespace fd

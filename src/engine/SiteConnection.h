#pragma once

#include "core/Result.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace fd {

class ChangeFeed;
class ChangeListener;
class Database;

// Issue 16: this workstation's live link with the other desks of the site, on PostgreSQL.
// - ChangeListener, on a thread of its own, hears what the other desks commit; it is published on
//   this desk's ChangeFeed, so their open pages and reminders follow within a second.
// - It checks the server every second: when the server cannot be reached, wentOffline says so (saves
//   meanwhile fail with Database's "connection lost" message and the forms keep their input). Once
//   the server answers again, the desk's own connection is opened again and — notifications are not
//   replayed — one change of kind ChangeFeed::everything makes every page refresh fully (backOnline).
// On SQLite (one workstation) it does nothing and is always online.
class SiteConnection : public QObject
{
    Q_OBJECT

public:
    SiteConnection(Database& db, ChangeFeed& feed, QObject* parent = nullptr);
    ~SiteConnection() override;

    // Starts listening and checking (PostgreSQL); nothing on SQLite. `intervalMs`: how often the
    // server is checked and, while away, tried again.
    void start(int intervalMs = 1000);
    void stop();
    // Several workstations share the data (PostgreSQL).
    [[nodiscard]] bool shared() const;
    [[nodiscard]] bool online() const { return m_online; }
    // The server's process of the listening connection, once listening (a test ends it).
    [[nodiscard]] qint64 listenerProcessId() const { return m_listenerPid; }

signals:
    void listening();
    // `reason` is empty when the server simply cannot be reached, and says what is wrong when it
    // refuses this desk (a password or certificate changed: the connection dialog puts it right).
    void wentOffline(const QString& reason);
    void backOnline();

private:
    void restore();
    void lose(const QString& code, const QString& message);

    Database& m_db;
    ChangeFeed& m_feed;
    QThread m_thread;
    ChangeListener* m_listener = nullptr;
    bool m_online = true;
    bool m_listenerOnline = false;
    QString m_reason;
    QTimer m_retry;    // one try at a time to open this desk's own connection again
    QTimer m_ownCheck; // this desk's own connection, asked between saves
    qint64 m_listenerPid = 0;
    int m_intervalMs = 1000;
};

} // namespace fd

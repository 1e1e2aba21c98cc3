#pragma once

#include "core/Error.h"
#include "engine/ChangeFeed.h"
#include "storage/ConnectionSpec.h"

#include <QObject>
#include <QSqlDriver>

#include <memory>
#include <optional>

class QTimer;

namespace fd {

class Database;

// Issue 16: the listening side of SiteConnection, on a thread of its own so that a server that does
// not answer never holds the desk's window. It keeps a connection of its own LISTENing on
// ChangeFeed::channel and passes on what other desks committed (a desk's own notices, named by its
// feed's origin, are dropped: they were published at its commit). Every interval it asks the server
// for one row; when that fails it says `lost`, then tries every interval to connect and listen again,
// and says `restored` once it does. A server that refuses this desk (a changed password or
// certificate) is tried again every 30 s only, not filling its log. Used only through SiteConnection.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    ChangeListener(ConnectionSpec spec, QString origin, int intervalMs);
    ~ChangeListener() override;

    // The server turned this desk away (a password, certificate, role or database that is not right),
    // as opposed to being away for a while.
    [[nodiscard]] static bool isRefusal(const QString& code);

    // In the listener's thread: connect, listen and start checking; stop closes everything.
    void start();
    void stop();

signals:
    void changed(const QList<fd::Change>& changes);
    void listening(qint64 serverProcessId);
    // Why: an Error's code and message (Database::connectionError's, or "site.gone" when a working
    // connection stopped answering).
    void lost(const QString& code, const QString& message);
    void restored();

private:
    // Connects and listens; the refusal when it cannot.
    std::optional<Error> listen();
    void check();
    void received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    ConnectionSpec m_spec;
    QString m_origin;
    int m_intervalMs;
    std::unique_ptr<Database> m_db;
    QTimer* m_timer = nullptr;
    bool m_online = false;
    QString m_lastProblem; // logged once, not once a second
};

} // namespace fd

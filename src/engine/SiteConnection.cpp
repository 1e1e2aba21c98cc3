#include "engine/SiteConnection.h"

#include "engine/ChangeFeed.h"
#include "engine/ChangeListener.h"
#include "storage/Database.h"

#include <spdlog/spdlog.h>

#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd {

SiteConnection::SiteConnection(Database& db, ChangeFeed& feed, QObject* parent)
    : QObject(parent), m_db(db), m_feed(feed)
{
    m_thread.setObjectName(u"frontdesk listener"_s);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_listenerOnline && !m_online)
            restore();
    });
    // This desk's own connection can drop alone (ended on the server, a hiccup during one save) while
    // the listener stays: every few seconds, between saves, it is asked for a row and opened again if
    // it does not answer — the server does, the listener says so.
    m_ownCheck.setInterval(5000);
    connect(&m_ownCheck, &QTimer::timeout, this, [this] {
        if (!m_online || !m_listenerOnline || m_db.transactionDepth() > 0 || m_db.scalar(u"SELECT 1"_s))
            return;
        if (Status s = m_db.reopen(); !s)
            spdlog::warn("this desk's connection dropped and could not be opened again yet: {}",
                         s.error().message.toStdString());
    });
}

SiteConnection::~SiteConnection()
{
    stop();
}

bool SiteConnection::shared() const
{
    return m_db.backend() == Backend::Postgres;
}

void SiteConnection::start(int intervalMs)
{
    if (!shared() || m_listener)
        return;
    m_intervalMs = intervalMs;
    m_listener = new ChangeListener(m_db.spec(), m_feed.origin(), intervalMs);
    m_listener->moveToThread(&m_thread);
    connect(m_listener, &ChangeListener::changed, this,
            [this](const QList<Change>& changes) { m_feed.publish(changes); });
    connect(m_listener, &ChangeListener::listening, this, [this](qint64 pid) {
        m_listenerPid = pid;
        m_listenerOnline = true;
        emit listening();
    });
    connect(m_listener, &ChangeListener::lost, this, &SiteConnection::lose);
    connect(m_listener, &ChangeListener::restored, this, &SiteConnection::restore);
    m_thread.start();
    QMetaObject::invokeMethod(m_listener, &ChangeListener::start, Qt::QueuedConnection);
    m_ownCheck.start();
}

void SiteConnection::stop()
{
    m_retry.stop();
    m_ownCheck.stop();
    if (!m_listener)
        return;
    m_listener->disconnect(this); // what it said before stopping is not heard after
    QMetaObject::invokeMethod(m_listener, &ChangeListener::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_listener;
    m_listener = nullptr;
    m_listenerOnline = false;
}

void SiteConnection::lose(const QString& code, const QString& message)
{
    m_listenerPid = 0;
    m_listenerOnline = false;
    m_retry.stop();
    // Unreachable (or gone) is said by the banner itself; a refusal says why.
    const QString reason = ChangeListener::isRefusal(code) ? message : QString();
    if (!m_online && reason == m_reason)
        return;
    m_online = false;
    m_reason = reason;
    emit wentOffline(reason);
}

void SiteConnection::restore()
{
    // The listener reached the server again. This desk's own connection is opened anew only when it
    // died too (a listener dropped alone leaves it as it is); until it opens, try again at the
    // listener's pace, one try at a time, while the listener stays connected.
    m_retry.stop();
    if (!m_db.scalar(u"SELECT 1"_s)) {
        if (Status s = m_db.reopen(); !s) {
            spdlog::warn("the database server answers, but this desk cannot reconnect yet: {}",
                         s.error().message.toStdString());
            m_retry.start(m_intervalMs);
            return;
        }
    }
    m_online = true;
    m_reason.clear();
    spdlog::info("the database server is back; every page refreshes");
    emit backOnline();
    m_feed.publish({Change{QString::fromLatin1(ChangeFeed::everything), 0, u"reconnected"_s}});
}

} // namespace fd

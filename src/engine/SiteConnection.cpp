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
        emit listening();
    });
    connect(m_listener, &ChangeListener::lost, this, [this] {
        m_listenerPid = 0;
        if (!m_online)
            return;
        m_online = false;
        emit wentOffline(tr("The database server cannot be reached. Nothing can be saved until it is back; what "
                            "you type is kept, and the lists show what they last read."));
    });
    connect(m_listener, &ChangeListener::restored, this, &SiteConnection::restore);
    m_thread.start();
    QMetaObject::invokeMethod(m_listener, &ChangeListener::start, Qt::QueuedConnection);
}

void SiteConnection::stop()
{
    if (!m_listener)
        return;
    QMetaObject::invokeMethod(m_listener, &ChangeListener::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_listener;
    m_listener = nullptr;
}

void SiteConnection::restore()
{
    // The listener reached the server again: this desk's own connection is opened anew (the old one
    // died with the outage); until it opens, try again at the listener's pace.
    if (Status s = m_db.reopen(); !s) {
        spdlog::warn("the database server answers, but this desk cannot reconnect yet: {}",
                     s.error().message.toStdString());
        QTimer::singleShot(m_intervalMs, this, &SiteConnection::restore);
        return;
    }
    m_online = true;
    spdlog::info("the database server is back; every page refreshes");
    emit backOnline();
    m_feed.publish({Change{QString::fromLatin1(ChangeFeed::everything), 0, u"reconnected"_s}});
}

} // namespace fd

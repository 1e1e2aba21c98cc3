#include "engine/ChangeListener.h"

#include "storage/Database.h"

#include <spdlog/spdlog.h>

#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd {

ChangeListener::ChangeListener(ConnectionSpec spec, QString origin, int intervalMs)
    : m_spec(std::move(spec)), m_origin(std::move(origin)), m_intervalMs(intervalMs)
{
    m_spec.applicationName = u"frontdesk listener"_s;
}

ChangeListener::~ChangeListener() = default;

void ChangeListener::start()
{
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeListener::check);
    m_online = listen();
    if (!m_online)
        emit lost(u"cannot listen"_s);
    m_started = true;
    m_timer->start();
}

void ChangeListener::stop()
{
    delete m_timer;
    m_timer = nullptr;
    m_db.reset();
}

bool ChangeListener::listen()
{
    auto db = Database::open(m_spec, Database::OpenMode::MustExist);
    if (!db)
        return false;
    auto pid = db.value()->scalar(u"SELECT pg_backend_pid()"_s);
    QSqlDriver* driver = db.value()->handle().driver();
    if (!pid || !driver->subscribeToNotification(QString::fromLatin1(ChangeFeed::channel)))
        return false;
    connect(driver, &QSqlDriver::notification, this, &ChangeListener::received);
    m_db = std::move(db).value();
    emit listening(pid.value().toLongLong());
    return true;
}

void ChangeListener::received(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (name != QLatin1StringView(ChangeFeed::channel))
        return;
    const auto remote = ChangeFeed::decode(payload.toString());
    if (!remote) {
        spdlog::warn("ignored a change notice that is not FrontDesk's");
        return;
    }
    if (remote->origin != m_origin)
        emit changed(remote->changes);
}

void ChangeListener::check()
{
    if (m_online) {
        auto alive = m_db ? m_db->scalar(u"SELECT 1"_s) : Result<QVariant>(Error{u"site.closed"_s, QString()});
        if (alive && alive.value().toInt() == 1)
            return;
        const QString reason = alive ? QString() : alive.error().message;
        spdlog::warn("lost the database server: {}", reason.toStdString());
        if (m_db)
            m_db->handle().driver()->disconnect(this);
        m_db.reset();
        m_online = false;
        emit lost(reason);
        return;
    }
    if (listen()) {
        m_online = true;
        emit restored();
    }
}

} // namespace fd

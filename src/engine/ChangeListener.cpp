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

bool ChangeListener::isRefusal(const QString& code)
{
    static const QStringList refusals{u"db.password"_s, u"db.password_needed"_s, u"db.certificate"_s,
                                      u"db.refused"_s,  u"db.nodatabase"_s,      u"db.unpinned"_s};
    return refusals.contains(code);
}

void ChangeListener::start()
{
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeListener::check);
    const auto refused = listen();
    m_online = !refused;
    if (refused)
        emit lost(refused->code, refused->message);
    m_timer->start();
}

void ChangeListener::stop()
{
    delete m_timer;
    m_timer = nullptr;
    m_db.reset();
}

std::optional<Error> ChangeListener::listen()
{
    auto db = Database::open(m_spec, Database::OpenMode::MustExist);
    if (!db) {
        // Refused (a password or certificate changed on the server): not a second's matter. A server
        // starting up, shutting down or full is merely away.
        const bool refused = isRefusal(db.error().code);
        m_timer->setInterval(refused ? qMax(m_intervalMs, 30'000) : m_intervalMs);
        if (db.error().message != m_lastProblem)
            spdlog::warn("the change listener cannot connect: {}", db.error().message.toStdString());
        m_lastProblem = db.error().message;
        return db.error();
    }
    auto pid = db.value()->scalar(u"SELECT pg_backend_pid()"_s);
    QSqlDriver* driver = db.value()->handle().driver();
    if (!pid || !driver->subscribeToNotification(QString::fromLatin1(ChangeFeed::channel))) {
        m_timer->setInterval(m_intervalMs);
        return Error{u"site.listen"_s, tr("This desk cannot follow the other desks' changes.")};
    }
    connect(driver, &QSqlDriver::notification, this, &ChangeListener::received);
    m_db = std::move(db).value();
    m_timer->setInterval(m_intervalMs);
    m_lastProblem.clear();
    emit listening(pid.value().toLongLong());
    return std::nullopt;
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
        auto alive = m_db ? m_db->scalar(u"SELECT 1"_s) : Result<QVariant>(Error{u"site.gone"_s, QString()});
        if (alive && alive.value().toInt() == 1)
            return;
        const QString reason = alive ? QString() : alive.error().message;
        spdlog::warn("lost the database server: {}", reason.toStdString());
        if (m_db)
            m_db->handle().driver()->disconnect(this);
        m_db.reset();
        m_online = false;
        emit lost(u"site.gone"_s, reason);
        return;
    }
    const auto refused = listen();
    if (refused) {
        emit lost(refused->code, refused->message);
        return;
    }
    m_online = true;
    emit restored();
}

} // namespace fd

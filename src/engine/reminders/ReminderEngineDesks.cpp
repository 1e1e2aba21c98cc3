// ReminderEngine, part two: the engine among several desks on one server (issue 16). One desk raises
// for the site (ReminderLeader) and tells the others what it raised; the others read, and pass again
// over the tickets they are told of. Part one (ReminderEngine.cpp) keeps the reminders current.
#include "engine/reminders/ReminderEngine.h"

#include "storage/Database.h"

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fd {

namespace {
// Reminders named per NOTIFY when this desk tells the others what it raised: well under PostgreSQL's
// 8000-byte payload (a line is about 25 bytes).
constexpr qsizetype kPerNotice = 200;
const QString kRaised = u"raised"_s;
} // namespace

void ReminderEngine::heard(const QList<Change>& changes)
{
    for (const Change& c : changes) {
        // The listener came back: raises announced meanwhile were not heard, so a rebuild finds them.
        // (A batch too large to announce is also "everything", but it carries no raise: raises are
        // announced on their own, 200 a notice, and the audit log names every other change.)
        if (c.kind == QLatin1StringView(ChangeFeed::everything) && c.action == u"reconnected"_s) {
            reset();
            return;
        }
        if (c.kind == u"reminder"_s && c.action == kRaised && m_started) // not built yet: the build reads them
            m_heard << c.id;
    }
}

void ReminderEngine::resign()
{
    m_leader.resign();
    m_raising = m_raising && m_leader.held(); // on SQLite the one desk keeps raising
}

Result<ReminderPass> ReminderEngine::passOver(qint64 asOfMs, const QList<qint64>& ids, bool watches)
{
    if (!m_raising) {
        m_readOnly = true; // instants passed here without raising: a rebuild if this desk comes to raise
        return m_service.readFor(asOfMs, ids, watches);
    }
    auto pass = m_service.raiseFor(asOfMs, ids, watches);
    if (pass) {
        m_lastRaised += pass.value().raised.size();
        announce(pass.value().raised);
    }
    return pass;
}

void ReminderEngine::announce(const QList<Reminder>& raised)
{
    if (!m_feed || raised.isEmpty() || m_db.backend() != Backend::Postgres)
        return;
    for (qsizetype i = 0; i < raised.size(); i += kPerNotice) {
        QList<Change> changes;
        for (const Reminder& r : raised.mid(i, kPerNotice))
            changes.append({u"reminder"_s, r.id, kRaised});
        auto sent =
            m_db.exec(u"SELECT pg_notify(?, ?)"_s, {QString::fromLatin1(ChangeFeed::channel),
                                                    QString::fromUtf8(ChangeFeed::encode(m_feed->origin(), changes))});
        if (!sent) {
            // Raised and saved all the same: the other desks show it at the ticket's next change or
            // instant, or at their next full refresh.
            spdlog::warn("could not tell the other desks of {} reminders raised: {}", raised.size() - i,
                         sent.error().message.toStdString());
            return;
        }
        sent.value().finish();
    }
}

} // namespace fd

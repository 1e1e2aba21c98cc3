#pragma once

#include "core/Result.h"

#include <QString>
#include <QVariantList>

namespace fd {

class Clock;
class Database;
struct Session;

// Who is signed in at which workstation now, and at which post (R-SH-1). The window records a sign-in
// and renews it every minute while it runs; signing out or switching user ends it. A program that is
// killed stops renewing, so after TimeoutMs its person no longer counts as signed in: their shift
// stops holding the desk's reminders (ReminderService::onDuty) and the people who are here get them.
// Rows are kept (desk_presence); nothing is deleted.
class DeskPresence
{
public:
    // Three missed renewals of one a minute: a busy machine is not taken for a killed one.
    static constexpr qint64 TimeoutMs = 3 * 60 * 1000;

    DeskPresence(Database& db, const Clock& clock);

    // A sign-in at this workstation, working at postId (0: no post). Gives the row's id.
    Result<qint64> signIn(const Session& who, const QString& workstation, qint64 postId);
    // The running program is still there (every minute).
    Status renew(qint64 presenceId);
    // The post chosen at this sign-in changed.
    Status setPost(qint64 presenceId, qint64 postId);
    Status signOut(qint64 presenceId);
    // SQL true when user `column` is signed in somewhere at an instant; its two ? take presentValues().
    [[nodiscard]] static QString presentSql(const QString& column);
    [[nodiscard]] static QVariantList presentValues(qint64 nowMs);

private:
    // Sets `assignments` (their ? bound to `values`) on a sign-in that has not ended.
    Status update(qint64 presenceId, const QString& assignments, QVariantList values);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace fd

#include "engine/AccountService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/PasswordHasher.h"
#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <spdlog/spdlog.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

const QString kUserColumns = u"id, login, display_name, role, active, failed_attempts, locked_until_ms, version"_s;

User userFrom(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromKey(q.value(3).toString()).value_or(Role::Clerk);
    u.active = q.value(4).toBool();
    u.failedAttempts = q.value(5).toInt();
    u.lockedUntilMs = q.value(6).toLongLong();
    u.version = q.value(7).toInt();
    return u;
}

QJsonObject describe(const User& u)
{
    return {{u"login"_s, u.login},
            {u"display_name"_s, u.displayName},
            {u"role"_s, Roles::key(u.role)},
            {u"active"_s, u.active}};
}

} // namespace

AccountService::AccountService(Database& db, const Clock& clock, AuditLog& audit, const SiteSettings& settings)
    : m_db(db), m_clock(clock), m_audit(audit), m_settings(settings)
{}

bool AccountService::hasAccounts() const
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM users"_s);
    return n && n.value().toLongLong() > 0;
}

Result<QList<User>> AccountService::users() const
{
    auto q = m_db.exec(u"SELECT "_s + kUserColumns + u" FROM users ORDER BY role, login"_s);
    if (!q)
        return q.error();
    QList<User> out;
    while (q.value().next())
        out.append(userFrom(q.value()));
    return out;
}

Result<User> AccountService::load(const QString& where, const QVariant& key) const
{
    return m_db.one(u"SELECT "_s + kUserColumns + u" FROM users WHERE "_s + where, {key}, userFrom,
                    Error{u"account.unknown"_s, tr("There is no account with that name."), u"login"_s});
}

Result<User> AccountService::find(const QString& login) const
{
    return load(u"login = ?"_s, login.trimmed().toLower());
}

Status AccountService::checkLogin(const QString& login)
{
    static const QRegularExpression pattern(u"^[a-z0-9_.-]{2,32}$"_s);
    if (!pattern.match(login.trimmed().toLower()).hasMatch())
        return Error{u"account.login"_s,
                     tr("A sign-in name is 2 to 32 letters, digits, dots, dashes or underscores (e.g. zhang.wei)."),
                     u"login"_s};
    return {};
}

Status AccountService::checkNewPassword(const QString& password, const QString& field)
{
    if (password.size() < MinPasswordLength)
        return Error{u"account.password.short"_s, tr("A password needs at least %1 characters.").arg(MinPasswordLength),
                     field};
    return {};
}

Result<Session> AccountService::signIn(const QString& login, const QString& password)
{
    auto result = attempt(login, password);
    if (result)
        spdlog::info("signed in: {}", result.value().user.login.toStdString());
    else
        spdlog::warn("sign-in refused for {}: {}", login.toStdString(), result.error().code.toStdString());
    return result;
}

Result<Session> AccountService::attempt(const QString& login, const QString& password)
{
    if (login.trimmed().isEmpty())
        return Error{u"signin.nologin"_s, tr("Enter your sign-in name."), u"login"_s};
    if (password.isEmpty())
        return Error{u"signin.nopassword"_s, tr("Enter your password."), u"password"_s};

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto q = m_db.exec(u"SELECT "_s + kUserColumns + u", password_hash FROM users WHERE login = ?"_s,
                       {login.trimmed().toLower()});
    if (!q)
        return q.error();
    // The same answer for an unknown name and a wrong password: the screen does not reveal who has an account.
    const Error wrong{u"signin.wrong"_s, tr("The sign-in name or password is wrong."), u"password"_s};
    if (!q.value().next()) {
        // Spend the same ~70 ms as a real check, so timing does not tell which names exist.
        static const QString dummy = PasswordHasher::hash(u"not-a-real-password"_s);
        (void)PasswordHasher::verify(dummy, password);
        return wrong;
    }
    User user = userFrom(q.value());
    const QString storedHash = q.value().value(8).toString();
    q.value().finish();

    const qint64 now = m_clock.nowMs();
    if (user.lockedUntilMs > now) {
        const qint64 minutes = (user.lockedUntilMs - now + 59'999) / 60'000;
        return Error{u"signin.locked"_s,
                     tr("Too many wrong passwords: this account is locked for another %n minute(s), or until an "
                        "administrator resets it.",
                        nullptr, static_cast<int>(minutes)),
                     u"password"_s};
    }
    const bool passwordOk = PasswordHasher::verify(storedHash, password);
    if (!user.active) // said only to someone who knows the password
        return passwordOk ? Error{u"signin.inactive"_s, tr("This account has been switched off. Ask an administrator."),
                                  u"login"_s}
                          : wrong;
    Session session{user, now};
    if (!passwordOk) {
        // Site rules with their defaults (5 tries, 15 minutes) and ranges (SiteRules::definitions).
        const int limit = SiteRules::number(m_settings, QString::fromLatin1(SiteSettings::LockoutAttempts));
        const int lockMinutes = SiteRules::number(m_settings, QString::fromLatin1(SiteSettings::LockoutMinutes));
        // Counted in the database, not from what was read: two desks trying at once both count.
        auto counted = m_db.exec(u"UPDATE users SET failed_attempts = failed_attempts + 1, version = version + 1 "
                                 "WHERE id = ? RETURNING failed_attempts"_s,
                                 {user.id});
        if (!counted)
            return counted.error();
        const int failures = counted.value().next() ? counted.value().value(0).toInt() : user.failedAttempts + 1;
        counted.value().finish();
        const bool lock = failures >= limit;
        const qint64 lockedUntil = lock ? now + qint64(lockMinutes) * 60'000 : 0;
        if (lock) {
            if (auto r = m_db.exec(u"UPDATE users SET failed_attempts = 0, locked_until_ms = ? WHERE id = ?"_s,
                                   {lockedUntil, user.id});
                !r)
                return r.error();
            if (auto r = m_audit.append(Session::system(), u"user"_s, user.id, u"locked"_s, {},
                                        {{u"locked_until_ms"_s, lockedUntil}, {u"after_failures"_s, failures}});
                !r)
                return r.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        if (lock)
            return Error{u"signin.locked"_s,
                         tr("Too many wrong passwords: this account is locked for %n minute(s).", nullptr, lockMinutes),
                         u"password"_s};
        return Error{wrong.code,
                     tr("The sign-in name or password is wrong (%n tries left before the account locks).", nullptr,
                        limit - failures),
                     u"password"_s};
    }
    QVariantList binds{user.id};
    QString sql = u"UPDATE users SET failed_attempts = 0, locked_until_ms = 0 WHERE id = ?"_s;
    if (PasswordHasher::needsRehash(storedHash)) {
        // Only over the hash this sign-in checked: a password reset at another desk meanwhile (issue 16)
        // is not undone by the old password's new hash.
        sql = u"UPDATE users SET failed_attempts = 0, locked_until_ms = 0, password_hash = ? WHERE id = ? AND "
              "password_hash = ?"_s;
        binds.prepend(PasswordHasher::hash(password));
        binds.append(storedHash);
    }
    if (user.failedAttempts != 0 || user.lockedUntilMs != 0 || binds.size() > 1) {
        if (auto r = m_db.exec(sql, binds); !r)
            return r.error();
    }
    if (auto r = m_audit.append(session, u"user"_s, user.id, u"signed_in"_s, {}, {}); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    session.user.failedAttempts = 0;
    session.user.lockedUntilMs = 0;
    return session;
}

Status AccountService::confirmPassword(const Session& session, const QString& password)
{
    auto result = attempt(session.user.login, password);
    if (!result)
        return result.error();
    return {};
}

Result<User> AccountService::createUser(const Session& by, const QString& login, const QString& displayName, Role role,
                                        const QString& password)
{
    if (Status s = by.require(Permission::ManageAccounts); !s)
        return s.error();
    if (Status s = checkLogin(login); !s)
        return s.error();
    if (displayName.trimmed().isEmpty())
        return Error{u"account.name"_s, tr("Enter the person's name as colleagues know it."), u"display_name"_s};
    if (Status s = checkNewPassword(password); !s)
        return s.error();
    const QString key = login.trimmed().toLower();
    if (find(key))
        return Error{u"account.exists"_s, tr("The sign-in name %1 is already taken.").arg(key), u"login"_s};

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id =
        m_db.insert(u"INSERT INTO users (login, display_name, role, password_hash, created_ms) "
                    "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                    {key, displayName.trimmed(), Roles::key(role), PasswordHasher::hash(password), m_clock.nowMs()});
    if (!id)
        return id.error();
    User user;
    user.id = id.value();
    user.login = key;
    user.displayName = displayName.trimmed();
    user.role = role;
    if (auto r = m_audit.append(by, u"user"_s, user.id, u"created"_s, {}, describe(user)); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return user;
}

Status AccountService::resetPassword(const Session& by, qint64 userId, const QString& newPassword)
{
    if (Status s = by.require(Permission::ResetPasswords); !s)
        return s.error();
    if (Status s = checkNewPassword(newPassword); !s)
        return s;
    auto user = load(u"id = ?"_s, userId);
    if (!user)
        return user.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto r = m_db.exec(u"UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until_ms = 0, "
                           "version = version + 1 WHERE id = ?"_s,
                           {PasswordHasher::hash(newPassword), userId});
        !r)
        return r.error();
    if (auto r = m_audit.append(by, u"user"_s, userId, u"password_reset"_s,
                                {{u"locked_until_ms"_s, user.value().lockedUntilMs}}, {{u"locked_until_ms"_s, 0}});
        !r)
        return r.error();
    return tx.commit();
}

Status AccountService::changeOwnPassword(const Session& session, const QString& oldPassword, const QString& newPassword,
                                         const QString& newAgain)
{
    if (session.isSystem())
        return Error{u"perm.denied"_s, tr("Sign in to change your own password.")};
    if (Status s = checkNewPassword(newPassword, u"new_password"_s); !s)
        return s;
    if (newAgain != newPassword)
        return Error{u"account.password.mismatch"_s, tr("The two new passwords are not the same."),
                     u"new_password_again"_s};
    if (Status s = confirmPassword(session, oldPassword); !s)
        return Error{s.error().code, s.error().message, u"old_password"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto r = m_db.exec(u"UPDATE users SET password_hash = ?, version = version + 1 WHERE id = ?"_s,
                           {PasswordHasher::hash(newPassword), session.user.id});
        !r)
        return r.error();
    if (auto r = m_audit.append(session, u"user"_s, session.user.id, u"password_changed"_s, {}, {}); !r)
        return r.error();
    return tx.commit();
}

Status AccountService::setActive(const Session& by, qint64 userId, bool active)
{
    if (Status s = by.require(Permission::ManageAccounts); !s)
        return s.error();
    if (by.user.id == userId && !active)
        return Error{u"account.self"_s, tr("You cannot switch off your own account.")};
    auto user = load(u"id = ?"_s, userId);
    if (!user)
        return user.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto r = m_db.exec(u"UPDATE users SET active = ?, version = version + 1 WHERE id = ?"_s, {active, userId}); !r)
        return r.error();
    User after = user.value();
    after.active = active;
    if (auto r = m_audit.append(by, u"user"_s, userId, active ? u"activated"_s : u"deactivated"_s,
                                describe(user.value()), describe(after));
        !r)
        return r.error();
    return tx.commit();
}

} // namespace fd

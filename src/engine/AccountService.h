#pragma once

#include "core/Result.h"
#include "engine/Session.h"
#include "engine/User.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
class SiteSettings;

// Accounts, sign-in and passwords. Wrong passwords count up; after the site's limit (5 by default)
// the account is locked for a while (15 minutes by default). Administrators create accounts and
// reset passwords; nobody else may, whatever the screen shows.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    static constexpr int MinPasswordLength = 8;

    AccountService(Database& db, const Clock& clock, AuditLog& audit, const SiteSettings& settings);

    [[nodiscard]] bool hasAccounts() const;
    [[nodiscard]] Result<QList<User>> users() const;
    [[nodiscard]] Result<User> find(const QString& login) const;

    Result<Session> signIn(const QString& login, const QString& password);
    // The lock screen: the signed-in person proves it is still them. Counts towards the lockout.
    Status confirmPassword(const Session& session, const QString& password);

    Result<User> createUser(const Session& by, const QString& login, const QString& displayName, Role role,
                            const QString& password);
    Status resetPassword(const Session& by, qint64 userId, const QString& newPassword);
    // Anyone signed in, for themselves: the new password twice, then the old one (a wrong old one counts
    // towards the lockout, a mistyped new one does not). Fields: old_password, new_password,
    // new_password_again.
    Status changeOwnPassword(const Session& session, const QString& oldPassword, const QString& newPassword,
                             const QString& newAgain);
    Status setActive(const Session& by, qint64 userId, bool active);

    // Shared by every form that takes a new password.
    [[nodiscard]] static Status checkNewPassword(const QString& password,
                                                 const QString& field = QStringLiteral("password"));
    [[nodiscard]] static Status checkLogin(const QString& login);

private:
    Result<Session> attempt(const QString& login, const QString& password);
    Result<User> load(const QString& where, const QVariant& key) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const SiteSettings& m_settings;
};

} // namespace fd

#pragma once

#include "core/Result.h"
#include "engine/Session.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

class AccountService;
class AuditLog;
class Clock;
class Database;

// First start: the site's name and the first administrator, created together or not at all.
class SiteSetup
{
    Q_DECLARE_TR_FUNCTIONS(SiteSetup)

public:
    struct Request
    {
        QString siteName;
        QString adminLogin;
        QString adminName;
        QString password;
        QString passwordAgain;
    };

    SiteSetup(Database& db, const Clock& clock, AuditLog& audit, AccountService& accounts);

    [[nodiscard]] bool isInitialized() const;
    [[nodiscard]] QString siteName() const;
    [[nodiscard]] qint64 siteId() const;
    // Checks every field first (the Error names the field) and writes nothing unless all are right.
    Result<Session> initialize(const Request& request);
    Status rename(const Session& by, const QString& name);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    AccountService& m_accounts;
};

} // namespace fd

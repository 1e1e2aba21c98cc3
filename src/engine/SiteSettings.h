#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// The site's rules and preferences as key/value pairs. Reading falls back to the documented
// default; changing one needs the EditSiteRules permission and is audited.
class SiteSettings
{
    Q_DECLARE_TR_FUNCTIONS(SiteSettings)

public:
    // Keys used by the foundation; the engine adds the rule numbers of PROCEDURES.md.
    static constexpr const char* LockoutAttempts = "auth.lockout_attempts";
    static constexpr const char* LockoutMinutes = "auth.lockout_minutes";
    static constexpr const char* Language = "ui.language";
    // Minutes without input after which the window locks itself (gui/IdleLock; default 10).
    static constexpr const char* IdleLockMinutes = "auth.idle_lock_minutes";

    SiteSettings(Database& db, const Clock& clock, AuditLog& audit);

    [[nodiscard]] QString text(const QString& key, const QString& fallback = {}) const;
    [[nodiscard]] int integer(const QString& key, int fallback) const;
    // Every stored setting whose key starts with `prefix`, in one query (keys not stored are absent).
    [[nodiscard]] QHash<QString, QString> withPrefix(const QString& prefix) const;
    // Audited before → after; `before` is what the audit shows as the old value (null: the stored
    // text), so a rule never set shows the default it was in force at.
    Status set(const Session& who, const QString& key, const QString& value, const QString& before = {});
    // Where the settings are kept (who set one last, and when, is read from its row).
    [[nodiscard]] Database& database() const { return m_db; }

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd

#include "engine/SiteSettings.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/tickets/SiteRules.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace fd {

SiteSettings::SiteSettings(Database& db, const Clock& clock, AuditLog& audit) : m_db(db), m_clock(clock), m_audit(audit)
{}

QString SiteSettings::text(const QString& key, const QString& fallback) const
{
    auto v = m_db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!v || !v.value().isValid())
        return fallback;
    return v.value().toString();
}

int SiteSettings::integer(const QString& key, int fallback) const
{
    bool ok = false;
    const int value = text(key).toInt(&ok);
    return ok ? value : fallback;
}

QHash<QString, QString> SiteSettings::withPrefix(const QString& prefix) const
{
    QHash<QString, QString> out;
    // substr instead of LIKE: a prefix such as "rule." holds no wildcards to escape, and it runs unchanged on both.
    auto q = m_db.exec(u"SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?"_s, {prefix.size(), prefix});
    if (!q)
        return out;
    while (q.value().next())
        out.insert(q.value().value(0).toString(), q.value().value(1).toString());
    return out;
}

Status SiteSettings::set(const Session& who, const QString& key, const QString& value, const QString& shownBefore)
{
    if (Status s = who.require(Permission::EditSiteRules); !s)
        return s.error();
    // A key that is a site rule is checked like SiteRules::set does: no path stores a rule out of range.
    QString saved = value;
    if (SiteRules::find(key)) {
        auto checked = SiteRules::check(key, value);
        if (!checked)
            return checked.error();
        saved = checked.value();
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    const QString before = shownBefore.isNull() ? text(key) : shownBefore;
    if (auto r = m_db.exec(u"INSERT INTO settings (key, value, updated_ms, updated_by) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_ms = excluded.updated_ms, "
                           "updated_by = excluded.updated_by"_s,
                           {key, saved, m_clock.nowMs(), who.user.id});
        !r)
        return r.error();
    if (auto r = m_audit.append(who, u"setting"_s, 0, u"set"_s, {{key, before}}, {{key, saved}}); !r)
        return r.error();
    return tx.commit();
}

} // namespace fd

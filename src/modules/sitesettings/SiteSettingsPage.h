#pragma once

#include "engine/Session.h"
#include "widgets/FormErrors.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class SiteSettingsPage;
}

namespace fd {

class CatalogEditor;
class RuleEditor;
class SiteCatalogService;
class SiteRules;

// 站点设置: the administrator's site settings. The rules tab is drawn from SiteRules::definitions(),
// grouped (tickets and complaints, reminders, shifts, lobby logs, sign-in); each row shows the rule's
// name, its ID, its value with its unit, the default and one line of what it governs. Saving checks
// every changed value first (SiteRules::check) and, when one is wrong, shows the message next to it
// and writes nothing; otherwise each change goes through SiteRules::set (audited before → after).
// The other tabs keep the site's posts, departments and handover checklist (SiteCatalogService).
class SiteSettingsPage : public QWidget
{
    Q_OBJECT

public:
    SiteSettingsPage(SiteRules& rules, SiteCatalogService& siteCatalog, QWidget* parent = nullptr);
    ~SiteSettingsPage() override;

    void setSession(const Session& session);
    [[nodiscard]] RuleEditor* editor(const QString& key) const { return m_editors.value(key); }

public slots:
    // Reads every value and list again (after a change elsewhere, or when the page is shown).
    void refresh();
    // Saves the changed rules; false when one was refused (nothing was written then).
    bool save();

signals:
    void rulesChanged();

private:
    void buildRules();
    void updateStatus();
    [[nodiscard]] QStringList changedKeys() const;

    std::unique_ptr<Ui::SiteSettingsPage> m_ui;
    SiteRules& m_rules;
    SiteCatalogService& m_siteCatalog;
    std::optional<Session> m_session;
    QHash<QString, RuleEditor*> m_editors;
    QHash<QString, QString> m_loaded; // what each rule was when last read
    FormErrors m_errors;
    QList<CatalogEditor*> m_catalogs;
};

} // namespace fd

#include "modules/sitesettings/SiteSettingsPage.h"

#include "engine/LastChange.h"
#include "engine/tickets/SiteRules.h"
#include "modules/sitesettings/CatalogEditor.h"
#include "modules/sitesettings/RuleEditor.h"
#include "modules/sitesettings/SiteCatalogService.h"

#include "ui_SiteSettingsPage.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

using Group = SiteRules::Group;

QLabel* smallLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SiteSettingsPage::SiteSettingsPage(SiteRules& rules, SiteCatalogService& siteCatalog, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SiteSettingsPage>()), m_rules(rules), m_siteCatalog(siteCatalog)
{
    m_ui->setupUi(this);
    setObjectName(u"siteSettingsPage"_s);
    QFont font = m_ui->heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_ui->heading->setFont(font);
    buildRules();

    using C = SiteCatalogService::Catalog;
    auto addCatalog = [this](QLayout* into, C catalog, const QString& prefix, const QString& explanation) {
        auto* editor = new CatalogEditor(m_siteCatalog, catalog, prefix, explanation, this);
        into->addWidget(editor);
        m_catalogs << editor;
    };
    addCatalog(m_ui->postsLayout, C::Posts, u"posts"_s,
               tr("The posts people start a shift at (R-SH-1). A post switched off is not offered for new shifts; "
                  "the records that name it keep it."));
    addCatalog(m_ui->departmentsLayout, C::Departments, u"departments"_s,
               tr("The departments work is dispatched to (R-RP-1). Each is kept on the ticket by a key, so the same "
                  "department is one queue whatever the screen's language; to change a name, switch the department "
                  "off and add the new one."));
    addCatalog(m_ui->equipmentLayout, C::Equipment, u"equipment"_s,
               tr("The equipment and keys counted at every handover (R-SH-2), in the order of the sheet."));

    connect(m_ui->saveRules, &QPushButton::clicked, this, &SiteSettingsPage::save);
    connect(m_ui->revertRules, &QPushButton::clicked, this, &SiteSettingsPage::refresh);
}

SiteSettingsPage::~SiteSettingsPage() = default;

void SiteSettingsPage::buildRules()
{
    for (Group group : {Group::Tickets, Group::Reminders, Group::Shifts, Group::LobbyLogs, Group::Fees,
                        Group::Renovations, Group::SignIn}) {
        auto* box = new QGroupBox(SiteRules::groupName(group), m_ui->rulesContainer);
        auto* grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        int row = 0;
        for (const SiteRules::Definition& d : SiteRules::definitions()) {
            if (d.group != group)
                continue;
            auto* editor = new RuleEditor(d, box);
            auto* name = new QLabel(d.displayName() + u":"_s, box);
            name->setBuddy(editor->input());
            grid->addWidget(name, row, 0);
            grid->addWidget(editor, row, 1);
            grid->addWidget(smallLabel(tr("Default: %1").arg(RuleEditor::describe(d, d.defaultValue)), box), row, 2);
            grid->addWidget(smallLabel(d.ruleId, box), row, 3);
            ++row;
            grid->addWidget(smallLabel(d.displayDescription(), box), row, 1, 1, 3);
            ++row;
            grid->addWidget(m_errors.add(d.key, editor->input(), d.key + u"Error"_s, box), row, 1, 1, 3);
            ++row;
            m_editors.insert(d.key, editor);
            connect(editor, &RuleEditor::edited, this, &SiteSettingsPage::updateStatus);
        }
        m_ui->rulesLayout->addWidget(box);
    }
    m_ui->rulesLayout->addStretch(1);
}

void SiteSettingsPage::setSession(const Session& session)
{
    m_session = session;
    for (CatalogEditor* c : m_catalogs)
        c->setSession(session);
    if (session.may(Permission::EditSiteRules)) // the page is the administrator's; nobody else sees it
        refresh();
}

void SiteSettingsPage::refresh()
{
    m_errors.clear();
    m_loaded.clear();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString value = m_rules.value(it.key());
        m_loaded.insert(it.key(), value);
        const QSignalBlocker block(it.value());
        it.value()->setValue(value);
    }
    for (CatalogEditor* c : m_catalogs)
        c->refresh();
    m_ui->rulesStatus->clear();
    updateStatus();
}

QStringList SiteSettingsPage::changedKeys() const
{
    QStringList keys;
    for (const SiteRules::Definition& d : SiteRules::definitions())
        if (RuleEditor* e = m_editors.value(d.key); e && e->value() != m_loaded.value(d.key))
            keys << d.key;
    return keys;
}

void SiteSettingsPage::updateStatus()
{
    const qsizetype changed = changedKeys().size();
    m_ui->saveRules->setEnabled(changed > 0);
    m_ui->revertRules->setEnabled(changed > 0);
    if (changed > 0)
        m_ui->rulesStatus->setText(tr("%1 rule(s) changed, not saved yet.").arg(changed));
}

bool SiteSettingsPage::save()
{
    if (!m_session)
        return false;
    m_errors.clear();
    const QStringList keys = changedKeys();
    // Every changed value is checked before anything is written: one wrong value writes nothing.
    QList<Error> wrong;
    for (const QString& key : keys)
        if (auto checked = SiteRules::check(key, m_editors.value(key)->value()); !checked)
            wrong << checked.error();
    const bool allValid = wrong.isEmpty();
    if (!allValid) {
        m_errors.show(wrong.first()); // the first wrong one gets the focus
        for (qsizetype i = 1; i < wrong.size(); ++i)
            if (auto* label = findChild<QLabel*>(wrong[i].field + u"Error"_s)) {
                label->setText(wrong[i].message);
                label->show();
            }
    }
    if (!allValid) {
        m_ui->rulesStatus->setText(tr("Nothing was saved: correct the values marked in red."));
        return false;
    }
    // A rule another administrator saved since this page read it (issue 16): nothing is written, each
    // such rule says who set it to what and when, and what was typed stays; the page now counts that
    // value as read, so Save again puts the typed values in force knowingly.
    bool stale = false;
    for (const QString& key : keys)
        if (auto since = m_rules.changedSince(key, m_loaded.value(key))) {
            if (!stale)
                m_errors.show(*since);
            else if (auto* label = findChild<QLabel*>(key + u"Error"_s)) {
                label->setText(since->message);
                label->show();
            }
            stale = true;
            m_loaded.insert(key, m_rules.value(key));
        }
    if (stale) {
        m_ui->rulesStatus->setText(tr("Nothing was saved: another desk changed the rules marked in red since this page "
                                      "read them. Your values stay; Save again to put them in force."));
        return false;
    }
    int saved = 0;
    for (const QString& key : keys) {
        if (Status s = m_rules.set(*m_session, key, m_editors.value(key)->value(), m_loaded.value(key)); !s) {
            // Saved at another desk in the instant between the check above and this write: as above,
            // the page now counts that value as read, so Save again applies the typed one knowingly.
            if (LastChange::isStale(s.error()))
                m_loaded.insert(key, m_rules.value(key));
            m_errors.show(s.error());
            m_ui->rulesStatus->setText(
                saved > 0 ? tr("%1 rule(s) saved; the one marked in red was not: %2").arg(saved).arg(s.error().message)
                          : s.error().message);
            if (saved > 0)
                emit rulesChanged();
            return false;
        }
        m_loaded.insert(key, m_rules.value(key));
        ++saved;
    }
    updateStatus();
    m_ui->rulesStatus->setText(
        tr("%1 rule(s) saved. They apply to work opened from now on; open tickets keep their numbers.").arg(saved));
    if (saved > 0)
        emit rulesChanged();
    return true;
}

} // namespace fd

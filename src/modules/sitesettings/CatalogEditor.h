#pragma once

#include "engine/Session.h"
#include "modules/sitesettings/SiteCatalogService.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CatalogEditor;
}

namespace fd {

// One of the site's lists on the settings page (posts, departments, the handover checklist): the
// lines with the switched-off ones greyed, a name to add or rename with, moving up and down and
// switching off or on. Widgets only: SiteCatalogService decides and audits; its Error shows below.
// Object names start with the catalog's prefix ("posts", "departments", "equipment"): postsList,
// postsName, postsAdd, postsRename, postsUp, postsDown, postsToggle, postsError.
class CatalogEditor : public QWidget
{
    Q_OBJECT

public:
    CatalogEditor(SiteCatalogService& service, SiteCatalogService::Catalog catalog, const QString& prefix,
                  const QString& explanation, QWidget* parent = nullptr);
    ~CatalogEditor() override;

    void setSession(const Session& session);
    void refresh();
    [[nodiscard]] const QList<CatalogEntry>& entries() const { return m_entries; }

signals:
    void changed();

private:
    void add();
    void rename();
    void toggle();
    void move(int delta);
    void updateButtons();
    [[nodiscard]] std::optional<CatalogEntry> selected() const;
    bool done(const Result<CatalogEntry>& result);

    std::unique_ptr<Ui::CatalogEditor> m_ui;
    SiteCatalogService& m_service;
    SiteCatalogService::Catalog m_catalog;
    std::optional<Session> m_session;
    QList<CatalogEntry> m_entries;
};

} // namespace fd

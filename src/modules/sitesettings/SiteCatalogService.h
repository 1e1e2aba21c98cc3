#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// One line of a site catalog: a post (岗位), a department or a line of the handover checklist.
struct CatalogEntry
{
    qint64 id = 0;
    QString key; // a post's code or a department's key; empty for the checklist
    QString name;
    int position = 0; // order on the page (posts: by when they were added)
    bool active = true;
};

// The site's own lists, kept by its administrator on the site settings page (Permission::EditSiteRules):
// the posts people start shifts at (R-SH-1), the departments work is dispatched to (R-RP-1, stored by
// key, see Departments) and the equipment and keys counted at every handover (R-SH-2). Nothing is
// deleted: a line is switched off, and the records that name it keep it. Every change is one
// Transaction with an audit event before → after; a refused one writes nothing. A change is made on
// the line as the page showed it (`seen`): one another administrator changed since is refused as
// catalog.stale with who and when (issue 16), so no change is lost unseen.
class SiteCatalogService
{
    Q_DECLARE_TR_FUNCTIONS(SiteCatalogService)

public:
    enum class Catalog { Posts, Departments, Equipment };

    SiteCatalogService(Database& db, const Clock& clock, AuditLog& audit);

    // Every line, switched-off ones too, in the page's order.
    [[nodiscard]] Result<QList<CatalogEntry>> entries(const Session& who, Catalog catalog) const;
    // A new line, switched on, last. Errors name the field "name" (empty, or the name is taken).
    Result<CatalogEntry> add(const Session& who, Catalog catalog, const QString& name);
    // Posts and checklist lines only: a department's key is its identity on every ticket, so a
    // department is switched off and another added instead.
    Result<CatalogEntry> rename(const Session& who, Catalog catalog, const CatalogEntry& seen, const QString& name);
    // Switches a line off (false) or on again. A post someone is on shift at stays on.
    Result<CatalogEntry> setActive(const Session& who, Catalog catalog, const CatalogEntry& seen, bool active);
    // Departments and checklist lines: one place up (delta < 0) or down, past `seenNeighbour`, the
    // line the page showed there.
    Result<CatalogEntry> move(const Session& who, Catalog catalog, const CatalogEntry& seen, int delta,
                              qint64 seenNeighbour);

private:
    [[nodiscard]] Result<QList<CatalogEntry>> read(Catalog catalog) const;
    [[nodiscard]] Result<CatalogEntry> find(Catalog catalog, qint64 id) const;
    Status nameFree(Catalog catalog, const QString& name, qint64 exceptId) const;
    // Holds the list's table to the commit on PostgreSQL, so a change reads what another just wrote.
    Status lockList(Catalog catalog) const;
    // The line as it is now, refused as catalog.stale when it is no longer as `seen` (name, on/off).
    [[nodiscard]] Result<CatalogEntry> unchanged(Catalog catalog, const CatalogEntry& seen) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd

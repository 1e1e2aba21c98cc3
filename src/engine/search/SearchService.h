#pragma once

#include "core/Result.h"
#include "engine/search/SearchHit.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class Database;
struct Session;

// The desk's global search over tickets and people: by number (BX-20261122-0007), unit (3-1-502),
// name, phone digits or any 1+ characters of Chinese text, newest first, fast enough to run as
// the clerk types. FACTS.md: 3+ characters go to an FTS5 trigram index (pg_trgm on PostgreSQL);
// 1-2 characters never match a trigram index, so SQLite answers them from a second index in which
// every character is its own token, and PostgreSQL scans.
// A module's records in the search (visitors, stored-item tags, parcels' tracking numbers): `sql`
// selects, for the records with id > ? (the watermark), ordered by id, at most ? rows:
// id, at_ms, title, detail, body (the text a clerk may type), unit_id (or NULL).
// Records are indexed once, when new; the hit opens the record, which shows its current state.
struct SearchSource
{
    QString kind; // search_docs.doc_kind, e.g. "visitor"
    QString sql;
};

class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(SearchService)

public:
    static constexpr int MaxLimit = 200;

    explicit SearchService(Database& db);

    // Indexes the tickets and residents added since the last call (by id), and indexes again the
    // residents edited since (from the audit log: search_state). Cheap when nothing is new;
    // find() calls it first, so no service has to remember to index.
    Status refresh();
    // Modules register their records at start-up (ServiceHost); indexed by refresh() like tickets.
    void addSource(SearchSource source) { m_sources.append(std::move(source)); }
    [[nodiscard]] Result<QList<SearchHit>> find(const Session& who, const QString& text, int limit = 50);

    // "3-1-502 张三" -> "3 - 1 - 5 0 2   张 三": every character its own token (SQLite's short-query index).
    [[nodiscard]] static QString spacedCharacters(const QString& text);
    // How a body is stored and matched: simplified, lower case.
    [[nodiscard]] static QString normalized(const QString& text);

private:
    Status indexTickets();
    Status indexResidents();
    Status reindexChangedResidents();
    Status reindexResident(qint64 residentId);
    Status indexSource(const SearchSource& source);
    Status add(const QString& kind, qint64 refId, qint64 atMs, const QString& title, const QString& detail,
               const QString& body, qint64 unitId = 0);
    [[nodiscard]] qint64 watermark(const QString& kind) const;

    Database& m_db;
    QList<SearchSource> m_sources;
    qint64 m_residentAuditSeen = -1; // the audit event up to which resident edits were indexed; -1: not read yet
};

} // namespace fd

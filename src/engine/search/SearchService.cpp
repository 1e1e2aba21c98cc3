#include "engine/search/SearchService.h"

#include "engine/Session.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr int kBatch = 2000;

QString likePattern(const QString& text)
{
    QString escaped;
    for (QChar c : text) {
        if (c == u'!' || c == u'%' || c == u'_')
            escaped += u'!';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

// An FTS5 string literal: the query is matched as typed, never as FTS syntax.
QString ftsPhrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

SearchService::SearchService(Database& db) : m_db(db) {}

QString SearchService::normalized(const QString& text)
{
    return text.simplified().toLower();
}

QString SearchService::spacedCharacters(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (QChar c : normalized(text)) {
        if (!out.isEmpty())
            out += u' ';
        out += c;
    }
    return out;
}

qint64 SearchService::watermark(const QString& kind) const
{
    auto v = m_db.scalar(u"SELECT COALESCE(MAX(ref_id), 0) FROM search_docs WHERE doc_kind = ?"_s, {kind});
    return v ? v.value().toLongLong() : 0;
}

Status SearchService::add(const QString& kind, qint64 refId, qint64 atMs, const QString& title, const QString& detail,
                          const QString& body, qint64 unitId)
{
    const QString text = normalized(body);
    auto id = m_db.insert(u"INSERT INTO search_docs (doc_kind, ref_id, at_ms, title, detail, body, unit_id) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {kind, refId, atMs, title, detail, text, sql::idOrNull(unitId)});
    if (!id)
        return id.error();
    if (m_db.backend() == Backend::Sqlite) {
        if (auto r = m_db.exec(u"INSERT INTO search_trigram (rowid, body) VALUES (?, ?)"_s, {id.value(), text}); !r)
            return r.error();
        if (auto r = m_db.exec(u"INSERT INTO search_chars (rowid, chars) VALUES (?, ?)"_s,
                               {id.value(), spacedCharacters(text)});
            !r)
            return r.error();
    }
    return {};
}

Status SearchService::indexTickets()
{
    for (;;) {
        auto rows = m_db.exec(u"SELECT t.id, t.occurred_ms, t.number, t.description, t.person_name, t.caller_phone, "
                              "COALESCE(u.code, '') FROM tickets t LEFT JOIN units u ON u.id = t.unit_id "
                              "WHERE t.id > ? ORDER BY t.id LIMIT ?"_s,
                              {watermark(u"ticket"_s), kBatch});
        if (!rows)
            return rows.error();
        struct Doc
        {
            qint64 id, at;
            QString number, description, person, phone, unit;
        };
        QList<Doc> docs;
        while (rows.value().next()) {
            const QSqlQuery& q = rows.value();
            docs.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
        }
        rows.value().finish();
        if (docs.isEmpty())
            return {};
        Transaction tx(m_db);
        if (!tx.started())
            return tx.started();
        for (const Doc& d : docs) {
            const QString detail = QStringList{d.unit, d.person, d.description.left(60)}.join(u' ').simplified();
            const QString body = QStringList{d.number, d.unit, d.person, d.phone, d.description}.join(u' ');
            if (Status s = add(u"ticket"_s, d.id, d.at, d.number, detail, body); !s)
                return s;
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
}

Status SearchService::indexResidents()
{
    for (;;) {
        const qint64 after = watermark(u"resident"_s);
        auto rows =
            m_db.exec(u"SELECT r.id, r.created_ms, r.name, u.code FROM residents r JOIN units u ON u.id = r.unit_id "
                      "WHERE r.id > ? ORDER BY r.id LIMIT ?"_s,
                      {after, kBatch});
        if (!rows)
            return rows.error();
        struct Doc
        {
            qint64 id, at;
            QString name, unit;
        };
        QList<Doc> docs;
        while (rows.value().next())
            docs.append({rows.value().value(0).toLongLong(), rows.value().value(1).toLongLong(),
                         rows.value().value(2).toString(), rows.value().value(3).toString()});
        rows.value().finish();
        if (docs.isEmpty())
            return {};
        QHash<qint64, QStringList> phones;
        auto p =
            m_db.exec(u"SELECT resident_id, phone FROM resident_phones WHERE resident_id > ? AND resident_id <= ?"_s,
                      {after, docs.last().id});
        if (!p)
            return p.error();
        while (p.value().next())
            phones[p.value().value(0).toLongLong()] << p.value().value(1).toString();
        p.value().finish();
        Transaction tx(m_db);
        if (!tx.started())
            return tx.started();
        for (const Doc& d : docs) {
            const QString body = QStringList{d.name, d.unit, phones.value(d.id).join(u' ')}.join(u' ');
            if (Status s = add(u"resident"_s, d.id, d.at, d.name, d.unit, body); !s)
                return s;
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
}

Status SearchService::indexSource(const SearchSource& source)
{
    for (;;) {
        auto rows = m_db.exec(source.sql, {watermark(source.kind), kBatch});
        if (!rows)
            return rows.error();
        struct Doc
        {
            qint64 id, at;
            QString title, detail, body;
            qint64 unit;
        };
        QList<Doc> docs;
        while (rows.value().next()) {
            const QSqlQuery& q = rows.value();
            docs.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toLongLong()});
        }
        rows.value().finish();
        if (docs.isEmpty())
            return {};
        Transaction tx(m_db);
        if (!tx.started())
            return tx.started();
        for (const Doc& d : docs)
            if (Status s = add(source.kind, d.id, d.at, d.title, d.detail, d.body, d.unit); !s)
                return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
}

Status SearchService::refresh()
{
    if (Status s = indexTickets(); !s)
        return s;
    if (Status s = indexResidents(); !s)
        return s;
    if (Status s = reindexChangedResidents(); !s)
        return s;
    for (const SearchSource& source : m_sources)
        if (Status s = indexSource(source); !s)
            return s;
    return {};
}

Result<QList<SearchHit>> SearchService::find(const Session& who, const QString& text, int limit)
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    const QString query = normalized(text);
    if (query.isEmpty())
        return QList<SearchHit>{};
    if (Status s = refresh(); !s)
        return s.error();
    limit = qBound(1, limit, MaxLimit);

    // The unit comes from the live rows, so a hit opens where the ticket or resident is now.
    const QString select =
        u"SELECT d.doc_kind, d.ref_id, d.at_ms, d.title, d.detail, COALESCE(t.unit_id, r.unit_id, d.unit_id, 0) "
        "FROM "_s;
    const QString units = u" LEFT JOIN tickets t ON d.doc_kind = 'ticket' AND t.id = d.ref_id "
                          "LEFT JOIN residents r ON d.doc_kind = 'resident' AND r.id = d.ref_id "_s;
    // R-MO-1: a resident who moved out is kept on record but no longer offered, as in the desk's
    // unit search; their tickets still are.
    const QString stillLiving = u"(d.doc_kind <> 'resident' OR r.active = ?)"_s;
    Result<QSqlQuery> rows = Error{};
    if (m_db.backend() == Backend::Sqlite) {
        // Both FTS tables hand back rowids newest-indexed first, so only `limit` documents are read;
        // those are then shown by when they happened.
        const bool shortQuery = query.size() < 3;
        const QString fts = shortQuery ? u"search_chars"_s : u"search_trigram"_s;
        const QString match = shortQuery ? ftsPhrase(spacedCharacters(query)) : ftsPhrase(query);
        rows = m_db.exec(select + u"(SELECT rowid AS hit FROM "_s + fts + u" WHERE "_s + fts +
                             u" MATCH ? ORDER BY rowid DESC LIMIT ?) f JOIN search_docs d ON d.id = f.hit"_s + units +
                             u"WHERE "_s + stillLiving + u" ORDER BY d.at_ms DESC, d.id DESC"_s,
                         {match, limit, true});
    } else {
        rows = m_db.exec(select + u"search_docs d"_s + units + u"WHERE d.body LIKE ? ESCAPE '!' AND "_s + stillLiving +
                             u" ORDER BY d.at_ms DESC, d.id DESC LIMIT ?"_s,
                         {likePattern(query), true, limit});
    }
    if (!rows)
        return rows.error();
    QList<SearchHit> hits;
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        hits.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong()});
    }
    return hits;
}

} // namespace fd

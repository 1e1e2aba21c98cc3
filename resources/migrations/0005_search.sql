-- FrontDesk schema 5: the global search index. One document per ticket and per resident, with the
-- text a clerk may type: number, unit code, names, phones, description. Kept in step by
-- SearchService (incrementally, by id), so no service has to remember to index.
-- FACTS.md: 3+ characters use a trigram index; 1-2 characters never match a trigram index, so on
-- SQLite they go to a second index in which every character is its own token; PostgreSQL uses
-- pg_trgm and scans for 1-2 characters.
-- @all
CREATE TABLE search_docs (
    id {{ID}},
    doc_kind TEXT NOT NULL CHECK (doc_kind IN ('ticket', 'resident')),
    ref_id BIGINT NOT NULL,
    at_ms BIGINT NOT NULL,
    title TEXT NOT NULL,
    detail TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (doc_kind, ref_id)
);
CREATE INDEX search_docs_at ON search_docs (at_ms);

-- @sqlite
CREATE VIRTUAL TABLE search_trigram USING fts5(body, content='', tokenize='trigram');
CREATE VIRTUAL TABLE search_chars USING fts5(chars, content='', tokenize='unicode61');

-- @postgres
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX search_docs_body_trgm ON search_docs USING gin (body gin_trgm_ops);

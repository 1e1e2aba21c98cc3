-- FrontDesk schema 23: the global search follows residents edited at the desk (issue 11). A
-- resident is indexed once when added; search_state remembers the last audit event read, and
-- SearchService re-indexes every resident changed ("updated", "moved_out") after it, so a new phone
-- or a corrected name is found and the old one no longer is. Starting from 0 re-indexes, once, the
-- residents changed before this version.
-- @all
CREATE TABLE search_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    resident_audit_seq BIGINT NOT NULL
);
INSERT INTO search_state (id, resident_audit_seq) VALUES (1, 0);

-- FrontDesk schema 13: watches and signatures, for the desk's logs of people and things (issue 5).
--
-- A watch is an open record of a log — a visitor still inside, a stored item, an unclaimed parcel,
-- a lent tool — that comes due at an instant (R-VS-3, R-PS-2, the tool "not back the same day").
-- The module that owns the record keeps its watch: it sets due_ms when the record is opened or
-- confirmed, and closed_ms when the record ends (checked out, collected, returned). The reminders
-- raise one row per due instant of an open watch, exactly as for a ticket's clock, so the same
-- panel, notices, repeats and escalation serve both; a reminder of a watch is pending while the
-- watch is open and still due at that instant.
-- @all
CREATE TABLE watches (
    id {{ID}},
    source TEXT NOT NULL,
    ref_id BIGINT NOT NULL,
    unit_id BIGINT REFERENCES units(id),
    title TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    due_ms BIGINT,
    created_ms BIGINT NOT NULL,
    closed_ms BIGINT,
    UNIQUE (source, ref_id)
);
CREATE INDEX watches_open ON watches (due_ms) WHERE closed_ms IS NULL;

-- A signature the customer gave on the pad (PNG of the strokes), or why there is none: the
-- customer refused, or signed on paper (the clerk records which). Kept with the record that
-- needed it (stored items, parcels, tools, visitors' refusals …) by signature id.
CREATE TABLE signatures (
    id {{ID}},
    signer TEXT NOT NULL,
    image {{BLOB}},
    waived_reason TEXT,
    note TEXT NOT NULL DEFAULT '',
    signed_ms BIGINT NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES users(id),
    CHECK (image IS NOT NULL OR waived_reason IS NOT NULL)
);

-- @postgres
-- The search index takes the logs' records too (visitors, tags, tracking numbers), each with its unit.
ALTER TABLE search_docs DROP CONSTRAINT search_docs_doc_kind_check;
ALTER TABLE search_docs ADD COLUMN unit_id BIGINT;
ALTER TABLE reminders ALTER COLUMN ticket_id DROP NOT NULL;
ALTER TABLE reminders ADD COLUMN watch_id BIGINT REFERENCES watches(id);
ALTER TABLE reminders DROP CONSTRAINT reminders_due_check;
ALTER TABLE reminders ADD CONSTRAINT reminders_due_check
    CHECK (due IN ('respond', 'follow_up', 'resolve', 'reply', 'callback', 'report', 'watch'));
ALTER TABLE reminders ADD CONSTRAINT reminders_subject
    CHECK ((ticket_id IS NULL) <> (watch_id IS NULL));
CREATE UNIQUE INDEX reminders_watch_due ON reminders (watch_id, due_ms);
CREATE TRIGGER watches_no_delete BEFORE DELETE ON watches FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER watches_no_truncate BEFORE TRUNCATE ON watches FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER signatures_no_truncate BEFORE TRUNCATE ON signatures
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

-- @sqlite
-- The search index takes the logs' records too (visitors, tags, tracking numbers), each with its
-- unit: the documents are copied with their ids, which the full-text tables refer to.
CREATE TABLE search_docs_v13 (
    id INTEGER PRIMARY KEY,
    doc_kind TEXT NOT NULL,
    ref_id BIGINT NOT NULL,
    at_ms BIGINT NOT NULL,
    title TEXT NOT NULL,
    detail TEXT NOT NULL,
    body TEXT NOT NULL,
    unit_id BIGINT,
    UNIQUE (doc_kind, ref_id)
);
INSERT INTO search_docs_v13 (id, doc_kind, ref_id, at_ms, title, detail, body)
    SELECT id, doc_kind, ref_id, at_ms, title, detail, body FROM search_docs;
DROP TABLE search_docs;
ALTER TABLE search_docs_v13 RENAME TO search_docs;
CREATE INDEX search_docs_at ON search_docs (at_ms);

-- SQLite cannot drop a NOT NULL or a CHECK in place: the two reminder tables are rebuilt (SQLite's
-- documented twelve steps). The notices are copied first into a table that refers to the new
-- reminders, so dropping the old ones breaks no reference; renaming the new reminders table then
-- rewrites that reference to "reminders".
CREATE TABLE reminders_v13 (
    id INTEGER PRIMARY KEY,
    ticket_id BIGINT REFERENCES tickets(id),
    watch_id BIGINT REFERENCES watches(id),
    due TEXT NOT NULL CHECK (due IN ('respond', 'follow_up', 'resolve', 'reply', 'callback', 'report', 'watch')),
    due_ms BIGINT NOT NULL,
    raised_ms BIGINT NOT NULL,
    level TEXT NOT NULL DEFAULT 'clerk' CHECK (level IN ('clerk', 'supervisor', 'manager')),
    acknowledged_ms BIGINT,
    acknowledged_by BIGINT REFERENCES users(id),
    resolved_ms BIGINT,
    CHECK ((ticket_id IS NULL) <> (watch_id IS NULL)),
    UNIQUE (ticket_id, due, due_ms)
);
INSERT INTO reminders_v13 (id, ticket_id, due, due_ms, raised_ms, level, acknowledged_ms, acknowledged_by, resolved_ms)
    SELECT id, ticket_id, due, due_ms, raised_ms, level, acknowledged_ms, acknowledged_by, resolved_ms FROM reminders;
CREATE TABLE reminder_notices_v13 (
    reminder_id BIGINT NOT NULL REFERENCES reminders_v13(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    first_ms BIGINT NOT NULL,
    last_ms BIGINT NOT NULL,
    times INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (reminder_id, user_id)
);
INSERT INTO reminder_notices_v13 SELECT reminder_id, user_id, first_ms, last_ms, times FROM reminder_notices;
DROP TABLE reminder_notices;
DROP TABLE reminders;
ALTER TABLE reminders_v13 RENAME TO reminders;
ALTER TABLE reminder_notices_v13 RENAME TO reminder_notices;
CREATE INDEX reminders_unresolved ON reminders (ticket_id) WHERE resolved_ms IS NULL;
CREATE UNIQUE INDEX reminders_watch_due ON reminders (watch_id, due_ms);
CREATE TRIGGER reminders_no_delete BEFORE DELETE ON reminders BEGIN
    SELECT RAISE(ABORT, 'reminders are never deleted; they are resolved');
END;
CREATE TRIGGER reminder_notices_no_delete BEFORE DELETE ON reminder_notices BEGIN
    SELECT RAISE(ABORT, 'reminder notices are never deleted');
END;
CREATE TRIGGER watches_no_delete BEFORE DELETE ON watches BEGIN
    SELECT RAISE(ABORT, 'watches are never deleted; they are closed');
END;
CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures BEGIN
    SELECT RAISE(ABORT, 'signatures are never deleted');
END;
CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures BEGIN
    SELECT RAISE(ABORT, 'signatures are never changed');
END;

-- FrontDesk schema 19: two reminders of a complaint. 'judge' — a complaint nobody has judged within
-- rule.complaint.judge_minutes reminds the supervisor until it is judged (R-CP-2); 'result' — the
-- department's result on a complaint is reported to the supervisor when it is recorded, until a
-- superior confirms it or the customer has been replied to (R-CP-6). Only the list of reminder kinds
-- changes; every row is kept as it is.
-- @postgres
ALTER TABLE reminders DROP CONSTRAINT reminders_due_check;
ALTER TABLE reminders ADD CONSTRAINT reminders_due_check
    CHECK (due IN ('respond', 'follow_up', 'resolve', 'reply', 'callback', 'report', 'watch', 'judge', 'result'));

-- @sqlite
-- SQLite cannot change a CHECK in place: the two reminder tables are rebuilt as schema 13 did (copy,
-- drop, rename; the notices are copied first into a table that refers to the new reminders, so no
-- reference breaks, and renaming the new reminders table rewrites that reference to "reminders").
CREATE TABLE reminders_v19 (
    id INTEGER PRIMARY KEY,
    ticket_id BIGINT REFERENCES tickets(id),
    watch_id BIGINT REFERENCES watches(id),
    due TEXT NOT NULL CHECK (due IN ('respond', 'follow_up', 'resolve', 'reply', 'callback', 'report', 'watch',
                                     'judge', 'result')),
    due_ms BIGINT NOT NULL,
    raised_ms BIGINT NOT NULL,
    level TEXT NOT NULL DEFAULT 'clerk' CHECK (level IN ('clerk', 'supervisor', 'manager')),
    acknowledged_ms BIGINT,
    acknowledged_by BIGINT REFERENCES users(id),
    resolved_ms BIGINT,
    CHECK ((ticket_id IS NULL) <> (watch_id IS NULL)),
    UNIQUE (ticket_id, due, due_ms)
);
INSERT INTO reminders_v19 (id, ticket_id, watch_id, due, due_ms, raised_ms, level, acknowledged_ms, acknowledged_by,
                           resolved_ms)
    SELECT id, ticket_id, watch_id, due, due_ms, raised_ms, level, acknowledged_ms, acknowledged_by, resolved_ms
    FROM reminders;
CREATE TABLE reminder_notices_v19 (
    reminder_id BIGINT NOT NULL REFERENCES reminders_v19(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    first_ms BIGINT NOT NULL,
    last_ms BIGINT NOT NULL,
    times INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (reminder_id, user_id)
);
INSERT INTO reminder_notices_v19 SELECT reminder_id, user_id, first_ms, last_ms, times FROM reminder_notices;
DROP TABLE reminder_notices;
DROP TABLE reminders;
ALTER TABLE reminders_v19 RENAME TO reminders;
ALTER TABLE reminder_notices_v19 RENAME TO reminder_notices;
CREATE INDEX reminders_unresolved ON reminders (ticket_id) WHERE resolved_ms IS NULL;
CREATE UNIQUE INDEX reminders_watch_due ON reminders (watch_id, due_ms);
CREATE TRIGGER reminders_no_delete BEFORE DELETE ON reminders BEGIN
    SELECT RAISE(ABORT, 'reminders are never deleted; they are resolved');
END;
CREATE TRIGGER reminder_notices_no_delete BEFORE DELETE ON reminder_notices BEGIN
    SELECT RAISE(ABORT, 'reminder notices are never deleted');
END;

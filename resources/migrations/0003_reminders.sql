-- FrontDesk schema 3: reminders. One row per due instant that came due: a ticket's clock (respond,
-- follow_up, resolve, reply, callback) at its instant, or 'report' (a major or important complaint
-- reported to the manager at once, R-IN-2, R-CP-4). The row is the record that makes "a restart
-- neither loses nor repeats a reminder" true: the scheduler raises one with INSERT … ON CONFLICT DO
-- NOTHING, so a restarted desk finds it already raised. Whether it is still pending is derived from
-- the ticket (its current due instants and status); resolved_ms stamps when that was noticed.
-- level is the highest rung of the escalation ladder it has reached (clerk, supervisor, manager).
-- @all
CREATE TABLE reminders (
    id {{ID}},
    ticket_id BIGINT NOT NULL REFERENCES tickets(id),
    due TEXT NOT NULL CHECK (due IN ('respond', 'follow_up', 'resolve', 'reply', 'callback', 'report')),
    due_ms BIGINT NOT NULL,
    raised_ms BIGINT NOT NULL,
    level TEXT NOT NULL DEFAULT 'clerk' CHECK (level IN ('clerk', 'supervisor', 'manager')),
    acknowledged_ms BIGINT,
    acknowledged_by BIGINT REFERENCES users(id),
    resolved_ms BIGINT,
    UNIQUE (ticket_id, due, due_ms)
);
CREATE INDEX reminders_unresolved ON reminders (ticket_id) WHERE resolved_ms IS NULL;

-- When each person was last told about a reminder (desktop notification and sound), so every desk
-- and every rung of the ladder is told once and then every few minutes until it is acted on, and a
-- restart does not tell anyone again early.
CREATE TABLE reminder_notices (
    reminder_id BIGINT NOT NULL REFERENCES reminders(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    first_ms BIGINT NOT NULL,
    last_ms BIGINT NOT NULL,
    times INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (reminder_id, user_id)
);

-- @sqlite
CREATE TRIGGER reminders_no_delete BEFORE DELETE ON reminders BEGIN
    SELECT RAISE(ABORT, 'reminders are never deleted; they are resolved');
END;
CREATE TRIGGER reminder_notices_no_delete BEFORE DELETE ON reminder_notices BEGIN
    SELECT RAISE(ABORT, 'reminder notices are never deleted');
END;

-- @postgres
CREATE TRIGGER reminders_no_delete BEFORE DELETE ON reminders FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER reminders_no_truncate BEFORE TRUNCATE ON reminders
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER reminder_notices_no_delete BEFORE DELETE ON reminder_notices
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

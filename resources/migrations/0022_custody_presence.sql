-- FrontDesk schema 22: who holds what at a post (R-SH-1..3).
--  tickets.post_id   the post that has the open ticket in its custody: the post its taker was on
--                    (the site's first desk post when they were on none); a sealed handover moves the
--                    sheet's open tickets to the post the arriving person works at, so a ticket the
--                    evening desk handed to the control room is on the control room's morning sheet.
--  shifts.ended_how  'handover' (a sealed sheet ended it), 'taken_over' (it was past its end without a
--                    handover and the next person at the post took it over) or 'lapsed' (its person
--                    started again at another post after its end); ended_by is who ended it.
--  desk_presence     one row per sign-in at a workstation: the post chosen there, and seen_ms, which
--                    the running program renews every minute. A killed program stops renewing it, so
--                    a shift whose person is no longer signed in anywhere stops holding the desk's
--                    reminders. Rows are never deleted; ended_ms closes one.
-- @all
ALTER TABLE tickets ADD COLUMN post_id BIGINT REFERENCES posts(id);
UPDATE tickets SET post_id = COALESCE(
    (SELECT s.post_id FROM shifts s WHERE s.user_id = tickets.created_by AND tickets.created_ms >= s.started_ms
        AND (s.ended_ms IS NULL OR tickets.created_ms < s.ended_ms) ORDER BY s.started_ms DESC LIMIT 1),
    (SELECT p.id FROM posts p WHERE NOT p.is_control_room ORDER BY p.id LIMIT 1));
CREATE INDEX tickets_custody ON tickets (post_id, status);

ALTER TABLE shifts ADD COLUMN ended_how TEXT;
ALTER TABLE shifts ADD COLUMN ended_by BIGINT REFERENCES users(id);
UPDATE shifts SET ended_how = 'handover' WHERE ended_ms IS NOT NULL;

CREATE TABLE desk_presence (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id),
    workstation TEXT NOT NULL,
    post_id BIGINT REFERENCES posts(id),
    signed_in_ms BIGINT NOT NULL,
    seen_ms BIGINT NOT NULL,
    ended_ms BIGINT
);
CREATE INDEX desk_presence_open ON desk_presence (user_id) WHERE ended_ms IS NULL;

-- @sqlite
CREATE TRIGGER desk_presence_no_delete BEFORE DELETE ON desk_presence BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;

-- @postgres
CREATE TRIGGER desk_presence_no_delete BEFORE DELETE ON desk_presence FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

-- FrontDesk schema 20: community events (社区事件, R-CB-1 "callbacks after assistance or a large
-- community event"). An event — a water cut, a power cut, a lift stopped for days — with the
-- households to call back afterwards; each household gets one callback ticket (kind 'callback') in
-- the callbacks queue, due rule.callback_hours after the event's end, and is worked like every other
-- callback (R-CB-2). Instants are BIGINT UTC epoch milliseconds. Both tables are records: never
-- changed, never deleted.
-- @all
CREATE TABLE community_events (
    id {{ID}},
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    starts_ms BIGINT NOT NULL,
    ends_ms BIGINT NOT NULL CHECK (ends_ms >= starts_ms),
    created_ms BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id)
);
CREATE INDEX community_events_ends ON community_events (ends_ms);

-- One household (unit) of an event and the callback ticket it owes.
CREATE TABLE community_event_callbacks (
    id {{ID}},
    event_id BIGINT NOT NULL REFERENCES community_events(id),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    ticket_id BIGINT NOT NULL UNIQUE REFERENCES tickets(id),
    UNIQUE (event_id, unit_id)
);

-- @sqlite
CREATE TRIGGER community_events_no_delete BEFORE DELETE ON community_events BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER community_events_no_update BEFORE UPDATE ON community_events BEGIN
    SELECT RAISE(ABORT, 'records are never changed');
END;
CREATE TRIGGER community_event_callbacks_no_delete BEFORE DELETE ON community_event_callbacks BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER community_event_callbacks_no_update BEFORE UPDATE ON community_event_callbacks BEGIN
    SELECT RAISE(ABORT, 'records are never changed');
END;

-- @postgres
CREATE TRIGGER community_events_append_only BEFORE UPDATE OR DELETE ON community_events
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER community_events_no_truncate BEFORE TRUNCATE ON community_events
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER community_event_callbacks_append_only BEFORE UPDATE OR DELETE ON community_event_callbacks
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER community_event_callbacks_no_truncate BEFORE TRUNCATE ON community_event_callbacks
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

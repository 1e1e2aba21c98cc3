-- FrontDesk schema 2: tickets (repairs, complaints, requests, inquiries, affairs, callbacks), their
-- per-kind daily numbers and their append-only event history.
-- Instants are BIGINT UTC epoch milliseconds. A due instant that is NULL is not running (met,
-- not applicable, or stopped): the due queries read only the partial indexes below.
-- @all
CREATE TABLE ticket_counters (
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (kind, day)
);

CREATE TABLE tickets (
    id {{ID}},
    kind TEXT NOT NULL CHECK (kind IN ('repair', 'complaint', 'request', 'inquiry', 'affair', 'callback')),
    number TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL CHECK (channel IN ('walk_in', 'call', 'letter', 'patrol', 'control_room')),
    caller_phone TEXT NOT NULL DEFAULT '',
    unit_id BIGINT REFERENCES units(id),
    resident_id BIGINT REFERENCES residents(id),
    person_name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL CHECK (description <> ''),
    category TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT '' CHECK (severity IN ('', 'minor', 'important', 'major')),
    status TEXT NOT NULL CHECK (status IN ('new', 'dispatched', 'waiting_customer', 'waiting_parts', 'returned',
                                           'replied', 'reopened', 'closed', 'cancelled')),
    second_dispatch_of BIGINT REFERENCES tickets(id),
    same_event_as BIGINT REFERENCES tickets(id),
    retroactive BOOLEAN NOT NULL DEFAULT FALSE,
    occurred_ms BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    respond_by_ms BIGINT,
    follow_up_anchor_ms BIGINT,
    next_follow_up_ms BIGINT,
    resolve_by_ms BIGINT,
    reply_by_ms BIGINT,
    callback_by_ms BIGINT,
    paused_since_ms BIGINT,
    paused_total_ms BIGINT NOT NULL DEFAULT 0,
    rules_json TEXT NOT NULL,
    closed_ms BIGINT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tickets_status ON tickets (status);
CREATE INDEX tickets_unit ON tickets (unit_id);
CREATE INDEX tickets_occurred ON tickets (occurred_ms);
CREATE INDEX tickets_respond_by ON tickets (respond_by_ms) WHERE respond_by_ms IS NOT NULL;
CREATE INDEX tickets_next_follow_up ON tickets (next_follow_up_ms) WHERE next_follow_up_ms IS NOT NULL;
CREATE INDEX tickets_resolve_by ON tickets (resolve_by_ms) WHERE resolve_by_ms IS NOT NULL;
CREATE INDEX tickets_reply_by ON tickets (reply_by_ms) WHERE reply_by_ms IS NOT NULL;
CREATE INDEX tickets_callback_by ON tickets (callback_by_ms) WHERE callback_by_ms IS NOT NULL;

-- One row per thing that happened to a ticket. at_ms is when it happened (the real time of a
-- retroactive entry, R-RP-5); recorded_ms is when it was entered.
CREATE TABLE ticket_events (
    id {{ID}},
    ticket_id BIGINT NOT NULL REFERENCES tickets(id),
    at_ms BIGINT NOT NULL,
    recorded_ms BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    kind TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    data_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);

-- @sqlite
CREATE TRIGGER ticket_events_append_only_update BEFORE UPDATE ON ticket_events BEGIN
    SELECT RAISE(ABORT, 'ticket events are append-only: they cannot be changed');
END;
CREATE TRIGGER ticket_events_append_only_delete BEFORE DELETE ON ticket_events BEGIN
    SELECT RAISE(ABORT, 'ticket events are append-only: they cannot be deleted');
END;
CREATE TRIGGER tickets_no_delete BEFORE DELETE ON tickets BEGIN
    SELECT RAISE(ABORT, 'records are never deleted; cancel them instead');
END;
CREATE TRIGGER ticket_counters_no_delete BEFORE DELETE ON ticket_counters BEGIN
    SELECT RAISE(ABORT, 'ticket numbers are never given out twice');
END;

-- @postgres
CREATE TRIGGER ticket_events_append_only BEFORE UPDATE OR DELETE ON ticket_events
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER ticket_events_no_truncate BEFORE TRUNCATE ON ticket_events
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER tickets_no_delete BEFORE DELETE ON tickets FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER ticket_counters_no_delete BEFORE DELETE ON ticket_counters
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

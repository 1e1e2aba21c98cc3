-- FrontDesk schema 14: the visitors log (访客, R-VS-1..4) and the desk's standing instructions per unit.
-- Instants are BIGINT UTC epoch milliseconds. Nothing is deleted: a visit ends by its time out, an
-- instruction by its end instant.
-- @all
-- One visitor (or party) at the desk. confirmation: how the resident agreed (R-VS-1): 'phone' or
-- 'pre_arranged' (admitted), or 'refused' (turned away, never inside; refusal_reason says why).
-- status: 'inside' until checked out ('out', left_ms set, R-VS-4); a refused visit is 'refused'.
-- arrived_ms is the time in (R-VS-2), or when the visitor was turned away.
CREATE TABLE visits (
    id {{ID}},
    visitor_name TEXT NOT NULL,
    visitor_phone TEXT NOT NULL DEFAULT '',
    party_size INTEGER NOT NULL CHECK (party_size >= 1),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    host_name TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    plate TEXT NOT NULL DEFAULT '',
    confirmation TEXT NOT NULL CHECK (confirmation IN ('phone', 'pre_arranged', 'refused')),
    refusal_reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('inside', 'out', 'refused')),
    arrived_ms BIGINT NOT NULL,
    left_ms BIGINT,
    confirmed_ms BIGINT,
    created_by BIGINT NOT NULL REFERENCES users(id),
    checked_out_by BIGINT REFERENCES users(id),
    CHECK ((status = 'refused') = (confirmation = 'refused')),
    CHECK ((status = 'out') = (left_ms IS NOT NULL))
);
CREATE INDEX visits_inside ON visits (arrived_ms) WHERE status = 'inside';
CREATE INDEX visits_name ON visits (visitor_name);
CREATE INDEX visits_arrived ON visits (arrived_ms);

-- Each time the desk confirmed with the resident that a visitor may stay longer (R-VS-3).
CREATE TABLE visit_confirmations (
    id {{ID}},
    visit_id BIGINT NOT NULL REFERENCES visits(id),
    at_ms BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_by BIGINT NOT NULL REFERENCES users(id)
);
CREATE INDEX visit_confirmations_visit ON visit_confirmations (visit_id, id);

-- What a unit asked the desk to do with its visitors: admit someone, refuse someone, or a note.
-- In force from starts_ms until ends_ms (none: until ended); ending one sets ends_ms (audited).
CREATE TABLE unit_instructions (
    id {{ID}},
    unit_id BIGINT NOT NULL REFERENCES units(id),
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('admit', 'refuse', 'note')),
    starts_ms BIGINT NOT NULL,
    ends_ms BIGINT,
    created_ms BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    ended_by BIGINT REFERENCES users(id)
);
CREATE INDEX unit_instructions_unit ON unit_instructions (unit_id, starts_ms);

-- @sqlite
CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits BEGIN
    SELECT RAISE(ABORT, 'visits are never deleted; they are checked out');
END;
CREATE TRIGGER visit_confirmations_no_delete BEFORE DELETE ON visit_confirmations BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER visit_confirmations_no_update BEFORE UPDATE ON visit_confirmations BEGIN
    SELECT RAISE(ABORT, 'records are never changed');
END;
CREATE TRIGGER unit_instructions_no_delete BEFORE DELETE ON unit_instructions BEGIN
    SELECT RAISE(ABORT, 'instructions are never deleted; they are ended');
END;

-- @postgres
CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER visits_no_truncate BEFORE TRUNCATE ON visits FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER visit_confirmations_append_only BEFORE UPDATE OR DELETE ON visit_confirmations
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER visit_confirmations_no_truncate BEFORE TRUNCATE ON visit_confirmations
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER unit_instructions_no_delete BEFORE DELETE ON unit_instructions
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER unit_instructions_no_truncate BEFORE TRUNCATE ON unit_instructions
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

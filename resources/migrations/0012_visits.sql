-- FrontDesk schema 12: proactive customer visits (访问, R-CB-5). Each visit a clerk (or the
-- department, e.g. a supervisor's joint visit) makes to a customer, counted against the monthly
-- quotas of SiteRules. Instants are BIGINT UTC epoch milliseconds. A record: never changed, never
-- deleted.
-- @all
-- way: door (上门), phone, meeting (at the desk or an event) or other. for_department: counts
-- towards the department's quota instead of the recording clerk's own.
CREATE TABLE customer_visits (
    id {{ID}},
    unit_id BIGINT NOT NULL REFERENCES units(id),
    person_name TEXT NOT NULL DEFAULT '',
    visited_ms BIGINT NOT NULL,
    way TEXT NOT NULL CHECK (way IN ('door', 'phone', 'meeting', 'other')),
    topic TEXT NOT NULL CHECK (topic <> ''),
    opinion TEXT NOT NULL DEFAULT '',
    for_department BOOLEAN NOT NULL DEFAULT FALSE,
    recorded_by BIGINT NOT NULL REFERENCES users(id),
    created_ms BIGINT NOT NULL
);
CREATE INDEX customer_visits_visited ON customer_visits (visited_ms, id);

-- @sqlite
CREATE TRIGGER customer_visits_no_delete BEFORE DELETE ON customer_visits BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER customer_visits_no_update BEFORE UPDATE ON customer_visits BEGIN
    SELECT RAISE(ABORT, 'a recorded visit is not changed');
END;

-- @postgres
CREATE TRIGGER customer_visits_append_only BEFORE UPDATE OR DELETE ON customer_visits
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER customer_visits_no_truncate BEFORE TRUNCATE ON customer_visits
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

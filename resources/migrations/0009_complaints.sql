-- FrontDesk schema 9: complaints (R-CP-1..10). The supervisor's decisions (valid or invalid, the
-- grade and the R-CP-3 checklist it rests on), extensions of a limit with who approved them, and
-- same-event links made after intake. Instants are BIGINT UTC epoch milliseconds. All three tables
-- are records: never updated, never deleted; the latest decision of a ticket is the one in force.
-- @all
CREATE TABLE complaint_decisions (
    id {{ID}},
    ticket_id BIGINT NOT NULL REFERENCES tickets(id),
    valid BOOLEAN NOT NULL,
    severity TEXT NOT NULL DEFAULT '',
    criteria_json TEXT NOT NULL DEFAULT '[]',
    reason TEXT NOT NULL DEFAULT '',
    decided_ms BIGINT NOT NULL,
    decided_by BIGINT REFERENCES users(id),
    CHECK (valid OR reason <> '')
);
CREATE INDEX complaint_decisions_ticket ON complaint_decisions (ticket_id, id);

CREATE TABLE complaint_extensions (
    id {{ID}},
    ticket_id BIGINT NOT NULL REFERENCES tickets(id),
    old_limit_ms BIGINT,
    new_limit_ms BIGINT NOT NULL,
    reason TEXT NOT NULL CHECK (reason <> ''),
    approved_by BIGINT REFERENCES users(id),
    approver_role TEXT NOT NULL,
    at_ms BIGINT NOT NULL
);
CREATE INDEX complaint_extensions_ticket ON complaint_extensions (ticket_id, id);

-- A complaint linked to the first complaint of the same event (the group's root), R-CP-3.
CREATE TABLE complaint_links (
    id {{ID}},
    ticket_id BIGINT NOT NULL UNIQUE REFERENCES tickets(id),
    root_id BIGINT NOT NULL REFERENCES tickets(id),
    at_ms BIGINT NOT NULL,
    linked_by BIGINT REFERENCES users(id),
    CHECK (ticket_id <> root_id)
);
CREATE INDEX complaint_links_root ON complaint_links (root_id);

-- @sqlite
CREATE TRIGGER complaint_decisions_no_update BEFORE UPDATE ON complaint_decisions BEGIN
    SELECT RAISE(ABORT, 'a decision is a record; decide again instead');
END;
CREATE TRIGGER complaint_decisions_no_delete BEFORE DELETE ON complaint_decisions BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER complaint_extensions_no_update BEFORE UPDATE ON complaint_extensions BEGIN
    SELECT RAISE(ABORT, 'an approved extension is a record');
END;
CREATE TRIGGER complaint_extensions_no_delete BEFORE DELETE ON complaint_extensions BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER complaint_links_no_update BEFORE UPDATE ON complaint_links BEGIN
    SELECT RAISE(ABORT, 'a same-event link is a record');
END;
CREATE TRIGGER complaint_links_no_delete BEFORE DELETE ON complaint_links BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;

-- @postgres
CREATE TRIGGER complaint_decisions_append_only BEFORE UPDATE OR DELETE ON complaint_decisions
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER complaint_extensions_append_only BEFORE UPDATE OR DELETE ON complaint_extensions
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER complaint_links_append_only BEFORE UPDATE OR DELETE ON complaint_links
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

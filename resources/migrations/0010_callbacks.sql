-- FrontDesk schema 10: callbacks (回访, R-CB-1..3). Every call made to a customer about finished work,
-- with the three questions of R-CB-2 and how the call ended; and the new tickets opened from an
-- opinion the customer gave (R-CB-3). Instants are BIGINT UTC epoch milliseconds. Both tables are
-- records: never changed, never deleted.
-- @all
-- outcome: satisfied, unsatisfied or unreachable. An unreachable call leaves the answers empty and
-- the ticket still owing its callback. follow_up_ticket_id is the second dispatch (R-RP-4), if any.
CREATE TABLE callback_attempts (
    id {{ID}},
    ticket_id BIGINT NOT NULL REFERENCES tickets(id),
    outcome TEXT NOT NULL CHECK (outcome IN ('satisfied', 'unsatisfied', 'unreachable')),
    handled TEXT NOT NULL DEFAULT '' CHECK (handled IN ('', 'yes', 'no')),
    satisfaction TEXT NOT NULL DEFAULT '',
    opinion TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    follow_up_ticket_id BIGINT REFERENCES tickets(id),
    at_ms BIGINT NOT NULL,
    recorded_by BIGINT REFERENCES users(id)
);
CREATE INDEX callback_attempts_ticket ON callback_attempts (ticket_id, id);

CREATE TABLE callback_opinion_tickets (
    id {{ID}},
    attempt_id BIGINT NOT NULL UNIQUE REFERENCES callback_attempts(id),
    ticket_id BIGINT NOT NULL REFERENCES tickets(id),
    at_ms BIGINT NOT NULL,
    recorded_by BIGINT REFERENCES users(id)
);

-- @sqlite
CREATE TRIGGER callback_attempts_no_delete BEFORE DELETE ON callback_attempts BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER callback_attempts_no_update BEFORE UPDATE ON callback_attempts BEGIN
    SELECT RAISE(ABORT, 'a recorded callback is not changed');
END;
CREATE TRIGGER callback_opinion_tickets_no_delete BEFORE DELETE ON callback_opinion_tickets BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER callback_opinion_tickets_no_update BEFORE UPDATE ON callback_opinion_tickets BEGIN
    SELECT RAISE(ABORT, 'records are never changed');
END;

-- @postgres
CREATE TRIGGER callback_attempts_append_only BEFORE UPDATE OR DELETE ON callback_attempts
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER callback_attempts_no_truncate BEFORE TRUNCATE ON callback_attempts
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER callback_opinion_tickets_append_only BEFORE UPDATE OR DELETE ON callback_opinion_tickets
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER callback_opinion_tickets_no_truncate BEFORE TRUNCATE ON callback_opinion_tickets
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

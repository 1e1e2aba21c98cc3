-- FrontDesk schema 34: fees (issue 13), a bill line taken back (R-FE-5). A line billed by mistake (a
-- wrong reading, a unit listed by mistake, a charge for the wrong unit) is never changed or deleted:
-- a reversal with its reason, who asked and the manager who approved takes it out of what the unit
-- owes. Only a line nothing has settled can be taken back (the payments that settled it are taken back
-- first). The month's run may then bill the unit and item again: the new line names the one it
-- replaces (rebills), and a line is replaced once.
-- @all
CREATE TABLE bill_line_reversals (
    id {{ID}},
    line_id BIGINT NOT NULL UNIQUE REFERENCES bill_lines(id),
    reason TEXT NOT NULL CHECK (reason <> ''),
    requested_by BIGINT NOT NULL REFERENCES users(id),
    approved_by BIGINT NOT NULL REFERENCES users(id),
    created_ms BIGINT NOT NULL
);
ALTER TABLE bill_lines ADD COLUMN rebills BIGINT REFERENCES bill_lines(id);
CREATE UNIQUE INDEX bill_lines_rebills ON bill_lines (rebills) WHERE rebills IS NOT NULL;
DROP INDEX bill_lines_rated;
CREATE UNIQUE INDEX bill_lines_rated ON bill_lines (unit_id, item_id, period) WHERE rate_id IS NOT NULL AND rebills IS NULL;

-- @sqlite
CREATE TRIGGER bill_line_reversals_close AFTER INSERT ON bill_line_reversals BEGIN
    UPDATE bill_line_open SET open_fen = 0 WHERE line_id = NEW.line_id;
END;
CREATE TRIGGER bill_line_reversals_append_only_update BEFORE UPDATE ON bill_line_reversals BEGIN
    SELECT RAISE(ABORT, 'a reversal is never changed');
END;
CREATE TRIGGER bill_line_reversals_no_delete BEFORE DELETE ON bill_line_reversals BEGIN
    SELECT RAISE(ABORT, 'a reversal is never deleted');
END;

-- @postgres
CREATE FUNCTION fd_bill_line_reversed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE bill_line_open SET open_fen = 0 WHERE line_id = NEW.line_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER bill_line_reversals_close AFTER INSERT ON bill_line_reversals
    FOR EACH ROW EXECUTE FUNCTION fd_bill_line_reversed();
CREATE TRIGGER bill_line_reversals_append_only BEFORE UPDATE OR DELETE ON bill_line_reversals
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

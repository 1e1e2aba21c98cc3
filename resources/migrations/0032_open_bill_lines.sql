-- FrontDesk schema 32: fees (issue 13), what each bill line still owes, kept as the ledger grows so
-- the arrears list and a unit's account do not add up ten years of payments to find the few lines
-- still open. It is derived: a line's open amount is its amount less the allocations of payments not
-- reversed, and the database keeps it so (a billed line opens it, an allocation lowers it, a
-- reversal raises it again by what that payment had allocated). `--check` compares it with the
-- ledger. Rows are never deleted; a settled line stays with 0.
-- @all
CREATE TABLE bill_line_open (
    line_id BIGINT PRIMARY KEY REFERENCES bill_lines(id),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    due_day TEXT NOT NULL,
    open_fen BIGINT NOT NULL CHECK (open_fen >= 0)
);
INSERT INTO bill_line_open (line_id, unit_id, due_day, open_fen)
SELECT l.id, l.unit_id, l.due_day, l.amount_fen - COALESCE((SELECT SUM(a.amount_fen) FROM payment_allocations a
    WHERE a.line_id = l.id AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = a.payment_id)), 0)
FROM bill_lines l;
-- The arrears list: open lines past their due day, oldest first. A unit's open lines.
CREATE INDEX bill_line_open_due ON bill_line_open (due_day, unit_id) WHERE open_fen > 0;
CREATE INDEX bill_line_open_unit ON bill_line_open (unit_id) WHERE open_fen > 0;

-- @sqlite
CREATE TRIGGER bill_lines_open AFTER INSERT ON bill_lines BEGIN
    INSERT INTO bill_line_open (line_id, unit_id, due_day, open_fen)
    VALUES (NEW.id, NEW.unit_id, NEW.due_day, NEW.amount_fen);
END;
CREATE TRIGGER payment_allocations_settle AFTER INSERT ON payment_allocations BEGIN
    UPDATE bill_line_open SET open_fen = open_fen - NEW.amount_fen WHERE line_id = NEW.line_id;
END;
CREATE TRIGGER payment_reversals_reopen AFTER INSERT ON payment_reversals BEGIN
    UPDATE bill_line_open SET open_fen = open_fen + (SELECT SUM(a.amount_fen) FROM payment_allocations a
        WHERE a.payment_id = NEW.payment_id AND a.line_id = bill_line_open.line_id)
    WHERE line_id IN (SELECT line_id FROM payment_allocations WHERE payment_id = NEW.payment_id);
END;
CREATE TRIGGER bill_line_open_no_delete BEFORE DELETE ON bill_line_open BEGIN
    SELECT RAISE(ABORT, 'what a bill line owes is kept, 0 once settled');
END;

-- @postgres
CREATE FUNCTION fd_bill_line_opened() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO bill_line_open (line_id, unit_id, due_day, open_fen)
    VALUES (NEW.id, NEW.unit_id, NEW.due_day, NEW.amount_fen);
    RETURN NULL;
END
$$;
CREATE FUNCTION fd_bill_line_settled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE bill_line_open SET open_fen = open_fen - NEW.amount_fen WHERE line_id = NEW.line_id;
    RETURN NULL;
END
$$;
CREATE FUNCTION fd_bill_lines_reopened() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE bill_line_open o SET open_fen = o.open_fen + a.fen
    FROM (SELECT line_id, SUM(amount_fen) AS fen FROM payment_allocations WHERE payment_id = NEW.payment_id
          GROUP BY line_id) a
    WHERE o.line_id = a.line_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER bill_lines_open AFTER INSERT ON bill_lines FOR EACH ROW EXECUTE FUNCTION fd_bill_line_opened();
CREATE TRIGGER payment_allocations_settle AFTER INSERT ON payment_allocations
    FOR EACH ROW EXECUTE FUNCTION fd_bill_line_settled();
CREATE TRIGGER payment_reversals_reopen AFTER INSERT ON payment_reversals
    FOR EACH ROW EXECUTE FUNCTION fd_bill_lines_reopened();
CREATE TRIGGER bill_line_open_no_delete BEFORE DELETE ON bill_line_open FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER bill_line_open_no_truncate BEFORE TRUNCATE ON bill_line_open
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

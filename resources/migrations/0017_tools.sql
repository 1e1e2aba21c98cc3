-- FrontDesk schema 17: tools lent (借用工具, seed 001 "借用工具流程"). The desk's small inventory of
-- lendable tools, every loan to a unit with the borrower's signature, the calls made when a tool is
-- not back the same day, and the return. Instants are BIGINT UTC epoch milliseconds. Nothing is
-- deleted: a tool is retired (active = FALSE), a loan ends when returned_ms is set.
-- @all
-- quantity: how many of this tool the desk has. code: the desk's own short label (T-01).
CREATE TABLE tools (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 1),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_ms BIGINT NOT NULL
);

-- One loan of `quantity` pieces of a tool to a unit's borrower. due_ms is the end of the lending
-- day (the watch "tool_loan" comes due then); a call to the borrower moves it to the next day.
-- first_due_ms keeps the end of the lending day, so the weekly count knows which were not back.
-- The return stamps returned_ms, who received it and the condition the tool came back in.
CREATE TABLE tool_loans (
    id {{ID}},
    tool_id BIGINT NOT NULL REFERENCES tools(id),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    borrower_name TEXT NOT NULL,
    borrower_phone TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 1),
    deposit_note TEXT NOT NULL DEFAULT '',
    lent_signature_id BIGINT NOT NULL REFERENCES signatures(id),
    lent_ms BIGINT NOT NULL,
    lent_by BIGINT NOT NULL REFERENCES users(id),
    first_due_ms BIGINT NOT NULL,
    due_ms BIGINT NOT NULL,
    returned_ms BIGINT,
    returned_by BIGINT REFERENCES users(id),
    return_condition TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tool_loans_out ON tool_loans (tool_id) WHERE returned_ms IS NULL;
CREATE INDEX tool_loans_lent ON tool_loans (lent_ms);

-- A call to the borrower of a loan not back the same day (seed 001): what they said.
CREATE TABLE tool_loan_calls (
    id {{ID}},
    loan_id BIGINT NOT NULL REFERENCES tool_loans(id),
    note TEXT NOT NULL DEFAULT '',
    at_ms BIGINT NOT NULL,
    called_by BIGINT NOT NULL REFERENCES users(id)
);
CREATE INDEX tool_loan_calls_loan ON tool_loan_calls (loan_id, id);

-- @sqlite
CREATE TRIGGER tools_no_delete BEFORE DELETE ON tools BEGIN
    SELECT RAISE(ABORT, 'tools are never deleted; they are retired');
END;
CREATE TRIGGER tool_loans_no_delete BEFORE DELETE ON tool_loans BEGIN
    SELECT RAISE(ABORT, 'loans are never deleted; they are returned');
END;
CREATE TRIGGER tool_loan_calls_no_delete BEFORE DELETE ON tool_loan_calls BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER tool_loan_calls_no_update BEFORE UPDATE ON tool_loan_calls BEGIN
    SELECT RAISE(ABORT, 'a recorded call is not changed');
END;

-- @postgres
CREATE TRIGGER tools_no_delete BEFORE DELETE ON tools FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER tools_no_truncate BEFORE TRUNCATE ON tools FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER tool_loans_no_delete BEFORE DELETE ON tool_loans FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER tool_loans_no_truncate BEFORE TRUNCATE ON tool_loans
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER tool_loan_calls_append_only BEFORE UPDATE OR DELETE ON tool_loan_calls
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER tool_loan_calls_no_truncate BEFORE TRUNCATE ON tool_loan_calls
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

-- FrontDesk schema 28: fees (issue 13), the finance check of a billing run (R-FE-1). The person who
-- checks a run is not the one who confirmed it; a run's payment notices print only once it is
-- checked. A check is never taken back or changed: a wrong bill is a reversal entry.
-- @all
CREATE TABLE billing_run_checks (
    id {{ID}},
    run_id BIGINT NOT NULL UNIQUE REFERENCES billing_runs(id),
    checked_ms BIGINT NOT NULL,
    checked_by BIGINT NOT NULL REFERENCES users(id)
);

-- @sqlite
CREATE TRIGGER billing_run_checks_append_only_update BEFORE UPDATE ON billing_run_checks BEGIN
    SELECT RAISE(ABORT, 'a finance check is never changed');
END;
CREATE TRIGGER billing_run_checks_no_delete BEFORE DELETE ON billing_run_checks BEGIN
    SELECT RAISE(ABORT, 'a finance check is never deleted');
END;

-- @postgres
CREATE TRIGGER billing_run_checks_append_only BEFORE UPDATE OR DELETE ON billing_run_checks
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

-- FrontDesk schema 35: fees (issue 13), a payment notice's number (账单号). The first time a unit's
-- notice for a month is given out it gets a number (ZD, the year, six digits, counted per year like
-- receipts), printed on both copies; printed again, the notice keeps its number. A resident who
-- brings the notice, or quotes its number on the phone, is found by it in the global search.
-- A number is never changed or deleted; numbers a desk reserved and lost to another desk printing
-- the same notice at the same moment are gaps, never given out twice.
-- @all
CREATE TABLE payment_notices (
    id {{ID}},
    notice_no TEXT NOT NULL UNIQUE,
    unit_id BIGINT NOT NULL REFERENCES units(id),
    period TEXT NOT NULL,
    issued_ms BIGINT NOT NULL,
    issued_by BIGINT NOT NULL REFERENCES users(id),
    UNIQUE (unit_id, period)
);
CREATE INDEX payment_notices_period ON payment_notices (period);

-- @sqlite
CREATE TRIGGER payment_notices_append_only_update BEFORE UPDATE ON payment_notices BEGIN
    SELECT RAISE(ABORT, 'a notice number is never changed');
END;
CREATE TRIGGER payment_notices_no_delete BEFORE DELETE ON payment_notices BEGIN
    SELECT RAISE(ABORT, 'a notice number is never deleted');
END;

-- @postgres
CREATE TRIGGER payment_notices_append_only BEFORE UPDATE OR DELETE ON payment_notices
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

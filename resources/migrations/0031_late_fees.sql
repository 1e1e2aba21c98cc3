-- FrontDesk schema 31: fees (issue 13), late fees (滞纳金, R-FE-3). A site may charge a late fee on a
-- bill unpaid past its due day: a share of what is still owed for each day (site rules), charged as a
-- line of its own that names the line it is charged on and the day it is counted to, so the next late
-- fee of that line starts after it. The manager may waive a line's late fee to a day instead, with a
-- reason; it is then not charged. Waivers are never changed or deleted.
-- @all
ALTER TABLE bill_lines ADD COLUMN late_fee_of BIGINT REFERENCES bill_lines(id);
ALTER TABLE bill_lines ADD COLUMN late_fee_through TEXT;
CREATE INDEX bill_lines_late_fee_of ON bill_lines (late_fee_of) WHERE late_fee_of IS NOT NULL;

CREATE TABLE late_fee_waivers (
    id {{ID}},
    line_id BIGINT NOT NULL REFERENCES bill_lines(id),
    through_day TEXT NOT NULL,
    fee_fen BIGINT NOT NULL CHECK (fee_fen >= 0),
    reason TEXT NOT NULL CHECK (reason <> ''),
    approved_by BIGINT NOT NULL REFERENCES users(id),
    created_ms BIGINT NOT NULL,
    UNIQUE (line_id, through_day)
);

-- @sqlite
CREATE TRIGGER late_fee_waivers_append_only_update BEFORE UPDATE ON late_fee_waivers BEGIN
    SELECT RAISE(ABORT, 'a late fee waiver is never changed');
END;
CREATE TRIGGER late_fee_waivers_no_delete BEFORE DELETE ON late_fee_waivers BEGIN
    SELECT RAISE(ABORT, 'a late fee waiver is never deleted');
END;

-- @postgres
CREATE TRIGGER late_fee_waivers_append_only BEFORE UPDATE OR DELETE ON late_fee_waivers
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

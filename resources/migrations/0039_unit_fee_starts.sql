-- FrontDesk schema 39: fees from a move-in (issue 14: "move-in starts the unit's fees from the move-in
-- date, prorated first period"). A unit whose fees start on a day is not billed the months before it,
-- and the month it starts in is billed by its days (R-FE-1's proration, half up once). The items
-- billed to listed units keep their listings' own days; metered items bill their readings. The
-- latest start of a unit counts; none means the unit is billed as every month. Never changed or
-- deleted: a wrong start is followed by the right one.
-- @all
CREATE TABLE unit_fee_starts (
    id {{ID}},
    unit_id BIGINT NOT NULL REFERENCES units(id),
    from_day TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_ms BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id)
);
CREATE INDEX unit_fee_starts_unit ON unit_fee_starts (unit_id, id);

-- @sqlite
CREATE TRIGGER unit_fee_starts_append_only_update BEFORE UPDATE ON unit_fee_starts BEGIN
    SELECT RAISE(ABORT, 'a fee start is never changed');
END;
CREATE TRIGGER unit_fee_starts_no_delete BEFORE DELETE ON unit_fee_starts BEGIN
    SELECT RAISE(ABORT, 'a fee start is never deleted');
END;

-- @postgres
CREATE TRIGGER unit_fee_starts_append_only BEFORE UPDATE OR DELETE ON unit_fee_starts
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

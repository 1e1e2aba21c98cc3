-- FrontDesk schema 29: fees (issue 13), the cashier's cash count at the end of a shift (R-FE-2). What
-- the ledger says the cashier took per method since their last count (payments not taken back)
-- against what they counted (cash in the drawer, the card terminal's and the payment apps' totals),
-- the difference kept with its explanation. Never changed or deleted.
-- @all
CREATE TABLE cash_counts (
    id {{ID}},
    cashier_id BIGINT NOT NULL REFERENCES users(id),
    from_ms BIGINT NOT NULL,
    to_ms BIGINT NOT NULL CHECK (to_ms >= from_ms),
    payments INTEGER NOT NULL,
    -- The cashier's last payment this count took in (0: none): the next count starts after it, so a
    -- payment in the very millisecond of the count is never left out.
    last_payment_id BIGINT NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cash_counts_cashier ON cash_counts (cashier_id, to_ms);

CREATE TABLE cash_count_lines (
    id {{ID}},
    count_id BIGINT NOT NULL REFERENCES cash_counts(id),
    method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'wechat', 'alipay', 'transfer')),
    expected_fen BIGINT NOT NULL CHECK (expected_fen >= 0),
    counted_fen BIGINT NOT NULL CHECK (counted_fen >= 0),
    UNIQUE (count_id, method)
);

-- @sqlite
CREATE TRIGGER cash_counts_append_only_update BEFORE UPDATE ON cash_counts BEGIN
    SELECT RAISE(ABORT, 'a cash count is never changed');
END;
CREATE TRIGGER cash_counts_no_delete BEFORE DELETE ON cash_counts BEGIN
    SELECT RAISE(ABORT, 'a cash count is never deleted');
END;
CREATE TRIGGER cash_count_lines_append_only_update BEFORE UPDATE ON cash_count_lines BEGIN
    SELECT RAISE(ABORT, 'a cash count is never changed');
END;
CREATE TRIGGER cash_count_lines_no_delete BEFORE DELETE ON cash_count_lines BEGIN
    SELECT RAISE(ABORT, 'a cash count is never deleted');
END;

-- @postgres
CREATE TRIGGER cash_counts_append_only BEFORE UPDATE OR DELETE ON cash_counts
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER cash_count_lines_append_only BEFORE UPDATE OR DELETE ON cash_count_lines
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

-- FrontDesk schema 30: fees (issue 13), part six: one-off charges. Special services (特约服务, R-FE-4),
-- charges of returned repairs, keys and cards are billed one at a time with their own amount, not by a
-- rate: a charge item may now be 'one_off', and a billed line of such an item has no rate (quantity 1,
-- price = amount), says what it was for (note), and, when it bills a returned repair's charge, names that
-- return, which no other line may name (a repair's charge is billed exactly once). The key that makes a
-- second billing run add nothing (unit, item, period) now holds for rated lines only: a unit may have
-- several special services in a month.
-- For a one-off item, due_day is the number of days after the end of the charge's month the bill is
-- payable (R-FE-4: 5); a charge paid on the spot is due the day it is made.
-- fd:rebuilds-tables
-- @sqlite
CREATE TABLE charge_items_new (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    basis TEXT NOT NULL CHECK (basis IN ('area', 'fixed', 'one_off')),
    period TEXT NOT NULL CHECK (period IN ('monthly', 'quarterly', 'yearly')),
    due_day INTEGER NOT NULL CHECK (due_day BETWEEN 1 AND 28),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_ms BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO charge_items_new (id, code, name, basis, period, due_day, active, created_ms, version)
    SELECT id, code, name, basis, period, due_day, active, created_ms, version FROM charge_items;
DROP TABLE charge_items;
ALTER TABLE charge_items_new RENAME TO charge_items;
CREATE TRIGGER charge_items_no_delete BEFORE DELETE ON charge_items BEGIN
    SELECT RAISE(ABORT, 'a charge item is never deleted; it is retired');
END;

CREATE TABLE bill_lines_new (
    id {{ID}},
    run_id BIGINT NOT NULL REFERENCES billing_runs(id),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    item_id BIGINT NOT NULL REFERENCES charge_items(id),
    period TEXT NOT NULL,
    months INTEGER NOT NULL CHECK (months > 0),
    rate_id BIGINT REFERENCES charge_rates(id),
    quantity BIGINT NOT NULL CHECK (quantity > 0),
    price_fen BIGINT NOT NULL CHECK (price_fen > 0),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    due_day TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    repair_return_id BIGINT UNIQUE REFERENCES repair_returns(id),
    CHECK (rate_id IS NOT NULL OR (quantity = 1 AND price_fen = amount_fen))
);
INSERT INTO bill_lines_new (id, run_id, unit_id, item_id, period, months, rate_id, quantity, price_fen, amount_fen,
                            due_day)
    SELECT id, run_id, unit_id, item_id, period, months, rate_id, quantity, price_fen, amount_fen, due_day
    FROM bill_lines;
DROP TABLE bill_lines;
ALTER TABLE bill_lines_new RENAME TO bill_lines;
CREATE INDEX bill_lines_run ON bill_lines (run_id);
CREATE UNIQUE INDEX bill_lines_rated ON bill_lines (unit_id, item_id, period) WHERE rate_id IS NOT NULL;
CREATE INDEX bill_lines_unit ON bill_lines (unit_id, due_day);
CREATE TRIGGER bill_lines_append_only_update BEFORE UPDATE ON bill_lines BEGIN
    SELECT RAISE(ABORT, 'a billed line is never changed; a mistake is a reversal entry');
END;
CREATE TRIGGER bill_lines_no_delete BEFORE DELETE ON bill_lines BEGIN
    SELECT RAISE(ABORT, 'a billed line is never deleted; a mistake is a reversal entry');
END;

-- @postgres
ALTER TABLE charge_items DROP CONSTRAINT charge_items_basis_check;
ALTER TABLE charge_items ADD CONSTRAINT charge_items_basis_check CHECK (basis IN ('area', 'fixed', 'one_off'));
ALTER TABLE bill_lines ALTER COLUMN rate_id DROP NOT NULL;
ALTER TABLE bill_lines ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE bill_lines ADD COLUMN repair_return_id BIGINT UNIQUE REFERENCES repair_returns(id);
ALTER TABLE bill_lines ADD CONSTRAINT bill_lines_one_off_check
    CHECK (rate_id IS NOT NULL OR (quantity = 1 AND price_fen = amount_fen));
ALTER TABLE bill_lines DROP CONSTRAINT bill_lines_unit_id_item_id_period_key;
CREATE UNIQUE INDEX bill_lines_rated ON bill_lines (unit_id, item_id, period) WHERE rate_id IS NOT NULL;
CREATE INDEX bill_lines_unit ON bill_lines (unit_id, due_day);

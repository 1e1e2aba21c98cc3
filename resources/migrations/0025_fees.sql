-- FrontDesk schema 25: fees (费用收缴, issue 13), part one: what is charged and the billing run
-- (R-FE-1, R-FE-5). Money is integer fen (分) in every column; a rate is never edited, a new one
-- starts on its day; a billed line is never changed or deleted (a mistake will be a reversal entry).
-- Days are 'YYYY-MM-DD' text (a calendar day of the site, not an instant); periods 'YYYY-MM'.
-- @all
-- A charge item (收费项目). basis: area = price per ㎡ per month × the unit's floor area; fixed =
-- price per month. period: how many months one line bills (monthly 1, quarterly 3 from January,
-- April, July and October; yearly 12 from January). due_day: the day of the period's first month
-- the line is due.
CREATE TABLE charge_items (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    basis TEXT NOT NULL CHECK (basis IN ('area', 'fixed')),
    period TEXT NOT NULL CHECK (period IN ('monthly', 'quarterly', 'yearly')),
    due_day INTEGER NOT NULL CHECK (due_day BETWEEN 1 AND 28),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_ms BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- A rate of an item for one unit type ('' = every type without a rate of its own), from a day on,
-- until the next rate of the same item and type starts.
CREATE TABLE charge_rates (
    id {{ID}},
    item_id BIGINT NOT NULL REFERENCES charge_items(id),
    unit_type TEXT NOT NULL DEFAULT '' CHECK (unit_type IN ('', 'residential', 'shop', 'office')),
    price_fen BIGINT NOT NULL CHECK (price_fen > 0),
    valid_from TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    UNIQUE (item_id, unit_type, valid_from)
);

-- One confirmed billing run: a month for every unit, or one unit or one item alone.
CREATE TABLE billing_runs (
    id {{ID}},
    period TEXT NOT NULL,
    unit_id BIGINT REFERENCES units(id),
    item_id BIGINT REFERENCES charge_items(id),
    units INTEGER NOT NULL,
    lines INTEGER NOT NULL,
    total_fen BIGINT NOT NULL,
    confirmed_ms BIGINT NOT NULL,
    confirmed_by BIGINT NOT NULL REFERENCES users(id)
);
CREATE INDEX billing_runs_period ON billing_runs (period);

-- A billed line: one unit, one item, one period (the unique key is what makes a second run add
-- nothing). quantity is the floor area in centi-㎡ (area) or 1 (fixed); amount_fen = quantity ×
-- price_fen × months / 100 for area, price_fen × months for fixed, rounded half up once per line.
CREATE TABLE bill_lines (
    id {{ID}},
    run_id BIGINT NOT NULL REFERENCES billing_runs(id),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    item_id BIGINT NOT NULL REFERENCES charge_items(id),
    period TEXT NOT NULL,
    months INTEGER NOT NULL CHECK (months > 0),
    rate_id BIGINT NOT NULL REFERENCES charge_rates(id),
    quantity BIGINT NOT NULL CHECK (quantity > 0),
    price_fen BIGINT NOT NULL CHECK (price_fen > 0),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    due_day TEXT NOT NULL,
    UNIQUE (unit_id, item_id, period)
);
CREATE INDEX bill_lines_run ON bill_lines (run_id);

-- @sqlite
CREATE TRIGGER charge_rates_append_only_update BEFORE UPDATE ON charge_rates BEGIN
    SELECT RAISE(ABORT, 'a rate is never edited; a new one starts on its day');
END;
CREATE TRIGGER charge_rates_no_delete BEFORE DELETE ON charge_rates BEGIN
    SELECT RAISE(ABORT, 'a rate is never deleted');
END;
CREATE TRIGGER charge_items_no_delete BEFORE DELETE ON charge_items BEGIN
    SELECT RAISE(ABORT, 'a charge item is never deleted; it is retired');
END;
CREATE TRIGGER billing_runs_append_only_update BEFORE UPDATE ON billing_runs BEGIN
    SELECT RAISE(ABORT, 'a billing run is never changed');
END;
CREATE TRIGGER billing_runs_no_delete BEFORE DELETE ON billing_runs BEGIN
    SELECT RAISE(ABORT, 'a billing run is never deleted');
END;
CREATE TRIGGER bill_lines_append_only_update BEFORE UPDATE ON bill_lines BEGIN
    SELECT RAISE(ABORT, 'a billed line is never changed; a mistake is a reversal entry');
END;
CREATE TRIGGER bill_lines_no_delete BEFORE DELETE ON bill_lines BEGIN
    SELECT RAISE(ABORT, 'a billed line is never deleted; a mistake is a reversal entry');
END;

-- @postgres
CREATE TRIGGER charge_rates_append_only BEFORE UPDATE OR DELETE ON charge_rates
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER charge_items_no_delete BEFORE DELETE ON charge_items FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER billing_runs_append_only BEFORE UPDATE OR DELETE ON billing_runs
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER bill_lines_append_only BEFORE UPDATE OR DELETE ON bill_lines
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER fees_no_truncate BEFORE TRUNCATE ON bill_lines FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

-- FrontDesk schema 33: fees (issue 13), the last kinds of charge items.
-- * 'meter': water, electricity: a line per unit and month from its meter readings, (current −
--   previous) × multiplier × the rate's price per unit of use. Readings are kept in hundredths
--   (centi) like floor areas; a reading is never changed: a correction before the month is billed is
--   a new reading that replaces it (each replaced once).
-- * 'deposit': a renovation or decoration-waste deposit. Charged one at a time like a one-off charge
--   and paid like any bill, but the money is held for the unit, not income: summaries keep it apart.
-- * listed: an item billed only to the units listed for it (a parking space's rent), each listing
--   from a day and, once ended, until a day; a month only partly covered is prorated by days.
--   A listing is never deleted; its end is set once.
-- fd:rebuilds-tables
-- @sqlite
CREATE TABLE charge_items_new (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    basis TEXT NOT NULL CHECK (basis IN ('area', 'fixed', 'one_off', 'meter', 'deposit')),
    period TEXT NOT NULL CHECK (period IN ('monthly', 'quarterly', 'yearly')),
    due_day INTEGER NOT NULL CHECK (due_day BETWEEN 1 AND 28),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_ms BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    listed BOOLEAN NOT NULL DEFAULT FALSE
);
INSERT INTO charge_items_new (id, code, name, basis, period, due_day, active, created_ms, version, listed)
    SELECT id, code, name, basis, period, due_day, active, created_ms, version, FALSE FROM charge_items;
DROP TABLE charge_items;
ALTER TABLE charge_items_new RENAME TO charge_items;
CREATE TRIGGER charge_items_no_delete BEFORE DELETE ON charge_items BEGIN
    SELECT RAISE(ABORT, 'a charge item is never deleted; it is retired');
END;

-- @postgres
ALTER TABLE charge_items DROP CONSTRAINT charge_items_basis_check;
ALTER TABLE charge_items ADD CONSTRAINT charge_items_basis_check
    CHECK (basis IN ('area', 'fixed', 'one_off', 'meter', 'deposit'));
ALTER TABLE charge_items ADD COLUMN listed BOOLEAN NOT NULL DEFAULT FALSE;

-- @all
CREATE TABLE charge_item_units (
    id {{ID}},
    item_id BIGINT NOT NULL REFERENCES charge_items(id),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    from_day TEXT NOT NULL,
    until_day TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_ms BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    ended_ms BIGINT,
    ended_by BIGINT REFERENCES users(id),
    CHECK (until_day IS NULL OR until_day >= from_day)
);
CREATE INDEX charge_item_units_item ON charge_item_units (item_id, unit_id);

CREATE TABLE meter_readings (
    id {{ID}},
    unit_id BIGINT NOT NULL REFERENCES units(id),
    item_id BIGINT NOT NULL REFERENCES charge_items(id),
    period TEXT NOT NULL,
    previous_centi BIGINT NOT NULL CHECK (previous_centi >= 0),
    current_centi BIGINT NOT NULL CHECK (current_centi >= previous_centi),
    multiplier INTEGER NOT NULL DEFAULT 1 CHECK (multiplier >= 1),
    note TEXT NOT NULL DEFAULT '',
    recorded_ms BIGINT NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES users(id),
    replaces_id BIGINT UNIQUE REFERENCES meter_readings(id)
);
CREATE INDEX meter_readings_unit ON meter_readings (unit_id, item_id, period);
CREATE INDEX meter_readings_month ON meter_readings (item_id, period);

-- @sqlite
CREATE TRIGGER charge_item_units_no_delete BEFORE DELETE ON charge_item_units BEGIN
    SELECT RAISE(ABORT, 'a listing is never deleted; it ends on a day');
END;
CREATE TRIGGER charge_item_units_end_once BEFORE UPDATE ON charge_item_units
WHEN OLD.until_day IS NOT NULL OR NEW.item_id <> OLD.item_id OR NEW.unit_id <> OLD.unit_id
    OR NEW.from_day <> OLD.from_day OR NEW.note <> OLD.note OR NEW.created_ms <> OLD.created_ms
    OR NEW.created_by <> OLD.created_by BEGIN
    SELECT RAISE(ABORT, 'a listing only gets its end, once');
END;
CREATE TRIGGER meter_readings_append_only_update BEFORE UPDATE ON meter_readings BEGIN
    SELECT RAISE(ABORT, 'a meter reading is never changed; a correction replaces it');
END;
CREATE TRIGGER meter_readings_no_delete BEFORE DELETE ON meter_readings BEGIN
    SELECT RAISE(ABORT, 'a meter reading is never deleted; a correction replaces it');
END;

-- @postgres
CREATE FUNCTION fd_listing_end_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.until_day IS NOT NULL OR NEW.item_id <> OLD.item_id OR NEW.unit_id <> OLD.unit_id
       OR NEW.from_day <> OLD.from_day OR NEW.note <> OLD.note OR NEW.created_ms <> OLD.created_ms
       OR NEW.created_by <> OLD.created_by THEN
        RAISE EXCEPTION 'a listing only gets its end, once';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER charge_item_units_no_delete BEFORE DELETE ON charge_item_units
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER charge_item_units_end_once BEFORE UPDATE ON charge_item_units
    FOR EACH ROW EXECUTE FUNCTION fd_listing_end_once();
CREATE TRIGGER meter_readings_append_only BEFORE UPDATE OR DELETE ON meter_readings
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

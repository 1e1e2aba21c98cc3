-- FrontDesk schema 37: move-in and move-out (issue 14), part one: a unit's keys and the cargo lift.
-- R-MI-1 "keys handed over (counted)", R-MO-1 "keys returned": every change to what a unit holds is an
-- entry of its own (handed over, returned, lost, a new one made), never edited or deleted; what the
-- unit holds of a kind is the sum of its entries, and no entry takes it below zero. The hand-over
-- is signed for on the pad (or why not).
-- R-MI-1 "move-in date and cargo-lift booking": the lift of a building is booked by the slot; two
-- bookings of a building never overlap. A booking is cancelled (once, with a reason), never deleted.
-- @all
CREATE TABLE unit_key_entries (
    id {{ID}},
    unit_id BIGINT NOT NULL REFERENCES units(id),
    key_kind TEXT NOT NULL CHECK (key_kind IN ('door', 'mailbox', 'access_card', 'parking_card', 'other')),
    change INTEGER NOT NULL CHECK (change <> 0),
    reason TEXT NOT NULL CHECK (reason IN ('handed_over', 'returned', 'lost', 'made')),
    held_after INTEGER NOT NULL CHECK (held_after >= 0),
    note TEXT NOT NULL DEFAULT '',
    signature_id BIGINT REFERENCES signatures(id),
    at_ms BIGINT NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES users(id),
    CHECK ((reason IN ('handed_over', 'made')) = (change > 0))
);
CREATE INDEX unit_key_entries_unit ON unit_key_entries (unit_id, key_kind, id);

CREATE TABLE lift_bookings (
    id {{ID}},
    building_id BIGINT NOT NULL REFERENCES buildings(id),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    purpose TEXT NOT NULL CHECK (purpose IN ('move_in', 'move_out', 'renovation', 'other')),
    starts_ms BIGINT NOT NULL,
    ends_ms BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    booked_ms BIGINT NOT NULL,
    booked_by BIGINT NOT NULL REFERENCES users(id),
    cancelled_ms BIGINT,
    cancelled_by BIGINT REFERENCES users(id),
    cancel_reason TEXT,
    CHECK (ends_ms > starts_ms),
    CHECK ((cancelled_ms IS NULL) = (cancel_reason IS NULL))
);
CREATE INDEX lift_bookings_building ON lift_bookings (building_id, starts_ms);

-- @sqlite
CREATE TRIGGER unit_key_entries_append_only_update BEFORE UPDATE ON unit_key_entries BEGIN
    SELECT RAISE(ABORT, 'a key entry is never changed');
END;
CREATE TRIGGER unit_key_entries_no_delete BEFORE DELETE ON unit_key_entries BEGIN
    SELECT RAISE(ABORT, 'a key entry is never deleted');
END;
CREATE TRIGGER lift_bookings_no_overlap BEFORE INSERT ON lift_bookings BEGIN
    SELECT RAISE(ABORT, 'the cargo lift is booked then')
    WHERE EXISTS (SELECT 1 FROM lift_bookings b WHERE b.building_id = NEW.building_id AND b.cancelled_ms IS NULL
                  AND b.starts_ms < NEW.ends_ms AND NEW.starts_ms < b.ends_ms);
END;
CREATE TRIGGER lift_bookings_cancel_only BEFORE UPDATE ON lift_bookings
    WHEN OLD.cancelled_ms IS NOT NULL OR NEW.building_id IS NOT OLD.building_id OR NEW.unit_id IS NOT OLD.unit_id
      OR NEW.purpose IS NOT OLD.purpose OR NEW.starts_ms IS NOT OLD.starts_ms OR NEW.ends_ms IS NOT OLD.ends_ms
      OR NEW.note IS NOT OLD.note OR NEW.booked_ms IS NOT OLD.booked_ms OR NEW.booked_by IS NOT OLD.booked_by
BEGIN
    SELECT RAISE(ABORT, 'a booking is only cancelled, once');
END;
CREATE TRIGGER lift_bookings_no_delete BEFORE DELETE ON lift_bookings BEGIN
    SELECT RAISE(ABORT, 'a booking is never deleted');
END;

-- @postgres
CREATE TRIGGER unit_key_entries_append_only BEFORE UPDATE OR DELETE ON unit_key_entries
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE FUNCTION fd_lift_booking_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a booking is never deleted';
    END IF;
    IF TG_OP = 'UPDATE' AND (OLD.cancelled_ms IS NOT NULL OR NEW.building_id <> OLD.building_id
        OR NEW.unit_id <> OLD.unit_id OR NEW.purpose <> OLD.purpose OR NEW.starts_ms <> OLD.starts_ms
        OR NEW.ends_ms <> OLD.ends_ms OR NEW.note <> OLD.note OR NEW.booked_ms <> OLD.booked_ms
        OR NEW.booked_by <> OLD.booked_by) THEN
        RAISE EXCEPTION 'a booking is only cancelled, once';
    END IF;
    IF TG_OP = 'INSERT' THEN
        -- Two desks booking one building's lift at once: the second waits for the first.
        PERFORM pg_advisory_xact_lock(hashtext('lift_bookings'), NEW.building_id::int);
        IF EXISTS (SELECT 1 FROM lift_bookings b WHERE b.building_id = NEW.building_id AND b.cancelled_ms IS NULL
                   AND b.starts_ms < NEW.ends_ms AND NEW.starts_ms < b.ends_ms) THEN
            RAISE EXCEPTION 'the cargo lift is booked then';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER lift_bookings_check BEFORE INSERT OR UPDATE OR DELETE ON lift_bookings
    FOR EACH ROW EXECUTE FUNCTION fd_lift_booking_check();

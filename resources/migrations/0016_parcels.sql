-- FrontDesk schema 16: mail and parcels (报刊邮件、快递, R-PS-4). A batch is what one courier handed
-- over at once; each piece (or bundle of pieces for one unit) is a parcel row with its count and its
-- condition on receipt. The desk tells the resident (parcel_notices, one row each time) and the
-- recipient signs on pickup (pickup_signature_id). Instants are BIGINT UTC epoch milliseconds.
-- Nothing is deleted: a parcel ends when it is picked up.
-- @all
CREATE TABLE parcel_batches (
    id {{ID}},
    carrier TEXT NOT NULL,
    received_ms BIGINT NOT NULL,
    received_by BIGINT NOT NULL REFERENCES users(id),
    pieces INTEGER NOT NULL CHECK (pieces >= 1)
);
CREATE INDEX parcel_batches_received ON parcel_batches (received_ms);

-- kind: parcel, letter or periodical (newspaper / magazine). damaged with its note (R-PS-4).
-- notified_ms is the last time the resident was told; picked_up_ms ends the parcel.
CREATE TABLE parcels (
    id {{ID}},
    batch_id BIGINT NOT NULL REFERENCES parcel_batches(id),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    kind TEXT NOT NULL CHECK (kind IN ('parcel', 'letter', 'periodical')),
    pieces INTEGER NOT NULL CHECK (pieces >= 1),
    tracking TEXT NOT NULL DEFAULT '',
    damaged BOOLEAN NOT NULL DEFAULT FALSE,
    damage_note TEXT NOT NULL DEFAULT '',
    received_ms BIGINT NOT NULL,
    notified_ms BIGINT,
    picked_up_ms BIGINT,
    picked_up_by BIGINT REFERENCES users(id),
    collector TEXT NOT NULL DEFAULT '',
    pickup_signature_id BIGINT REFERENCES signatures(id),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (damaged OR damage_note = ''),
    CHECK ((picked_up_ms IS NULL) = (pickup_signature_id IS NULL))
);
CREATE INDEX parcels_waiting ON parcels (unit_id, received_ms) WHERE picked_up_ms IS NULL;
CREATE INDEX parcels_batch ON parcels (batch_id);
CREATE INDEX parcels_received ON parcels (received_ms);

-- how: phone, sms or note (a slip in the mailbox).
CREATE TABLE parcel_notices (
    id {{ID}},
    parcel_id BIGINT NOT NULL REFERENCES parcels(id),
    how TEXT NOT NULL CHECK (how IN ('phone', 'sms', 'note')),
    note TEXT NOT NULL DEFAULT '',
    at_ms BIGINT NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES users(id)
);
CREATE INDEX parcel_notices_parcel ON parcel_notices (parcel_id, id);

-- @sqlite
CREATE TRIGGER parcel_batches_no_delete BEFORE DELETE ON parcel_batches BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER parcel_batches_no_update BEFORE UPDATE ON parcel_batches BEGIN
    SELECT RAISE(ABORT, 'a received batch is not changed');
END;
CREATE TRIGGER parcels_no_delete BEFORE DELETE ON parcels BEGIN
    SELECT RAISE(ABORT, 'parcels are never deleted; they are picked up');
END;
CREATE TRIGGER parcel_notices_no_delete BEFORE DELETE ON parcel_notices BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER parcel_notices_no_update BEFORE UPDATE ON parcel_notices BEGIN
    SELECT RAISE(ABORT, 'records are never changed');
END;

-- @postgres
CREATE TRIGGER parcel_batches_append_only BEFORE UPDATE OR DELETE ON parcel_batches
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER parcels_no_delete BEFORE DELETE ON parcels
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER parcel_notices_append_only BEFORE UPDATE OR DELETE ON parcel_notices
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER parcel_batches_no_truncate BEFORE TRUNCATE ON parcel_batches
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER parcels_no_truncate BEFORE TRUNCATE ON parcels
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER parcel_notices_no_truncate BEFORE TRUNCATE ON parcel_notices
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

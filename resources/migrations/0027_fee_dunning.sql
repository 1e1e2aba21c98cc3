-- FrontDesk schema 27: fees (费用收缴, issue 13), part three: arrears and dunning (R-FE-3). A unit
-- unpaid after a due day is chased: each contact is recorded with why it is unpaid; written dunning
-- notices (催款告知书) are numbered first, second and third within one stretch of arrears (the day its
-- oldest unpaid bill fell due); after the third, still unpaid, the manager refers the unit for legal
-- handling, which stays on the unit. All of it append-only.
-- @all
CREATE TABLE arrears_contacts (
    id {{ID}},
    unit_id BIGINT NOT NULL REFERENCES units(id),
    kind TEXT NOT NULL CHECK (kind IN ('phone', 'visit', 'note')),
    reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_ms BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    CHECK (reason <> '' OR note <> '')
);
CREATE INDEX arrears_contacts_unit ON arrears_contacts (unit_id, created_ms);

-- since: the due day of the oldest bill unpaid when the notice was issued (the stretch of arrears the
-- notice belongs to); owed_fen and deadline as printed.
CREATE TABLE dunning_notices (
    id {{ID}},
    notice_no TEXT NOT NULL UNIQUE,
    unit_id BIGINT NOT NULL REFERENCES units(id),
    since TEXT NOT NULL,
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 3),
    owed_fen BIGINT NOT NULL CHECK (owed_fen > 0),
    deadline TEXT NOT NULL,
    issued_ms BIGINT NOT NULL,
    issued_by BIGINT NOT NULL REFERENCES users(id),
    UNIQUE (unit_id, since, number)
);

CREATE TABLE legal_referrals (
    id {{ID}},
    unit_id BIGINT NOT NULL REFERENCES units(id),
    since TEXT NOT NULL,
    owed_fen BIGINT NOT NULL CHECK (owed_fen > 0),
    note TEXT NOT NULL DEFAULT '',
    referred_ms BIGINT NOT NULL,
    confirmed_by BIGINT NOT NULL REFERENCES users(id),
    UNIQUE (unit_id, since)
);

-- @sqlite
CREATE TRIGGER arrears_contacts_append_only_update BEFORE UPDATE ON arrears_contacts BEGIN
    SELECT RAISE(ABORT, 'a contact is never changed');
END;
CREATE TRIGGER arrears_contacts_no_delete BEFORE DELETE ON arrears_contacts BEGIN
    SELECT RAISE(ABORT, 'a contact is never deleted');
END;
CREATE TRIGGER dunning_notices_append_only_update BEFORE UPDATE ON dunning_notices BEGIN
    SELECT RAISE(ABORT, 'a dunning notice is never changed');
END;
CREATE TRIGGER dunning_notices_no_delete BEFORE DELETE ON dunning_notices BEGIN
    SELECT RAISE(ABORT, 'a dunning notice is never deleted');
END;
CREATE TRIGGER legal_referrals_append_only_update BEFORE UPDATE ON legal_referrals BEGIN
    SELECT RAISE(ABORT, 'a legal referral is never changed');
END;
CREATE TRIGGER legal_referrals_no_delete BEFORE DELETE ON legal_referrals BEGIN
    SELECT RAISE(ABORT, 'a legal referral is never deleted');
END;

-- @postgres
CREATE TRIGGER arrears_contacts_append_only BEFORE UPDATE OR DELETE ON arrears_contacts
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER dunning_notices_append_only BEFORE UPDATE OR DELETE ON dunning_notices
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER legal_referrals_append_only BEFORE UPDATE OR DELETE ON legal_referrals
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

-- FrontDesk schema 7: intake (受理, R-IN-1..5).
-- intake_drafts: each person's unsaved intake form, so a crash loses nothing typed. A draft is a
-- working copy, not a record: it is replaced on every save and blanked when the form is saved or
-- discarded (the row stays; json = '' means "no draft").
-- intake_details: what the intake form records beyond the ticket itself, one row per ticket taken
-- in through the form: the "major/urgent/sudden" tick (R-IN-2), a complaint's people involved and
-- what the customer asks (R-CP-1), an inquiry's answer or the contact kept and the reply owed (R-IN-5).
-- Instants are BIGINT UTC epoch milliseconds. intake_details is a record: never changed or deleted.
-- @all
CREATE TABLE intake_drafts (
    id {{ID}},
    user_id BIGINT NOT NULL UNIQUE REFERENCES users(id),
    json TEXT NOT NULL DEFAULT '',
    saved_ms BIGINT NOT NULL
);

CREATE TABLE intake_details (
    ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id),
    intake_class TEXT NOT NULL CHECK (intake_class IN ('repair', 'complaint', 'request', 'inquiry', 'other')),
    urgent BOOLEAN NOT NULL DEFAULT FALSE,
    people_involved TEXT NOT NULL DEFAULT '',
    customer_asks TEXT NOT NULL DEFAULT '',
    answered_now BOOLEAN NOT NULL DEFAULT FALSE,
    answer TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    reply_due_ms BIGINT,
    created_ms BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id)
);
CREATE INDEX intake_details_urgent ON intake_details (created_ms) WHERE urgent;

-- @sqlite
CREATE TRIGGER intake_details_append_only_update BEFORE UPDATE ON intake_details BEGIN
    SELECT RAISE(ABORT, 'intake records cannot be changed');
END;
CREATE TRIGGER intake_details_no_delete BEFORE DELETE ON intake_details BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;

-- @postgres
CREATE TRIGGER intake_details_append_only BEFORE UPDATE OR DELETE ON intake_details
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER intake_details_no_truncate BEFORE TRUNCATE ON intake_details
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

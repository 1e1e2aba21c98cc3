-- FrontDesk schema 41: renovations (二次装修, issue 15, R-RN-1).
-- A renovation is a numbered record (ZX-YYYYMMDD-NNN from the daily counters) that moves forward through
-- its stages: the application and engineering's review in rounds (every round kept with its scope, its
-- days and the answer), the agreement signed, the deposit and the decoration-waste fee charged as
-- deposits in fees and paid at the counter, the work (workers, their passes, the inspections and the
-- extensions of its end), the acceptance in rounds, and the deposit refunded. Nothing is deleted; a
-- decision, a pass, an inspection is written once and only gets what follows it (a pass voided, a
-- problem fixed).
-- The deposits' own ledger: a damage deducted from a deposit line and a refund paid out of deposit lines
-- (split over them like a payment over bill lines); what a deposit line still holds is what was paid of
-- it less these. A deposit charge taken back before it was paid (bill_line_reversals) is charged again:
-- the renovation then names the new lines (the audit keeps the old ones).
-- @all
CREATE TABLE renovation_scope_items (
    item_key TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    approval TEXT NOT NULL CHECK (approval IN ('none', 'engineering', 'forbidden')),
    position INTEGER NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    changed_ms BIGINT NOT NULL,
    changed_by BIGINT REFERENCES users(id),
    CHECK (item_key LIKE 'site_%' OR name = '')
);
INSERT INTO renovation_scope_items (item_key, approval, position, changed_ms) VALUES
    ('finishes', 'none', 1, 0),
    ('walls', 'engineering', 2, 0),
    ('water_electric', 'engineering', 3, 0),
    ('balcony', 'engineering', 4, 0),
    ('facade', 'forbidden', 5, 0),
    ('structure', 'forbidden', 6, 0);

CREATE TABLE renovations (
    id {{ID}},
    number TEXT NOT NULL UNIQUE,
    unit_id BIGINT NOT NULL REFERENCES units(id),
    resident_id BIGINT NOT NULL REFERENCES residents(id),
    company_name TEXT NOT NULL CHECK (company_name <> ''),
    company_licence TEXT NOT NULL CHECK (company_licence <> ''),
    company_person TEXT NOT NULL CHECK (company_person <> ''),
    company_phone TEXT NOT NULL CHECK (company_phone <> ''),
    planned_start TEXT NOT NULL,
    planned_end TEXT NOT NULL,
    stage TEXT NOT NULL CHECK (stage IN ('review', 'returned', 'approved', 'agreed', 'working', 'acceptance',
                                         'accepted', 'refunded', 'withdrawn')),
    agreement_signature_id BIGINT REFERENCES signatures(id),
    agreement_file_id BIGINT REFERENCES archive_files(id),
    deposit_line_id BIGINT UNIQUE REFERENCES bill_lines(id),
    waste_line_id BIGINT UNIQUE REFERENCES bill_lines(id),
    schedule_note TEXT NOT NULL DEFAULT '',
    accepted_day TEXT,
    refund_due_day TEXT,
    opened_ms BIGINT NOT NULL,
    opened_by BIGINT NOT NULL REFERENCES users(id),
    ended_ms BIGINT,
    ended_by BIGINT REFERENCES users(id),
    withdraw_reason TEXT,
    CHECK (planned_end >= planned_start),
    CHECK ((stage IN ('refunded', 'withdrawn')) = (ended_ms IS NOT NULL)),
    CHECK ((stage = 'withdrawn') = (withdraw_reason IS NOT NULL))
);
CREATE INDEX renovations_active ON renovations (planned_end) WHERE ended_ms IS NULL;
CREATE INDEX renovations_unit ON renovations (unit_id, id);
-- One renovation open per unit, however many desks apply at once.
CREATE UNIQUE INDEX renovations_one_open ON renovations (unit_id) WHERE ended_ms IS NULL;

-- One round of the application and its answer: the scope (item keys, comma-separated), the work
-- described and the days asked for; approved, or rejected with what to change.
CREATE TABLE renovation_rounds (
    id {{ID}},
    renovation_id BIGINT NOT NULL REFERENCES renovations(id),
    round INTEGER NOT NULL CHECK (round > 0),
    scope TEXT NOT NULL CHECK (scope <> ''),
    description TEXT NOT NULL DEFAULT '',
    planned_start TEXT NOT NULL,
    planned_end TEXT NOT NULL,
    submitted_ms BIGINT NOT NULL,
    submitted_by BIGINT NOT NULL REFERENCES users(id),
    decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'approved', 'rejected')),
    decided_ms BIGINT,
    decided_by BIGINT REFERENCES users(id),
    comment TEXT NOT NULL DEFAULT '',
    UNIQUE (renovation_id, round),
    CHECK ((decision = 'pending') = (decided_ms IS NULL)),
    CHECK (decision <> 'rejected' OR comment <> '')
);

CREATE TABLE renovation_drawings (
    id {{ID}},
    round_id BIGINT NOT NULL REFERENCES renovation_rounds(id),
    file_id BIGINT NOT NULL UNIQUE REFERENCES archive_files(id)
);
CREATE INDEX renovation_drawings_round ON renovation_drawings (round_id);

CREATE TABLE renovation_workers (
    id {{ID}},
    renovation_id BIGINT NOT NULL REFERENCES renovations(id),
    name TEXT NOT NULL CHECK (name <> ''),
    id_masked TEXT NOT NULL CHECK (id_masked <> ''),
    phone TEXT NOT NULL CHECK (phone <> ''),
    trade TEXT NOT NULL DEFAULT '',
    added_ms BIGINT NOT NULL,
    added_by BIGINT NOT NULL REFERENCES users(id),
    removed_ms BIGINT,
    removed_by BIGINT REFERENCES users(id),
    removed_reason TEXT,
    CHECK ((removed_ms IS NULL) = (removed_reason IS NULL))
);
CREATE INDEX renovation_workers_renovation ON renovation_workers (renovation_id, id);

CREATE TABLE renovation_passes (
    id {{ID}},
    number TEXT NOT NULL UNIQUE,
    renovation_id BIGINT NOT NULL REFERENCES renovations(id),
    worker_id BIGINT NOT NULL REFERENCES renovation_workers(id),
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    issued_ms BIGINT NOT NULL,
    issued_by BIGINT NOT NULL REFERENCES users(id),
    voided_ms BIGINT,
    voided_by BIGINT REFERENCES users(id),
    void_reason TEXT,
    CHECK (valid_until >= valid_from),
    CHECK ((voided_ms IS NULL) = (void_reason IS NULL))
);
CREATE INDEX renovation_passes_renovation ON renovation_passes (renovation_id, id);
CREATE INDEX renovation_passes_worker ON renovation_passes (worker_id);

-- A worker let in at the desk on a pass; flagged when outside the site's working hours.
CREATE TABLE renovation_entries (
    id {{ID}},
    pass_id BIGINT NOT NULL REFERENCES renovation_passes(id),
    at_ms BIGINT NOT NULL,
    by_user BIGINT NOT NULL REFERENCES users(id),
    outside_hours BOOLEAN NOT NULL
);
CREATE INDEX renovation_entries_pass ON renovation_entries (pass_id, at_ms);

CREATE TABLE renovation_inspections (
    id {{ID}},
    renovation_id BIGINT NOT NULL REFERENCES renovations(id),
    day TEXT NOT NULL,
    department TEXT NOT NULL CHECK (department IN ('engineering', 'security')),
    inspector TEXT NOT NULL CHECK (inspector <> ''),
    findings TEXT NOT NULL CHECK (findings <> ''),
    problem BOOLEAN NOT NULL,
    told_how TEXT NOT NULL DEFAULT '',
    fix_by TEXT,
    fixed_ms BIGINT,
    fixed_by BIGINT REFERENCES users(id),
    fixed_note TEXT,
    created_ms BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    CHECK (problem = (fix_by IS NOT NULL)),
    CHECK (NOT problem OR told_how <> ''),
    CHECK (problem OR fixed_ms IS NULL),
    CHECK ((fixed_ms IS NULL) = (fixed_note IS NULL))
);
CREATE INDEX renovation_inspections_renovation ON renovation_inspections (renovation_id, id);

CREATE TABLE renovation_extensions (
    id {{ID}},
    renovation_id BIGINT NOT NULL REFERENCES renovations(id),
    from_day TEXT NOT NULL,
    to_day TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason <> ''),
    approved_by BIGINT NOT NULL REFERENCES users(id),
    created_ms BIGINT NOT NULL,
    CHECK (to_day > from_day)
);
CREATE INDEX renovation_extensions_renovation ON renovation_extensions (renovation_id, id);

CREATE TABLE renovation_acceptances (
    id {{ID}},
    renovation_id BIGINT NOT NULL REFERENCES renovations(id),
    round INTEGER NOT NULL CHECK (round > 0),
    requested_ms BIGINT NOT NULL,
    requested_by BIGINT NOT NULL REFERENCES users(id),
    request_note TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'passed', 'failed')),
    decided_ms BIGINT,
    decided_by BIGINT REFERENCES users(id),
    rectification TEXT NOT NULL DEFAULT '',
    UNIQUE (renovation_id, round),
    CHECK ((decision = 'pending') = (decided_ms IS NULL)),
    CHECK (decision <> 'failed' OR rectification <> '')
);

-- The deposits' ledger (fees): deductions and refunds out of deposit lines.
CREATE TABLE deposit_deductions (
    id {{ID}},
    line_id BIGINT NOT NULL REFERENCES bill_lines(id),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    description TEXT NOT NULL CHECK (description <> ''),
    created_ms BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id)
);
CREATE INDEX deposit_deductions_line ON deposit_deductions (line_id);

CREATE TABLE deposit_refunds (
    id {{ID}},
    receipt_no TEXT NOT NULL UNIQUE,
    unit_id BIGINT NOT NULL REFERENCES units(id),
    method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'wechat', 'alipay', 'transfer')),
    reference TEXT NOT NULL DEFAULT '',
    payee TEXT NOT NULL CHECK (payee <> ''),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    paid_ms BIGINT NOT NULL,
    paid_by BIGINT NOT NULL REFERENCES users(id),
    CHECK (method = 'cash' OR reference <> '')
);
CREATE INDEX deposit_refunds_unit ON deposit_refunds (unit_id);

CREATE TABLE deposit_refund_lines (
    id {{ID}},
    refund_id BIGINT NOT NULL REFERENCES deposit_refunds(id),
    line_id BIGINT NOT NULL REFERENCES bill_lines(id),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0)
);
CREATE INDEX deposit_refund_lines_line ON deposit_refund_lines (line_id);

-- @sqlite
CREATE TRIGGER renovation_scope_items_no_delete BEFORE DELETE ON renovation_scope_items BEGIN
    SELECT RAISE(ABORT, 'a scope item is never deleted; it is switched off');
END;
CREATE TRIGGER renovations_no_delete BEFORE DELETE ON renovations BEGIN
    SELECT RAISE(ABORT, 'a renovation is never deleted');
END;
CREATE TRIGGER renovations_ended_once BEFORE UPDATE ON renovations
    WHEN OLD.ended_ms IS NOT NULL OR NEW.number IS NOT OLD.number OR NEW.unit_id IS NOT OLD.unit_id
      OR NEW.resident_id IS NOT OLD.resident_id OR NEW.opened_ms IS NOT OLD.opened_ms
      OR NEW.opened_by IS NOT OLD.opened_by
      OR (OLD.agreement_signature_id IS NOT NULL AND NEW.agreement_signature_id IS NOT OLD.agreement_signature_id)
      OR (OLD.accepted_day IS NOT NULL AND NEW.accepted_day IS NOT OLD.accepted_day)
BEGIN
    SELECT RAISE(ABORT, 'a renovation that ended, and what it has recorded, are never changed');
END;
CREATE TRIGGER renovation_rounds_decided_once BEFORE UPDATE ON renovation_rounds
    WHEN OLD.decision <> 'pending' OR NEW.renovation_id IS NOT OLD.renovation_id OR NEW.round IS NOT OLD.round
      OR NEW.scope IS NOT OLD.scope OR NEW.description IS NOT OLD.description
      OR NEW.planned_start IS NOT OLD.planned_start OR NEW.planned_end IS NOT OLD.planned_end
      OR NEW.submitted_ms IS NOT OLD.submitted_ms OR NEW.submitted_by IS NOT OLD.submitted_by
BEGIN
    SELECT RAISE(ABORT, 'a round of review is decided once and never changed');
END;
CREATE TRIGGER renovation_acceptances_decided_once BEFORE UPDATE ON renovation_acceptances
    WHEN OLD.decision <> 'pending' OR NEW.renovation_id IS NOT OLD.renovation_id OR NEW.round IS NOT OLD.round
      OR NEW.requested_ms IS NOT OLD.requested_ms OR NEW.requested_by IS NOT OLD.requested_by
      OR NEW.request_note IS NOT OLD.request_note
BEGIN
    SELECT RAISE(ABORT, 'an acceptance is decided once and never changed');
END;
CREATE TRIGGER renovation_workers_removed_once BEFORE UPDATE ON renovation_workers
    WHEN OLD.removed_ms IS NOT NULL OR NEW.renovation_id IS NOT OLD.renovation_id OR NEW.name IS NOT OLD.name
      OR NEW.id_masked IS NOT OLD.id_masked OR NEW.phone IS NOT OLD.phone OR NEW.trade IS NOT OLD.trade
      OR NEW.added_ms IS NOT OLD.added_ms OR NEW.added_by IS NOT OLD.added_by
BEGIN
    SELECT RAISE(ABORT, 'a worker on the roster only gets removed, once');
END;
CREATE TRIGGER renovation_passes_voided_once BEFORE UPDATE ON renovation_passes
    WHEN OLD.voided_ms IS NOT NULL OR NEW.number IS NOT OLD.number OR NEW.renovation_id IS NOT OLD.renovation_id
      OR NEW.worker_id IS NOT OLD.worker_id OR NEW.valid_from IS NOT OLD.valid_from
      OR NEW.valid_until IS NOT OLD.valid_until OR NEW.issued_ms IS NOT OLD.issued_ms
      OR NEW.issued_by IS NOT OLD.issued_by
BEGIN
    SELECT RAISE(ABORT, 'a pass only gets voided, once');
END;
CREATE TRIGGER renovation_inspections_fixed_once BEFORE UPDATE ON renovation_inspections
    WHEN OLD.fixed_ms IS NOT NULL OR NEW.renovation_id IS NOT OLD.renovation_id OR NEW.day IS NOT OLD.day
      OR NEW.department IS NOT OLD.department OR NEW.inspector IS NOT OLD.inspector
      OR NEW.findings IS NOT OLD.findings OR NEW.problem IS NOT OLD.problem OR NEW.told_how IS NOT OLD.told_how
      OR NEW.fix_by IS NOT OLD.fix_by OR NEW.created_ms IS NOT OLD.created_ms OR NEW.created_by IS NOT OLD.created_by
BEGIN
    SELECT RAISE(ABORT, 'an inspection only gets its problem fixed, once');
END;
CREATE TRIGGER renovation_rows_no_delete_rounds BEFORE DELETE ON renovation_rounds BEGIN
    SELECT RAISE(ABORT, 'a round of review is never deleted');
END;
CREATE TRIGGER renovation_rows_no_delete_acceptances BEFORE DELETE ON renovation_acceptances BEGIN
    SELECT RAISE(ABORT, 'an acceptance is never deleted');
END;
CREATE TRIGGER renovation_rows_no_delete_workers BEFORE DELETE ON renovation_workers BEGIN
    SELECT RAISE(ABORT, 'a worker on the roster is never deleted; it is removed');
END;
CREATE TRIGGER renovation_rows_no_delete_passes BEFORE DELETE ON renovation_passes BEGIN
    SELECT RAISE(ABORT, 'a pass is never deleted; it is voided');
END;
CREATE TRIGGER renovation_rows_no_delete_inspections BEFORE DELETE ON renovation_inspections BEGIN
    SELECT RAISE(ABORT, 'an inspection is never deleted');
END;
CREATE TRIGGER renovation_drawings_append_only_update BEFORE UPDATE ON renovation_drawings BEGIN
    SELECT RAISE(ABORT, 'a drawing filed is never changed');
END;
CREATE TRIGGER renovation_drawings_no_delete BEFORE DELETE ON renovation_drawings BEGIN
    SELECT RAISE(ABORT, 'a drawing filed is never deleted');
END;
CREATE TRIGGER renovation_entries_append_only_update BEFORE UPDATE ON renovation_entries BEGIN
    SELECT RAISE(ABORT, 'an entry is never changed');
END;
CREATE TRIGGER renovation_entries_no_delete BEFORE DELETE ON renovation_entries BEGIN
    SELECT RAISE(ABORT, 'an entry is never deleted');
END;
CREATE TRIGGER renovation_extensions_append_only_update BEFORE UPDATE ON renovation_extensions BEGIN
    SELECT RAISE(ABORT, 'an extension is never changed');
END;
CREATE TRIGGER renovation_extensions_no_delete BEFORE DELETE ON renovation_extensions BEGIN
    SELECT RAISE(ABORT, 'an extension is never deleted');
END;
CREATE TRIGGER deposit_deductions_append_only_update BEFORE UPDATE ON deposit_deductions BEGIN
    SELECT RAISE(ABORT, 'a deduction is never changed');
END;
CREATE TRIGGER deposit_deductions_no_delete BEFORE DELETE ON deposit_deductions BEGIN
    SELECT RAISE(ABORT, 'a deduction is never deleted');
END;
CREATE TRIGGER deposit_refunds_append_only_update BEFORE UPDATE ON deposit_refunds BEGIN
    SELECT RAISE(ABORT, 'a refund is never changed');
END;
CREATE TRIGGER deposit_refunds_no_delete BEFORE DELETE ON deposit_refunds BEGIN
    SELECT RAISE(ABORT, 'a refund is never deleted');
END;
CREATE TRIGGER deposit_refund_lines_append_only_update BEFORE UPDATE ON deposit_refund_lines BEGIN
    SELECT RAISE(ABORT, 'a refund is never changed');
END;
CREATE TRIGGER deposit_refund_lines_no_delete BEFORE DELETE ON deposit_refund_lines BEGIN
    SELECT RAISE(ABORT, 'a refund is never deleted');
END;

-- @postgres
CREATE FUNCTION fd_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a % row is never deleted', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER renovation_scope_items_no_delete BEFORE DELETE ON renovation_scope_items
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_delete();
CREATE FUNCTION fd_renovation_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a renovation is never deleted';
    END IF;
    IF OLD.ended_ms IS NOT NULL OR NEW.number <> OLD.number OR NEW.unit_id <> OLD.unit_id
        OR NEW.resident_id <> OLD.resident_id OR NEW.opened_ms <> OLD.opened_ms OR NEW.opened_by <> OLD.opened_by
        OR (OLD.agreement_signature_id IS NOT NULL AND NEW.agreement_signature_id IS DISTINCT FROM OLD.agreement_signature_id)
        OR (OLD.accepted_day IS NOT NULL AND NEW.accepted_day IS DISTINCT FROM OLD.accepted_day) THEN
        RAISE EXCEPTION 'a renovation that ended, and what it has recorded, are never changed';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER renovations_check BEFORE UPDATE OR DELETE ON renovations
    FOR EACH ROW EXECUTE FUNCTION fd_renovation_check();
CREATE FUNCTION fd_renovation_round_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a round of review is never deleted';
    END IF;
    IF OLD.decision <> 'pending' OR NEW.renovation_id <> OLD.renovation_id OR NEW.round <> OLD.round
        OR NEW.scope <> OLD.scope OR NEW.description <> OLD.description OR NEW.planned_start <> OLD.planned_start
        OR NEW.planned_end <> OLD.planned_end OR NEW.submitted_ms <> OLD.submitted_ms
        OR NEW.submitted_by <> OLD.submitted_by THEN
        RAISE EXCEPTION 'a round of review is decided once and never changed';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER renovation_rounds_check BEFORE UPDATE OR DELETE ON renovation_rounds
    FOR EACH ROW EXECUTE FUNCTION fd_renovation_round_check();
CREATE FUNCTION fd_renovation_acceptance_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'an acceptance is never deleted';
    END IF;
    IF OLD.decision <> 'pending' OR NEW.renovation_id <> OLD.renovation_id OR NEW.round <> OLD.round
        OR NEW.requested_ms <> OLD.requested_ms OR NEW.requested_by <> OLD.requested_by
        OR NEW.request_note <> OLD.request_note THEN
        RAISE EXCEPTION 'an acceptance is decided once and never changed';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER renovation_acceptances_check BEFORE UPDATE OR DELETE ON renovation_acceptances
    FOR EACH ROW EXECUTE FUNCTION fd_renovation_acceptance_check();
CREATE FUNCTION fd_renovation_worker_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a worker on the roster is never deleted; it is removed';
    END IF;
    IF OLD.removed_ms IS NOT NULL OR NEW.renovation_id <> OLD.renovation_id OR NEW.name <> OLD.name
        OR NEW.id_masked <> OLD.id_masked OR NEW.phone <> OLD.phone OR NEW.trade <> OLD.trade
        OR NEW.added_ms <> OLD.added_ms OR NEW.added_by <> OLD.added_by THEN
        RAISE EXCEPTION 'a worker on the roster only gets removed, once';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER renovation_workers_check BEFORE UPDATE OR DELETE ON renovation_workers
    FOR EACH ROW EXECUTE FUNCTION fd_renovation_worker_check();
CREATE FUNCTION fd_renovation_pass_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a pass is never deleted; it is voided';
    END IF;
    IF OLD.voided_ms IS NOT NULL OR NEW.number <> OLD.number OR NEW.renovation_id <> OLD.renovation_id
        OR NEW.worker_id <> OLD.worker_id OR NEW.valid_from <> OLD.valid_from OR NEW.valid_until <> OLD.valid_until
        OR NEW.issued_ms <> OLD.issued_ms OR NEW.issued_by <> OLD.issued_by THEN
        RAISE EXCEPTION 'a pass only gets voided, once';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER renovation_passes_check BEFORE UPDATE OR DELETE ON renovation_passes
    FOR EACH ROW EXECUTE FUNCTION fd_renovation_pass_check();
CREATE FUNCTION fd_renovation_inspection_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'an inspection is never deleted';
    END IF;
    IF OLD.fixed_ms IS NOT NULL OR NEW.renovation_id <> OLD.renovation_id OR NEW.day <> OLD.day
        OR NEW.department <> OLD.department OR NEW.inspector <> OLD.inspector OR NEW.findings <> OLD.findings
        OR NEW.problem <> OLD.problem OR NEW.told_how <> OLD.told_how OR NEW.fix_by IS DISTINCT FROM OLD.fix_by
        OR NEW.created_ms <> OLD.created_ms OR NEW.created_by <> OLD.created_by THEN
        RAISE EXCEPTION 'an inspection only gets its problem fixed, once';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER renovation_inspections_check BEFORE UPDATE OR DELETE ON renovation_inspections
    FOR EACH ROW EXECUTE FUNCTION fd_renovation_inspection_check();
CREATE TRIGGER renovation_drawings_append_only BEFORE UPDATE OR DELETE ON renovation_drawings
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER renovation_entries_append_only BEFORE UPDATE OR DELETE ON renovation_entries
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER renovation_extensions_append_only BEFORE UPDATE OR DELETE ON renovation_extensions
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER deposit_deductions_append_only BEFORE UPDATE OR DELETE ON deposit_deductions
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER deposit_refunds_append_only BEFORE UPDATE OR DELETE ON deposit_refunds
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER deposit_refund_lines_append_only BEFORE UPDATE OR DELETE ON deposit_refund_lines
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

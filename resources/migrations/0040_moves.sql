-- FrontDesk schema 40: move-in and move-out (issue 14), part two: the moves and their steps.
-- R-MI-1 and R-MO-1: a move is a numbered record of its own (RH 入伙, QC 迁出) with the site's steps
-- copied onto it when it opens, done in order; a step done or marked not applicable keeps who, when and
-- its note and is never changed again. A move-in's inspection defects and a move-out's damages are
-- each a repair ticket linked to the move, or (a move-out's damage) a compensation line of the fees.
-- The site's steps: their order and the optional ones switched off (move_step_plans; none written means
-- the defaults), and the documents a move-in checks (move_documents_required).
-- @all
CREATE TABLE moves (
    id {{ID}},
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('move_in', 'move_out')),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    resident_id BIGINT NOT NULL REFERENCES residents(id),
    planned_day TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    lift_booking_id BIGINT REFERENCES lift_bookings(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    opened_ms BIGINT NOT NULL,
    opened_by BIGINT NOT NULL REFERENCES users(id),
    ended_ms BIGINT,
    ended_by BIGINT REFERENCES users(id),
    cancel_reason TEXT,
    CHECK ((status = 'open') = (ended_ms IS NULL)),
    CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
);
CREATE INDEX moves_open ON moves (planned_day) WHERE status = 'open';
CREATE INDEX moves_unit ON moves (unit_id, id);

CREATE TABLE move_steps (
    id {{ID}},
    move_id BIGINT NOT NULL REFERENCES moves(id),
    position INTEGER NOT NULL,
    step_key TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'skipped')),
    due_day TEXT,
    done_ms BIGINT,
    done_by BIGINT REFERENCES users(id),
    note TEXT NOT NULL DEFAULT '',
    signature_id BIGINT REFERENCES signatures(id),
    UNIQUE (move_id, step_key),
    UNIQUE (move_id, position),
    CHECK ((status = 'pending') = (done_ms IS NULL)),
    CHECK (status <> 'skipped' OR note <> '')
);

CREATE TABLE move_defects (
    id {{ID}},
    move_id BIGINT NOT NULL REFERENCES moves(id),
    room TEXT NOT NULL,
    item TEXT NOT NULL,
    description TEXT NOT NULL,
    photo_file_id BIGINT REFERENCES archive_files(id),
    ticket_id BIGINT UNIQUE REFERENCES tickets(id),
    bill_line_id BIGINT UNIQUE REFERENCES bill_lines(id),
    created_ms BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    CHECK ((ticket_id IS NULL) <> (bill_line_id IS NULL))
);
CREATE INDEX move_defects_move ON move_defects (move_id, id);

CREATE TABLE move_step_plans (
    kind TEXT NOT NULL CHECK (kind IN ('move_in', 'move_out')),
    position INTEGER NOT NULL,
    step_key TEXT NOT NULL,
    changed_ms BIGINT NOT NULL,
    changed_by BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (kind, step_key),
    UNIQUE (kind, position)
);

CREATE TABLE move_documents_required (
    relation TEXT NOT NULL CHECK (relation IN ('owner', 'tenant')),
    position INTEGER NOT NULL,
    kinds TEXT NOT NULL,
    changed_ms BIGINT NOT NULL,
    changed_by BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (relation, position)
);

-- @sqlite
CREATE TRIGGER moves_no_delete BEFORE DELETE ON moves BEGIN
    SELECT RAISE(ABORT, 'a move is never deleted');
END;
CREATE TRIGGER moves_ended_once BEFORE UPDATE ON moves
    WHEN OLD.status <> 'open' OR NEW.number IS NOT OLD.number OR NEW.kind IS NOT OLD.kind
      OR NEW.unit_id IS NOT OLD.unit_id OR NEW.resident_id IS NOT OLD.resident_id
      OR NEW.opened_ms IS NOT OLD.opened_ms OR NEW.opened_by IS NOT OLD.opened_by
BEGIN
    SELECT RAISE(ABORT, 'a move that ended is never changed');
END;
CREATE TRIGGER move_steps_done_once BEFORE UPDATE ON move_steps
    WHEN OLD.status <> 'pending' OR NEW.move_id IS NOT OLD.move_id OR NEW.step_key IS NOT OLD.step_key
      OR NEW.position IS NOT OLD.position
BEGIN
    SELECT RAISE(ABORT, 'a step done is never changed');
END;
CREATE TRIGGER move_steps_no_delete BEFORE DELETE ON move_steps BEGIN
    SELECT RAISE(ABORT, 'a step is never deleted');
END;
CREATE TRIGGER move_defects_append_only_update BEFORE UPDATE ON move_defects BEGIN
    SELECT RAISE(ABORT, 'a defect recorded is never changed');
END;
CREATE TRIGGER move_defects_no_delete BEFORE DELETE ON move_defects BEGIN
    SELECT RAISE(ABORT, 'a defect recorded is never deleted');
END;

-- @postgres
CREATE FUNCTION fd_move_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a move is never deleted';
    END IF;
    IF OLD.status <> 'open' OR NEW.number <> OLD.number OR NEW.kind <> OLD.kind OR NEW.unit_id <> OLD.unit_id
        OR NEW.resident_id <> OLD.resident_id OR NEW.opened_ms <> OLD.opened_ms OR NEW.opened_by <> OLD.opened_by THEN
        RAISE EXCEPTION 'a move that ended is never changed';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER moves_check BEFORE UPDATE OR DELETE ON moves FOR EACH ROW EXECUTE FUNCTION fd_move_check();
CREATE FUNCTION fd_move_step_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a step is never deleted';
    END IF;
    IF OLD.status <> 'pending' OR NEW.move_id <> OLD.move_id OR NEW.step_key <> OLD.step_key
        OR NEW.position <> OLD.position THEN
        RAISE EXCEPTION 'a step done is never changed';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER move_steps_check BEFORE UPDATE OR DELETE ON move_steps FOR EACH ROW EXECUTE FUNCTION fd_move_step_check();
CREATE TRIGGER move_defects_append_only BEFORE UPDATE OR DELETE ON move_defects
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

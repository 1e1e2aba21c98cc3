-- FrontDesk schema 4: posts, shifts, handover sheets (工作移交表), the control room's night calls and
-- the supervisor's morning review (R-SH-1..4, R-RP-5). Instants are BIGINT UTC epoch milliseconds.
-- Nothing here is ever deleted: sheets are sealed, calls are linked to the ticket entered for them,
-- reviews are completed.
-- @all
CREATE TABLE posts (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    is_control_room BOOLEAN NOT NULL DEFAULT FALSE,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_ms BIGINT NOT NULL DEFAULT 0
);
INSERT INTO posts (code, name, is_control_room) VALUES ('desk', '大堂岗', FALSE);
INSERT INTO posts (code, name, is_control_room) VALUES ('control', '中控室', TRUE);

-- The equipment and keys counted at every handover (R-SH-2). A site adds or switches off rows.
CREATE TABLE handover_equipment (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT TRUE
);
INSERT INTO handover_equipment (name, position) VALUES ('对讲机', 1);
INSERT INTO handover_equipment (name, position) VALUES ('钥匙柜钥匙', 2);
INSERT INTO handover_equipment (name, position) VALUES ('门禁卡', 3);
INSERT INTO handover_equipment (name, position) VALUES ('值班手机', 4);

-- A person at a post for a time. code is the rules' shift (A/B/C, R-SH-1) it started in.
CREATE TABLE shifts (
    id {{ID}},
    post_id BIGINT NOT NULL REFERENCES posts(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    code TEXT NOT NULL CHECK (code IN ('A', 'B', 'C')),
    started_ms BIGINT NOT NULL,
    ended_ms BIGINT,
    from_sheet_id BIGINT,
    version INTEGER NOT NULL DEFAULT 1
);
-- One open shift per person, on every workstation at once.
CREATE UNIQUE INDEX shifts_one_open ON shifts (user_id) WHERE ended_ms IS NULL;
CREATE INDEX shifts_post ON shifts (post_id, started_ms);
CREATE INDEX shifts_user ON shifts (user_id, started_ms);

-- 工作移交表: drafted when a shift ends, signed by the leaving and then the arriving person, sealed.
CREATE TABLE handover_sheets (
    id {{ID}},
    shift_id BIGINT NOT NULL UNIQUE REFERENCES shifts(id),
    post_id BIGINT NOT NULL REFERENCES posts(id),
    leaving_user_id BIGINT NOT NULL REFERENCES users(id),
    arriving_user_id BIGINT REFERENCES users(id),
    created_ms BIGINT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    leaving_signed_ms BIGINT,
    arriving_signed_ms BIGINT,
    sealed_ms BIGINT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'sealed')),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (status = 'draft' OR (leaving_signed_ms IS NOT NULL AND arriving_signed_ms IS NOT NULL
                                AND sealed_ms IS NOT NULL AND arriving_user_id IS NOT NULL
                                AND arriving_user_id <> leaving_user_id))
);
CREATE INDEX handover_sheets_created ON handover_sheets (created_ms);

-- One line of a sheet: an open ticket, a log item from a module (visitor inside, stored item…) or a
-- piece of equipment. text is what the line said at that moment; source names the provider.
CREATE TABLE handover_items (
    id {{ID}},
    sheet_id BIGINT NOT NULL REFERENCES handover_sheets(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ticket', 'log', 'equipment')),
    source TEXT NOT NULL DEFAULT '',
    ref_id BIGINT,
    text TEXT NOT NULL,
    acknowledged_ms BIGINT,
    dispute TEXT NOT NULL DEFAULT ''
);
CREATE INDEX handover_items_sheet ON handover_items (sheet_id, position);

-- What the control room takes in and dispatches at night (R-SH-3), entered by the desk later as a
-- retroactive ticket (R-RP-5); entered_ticket_id links it so it is never entered twice.
CREATE TABLE control_room_calls (
    id {{ID}},
    post_id BIGINT NOT NULL REFERENCES posts(id),
    taken_by BIGINT NOT NULL REFERENCES users(id),
    call_ms BIGINT NOT NULL,
    caller_phone TEXT NOT NULL DEFAULT '',
    unit_id BIGINT REFERENCES units(id),
    person_name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL CHECK (description <> ''),
    dispatched_ms BIGINT,
    department TEXT NOT NULL DEFAULT '',
    technician TEXT NOT NULL DEFAULT '',
    returned_ms BIGINT,
    result TEXT NOT NULL DEFAULT '',
    entered_ticket_id BIGINT UNIQUE REFERENCES tickets(id),
    entered_by BIGINT REFERENCES users(id),
    entered_ms BIGINT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX control_room_calls_call ON control_room_calls (call_ms);

-- The supervisor's morning review (R-SH-4): what it covers, each record read, and the chase list.
CREATE TABLE shift_reviews (
    id {{ID}},
    supervisor_id BIGINT NOT NULL REFERENCES users(id),
    cover_from_ms BIGINT NOT NULL,
    cover_to_ms BIGINT NOT NULL,
    started_ms BIGINT NOT NULL,
    done_ms BIGINT,
    version INTEGER NOT NULL DEFAULT 1,
    -- one review per morning: two supervisors starting at once cannot both cover the same night
    UNIQUE (cover_to_ms)
);

CREATE TABLE review_marks (
    id {{ID}},
    review_id BIGINT NOT NULL REFERENCES shift_reviews(id),
    kind TEXT NOT NULL CHECK (kind IN ('sheet', 'call')),
    ref_id BIGINT NOT NULL,
    title TEXT NOT NULL,
    read_ms BIGINT,
    read_by BIGINT REFERENCES users(id),
    comment TEXT NOT NULL DEFAULT '',
    UNIQUE (review_id, kind, ref_id)
);

CREATE TABLE chase_items (
    id {{ID}},
    review_id BIGINT NOT NULL REFERENCES shift_reviews(id),
    kind TEXT NOT NULL CHECK (kind IN ('ticket', 'dispute', 'call')),
    ref_id BIGINT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (review_id, kind, ref_id)
);

-- @sqlite
CREATE TRIGGER posts_no_delete BEFORE DELETE ON posts BEGIN
    SELECT RAISE(ABORT, 'records are never deleted; deactivate them instead');
END;
CREATE TRIGGER handover_equipment_no_delete BEFORE DELETE ON handover_equipment BEGIN
    SELECT RAISE(ABORT, 'records are never deleted; deactivate them instead');
END;
CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER handover_sheets_no_delete BEFORE DELETE ON handover_sheets BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER handover_sheets_sealed BEFORE UPDATE ON handover_sheets WHEN OLD.status = 'sealed' BEGIN
    SELECT RAISE(ABORT, 'a sealed handover sheet cannot be changed');
END;
CREATE TRIGGER handover_items_no_delete BEFORE DELETE ON handover_items BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER control_room_calls_no_delete BEFORE DELETE ON control_room_calls BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER shift_reviews_no_delete BEFORE DELETE ON shift_reviews BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER review_marks_no_delete BEFORE DELETE ON review_marks BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER chase_items_no_delete BEFORE DELETE ON chase_items BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;

-- @postgres
CREATE FUNCTION fd_refuse_sealed_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'sealed' THEN
        RAISE EXCEPTION 'a sealed handover sheet cannot be changed';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER posts_no_delete BEFORE DELETE ON posts FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER handover_equipment_no_delete BEFORE DELETE ON handover_equipment
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER handover_sheets_no_delete BEFORE DELETE ON handover_sheets
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER handover_sheets_sealed BEFORE UPDATE ON handover_sheets
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_sealed_change();
CREATE TRIGGER handover_items_no_delete BEFORE DELETE ON handover_items
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER control_room_calls_no_delete BEFORE DELETE ON control_room_calls
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER shift_reviews_no_delete BEFORE DELETE ON shift_reviews
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER review_marks_no_delete BEFORE DELETE ON review_marks
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER chase_items_no_delete BEFORE DELETE ON chase_items
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER shifts_no_truncate BEFORE TRUNCATE ON shifts FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

-- FrontDesk schema 15: stored items (物品寄存, R-PS-1..3). A customer leaves things at the desk
-- with a numbered tag (JC-20261122-003) and a shelf; the items are lines with a count and their
-- condition; the depositor signs (or the clerk records why not). Past the expected pickup time the
-- item's watch reminds the desk until someone is reminded or it is delivered with consent (R-PS-2);
-- it is collected against the tag and the collector signs (R-PS-3). Nothing is deleted: an item
-- ends as collected or delivered, and every step is a row of stored_item_events.
-- @all
CREATE TABLE stored_items (
    id {{ID}},
    tag TEXT NOT NULL UNIQUE,
    unit_id BIGINT NOT NULL REFERENCES units(id),
    depositor_name TEXT NOT NULL CHECK (depositor_name <> ''),
    depositor_phone TEXT NOT NULL CHECK (depositor_phone <> ''),
    shelf TEXT NOT NULL CHECK (shelf <> ''),
    -- The lines in one phrase ("行李箱 ×1 完好、纸箱 ×2 外箱破损"), for the list, handover and search.
    summary TEXT NOT NULL DEFAULT '',
    item_count INTEGER NOT NULL CHECK (item_count >= 1),
    expected_pickup_ms BIGINT NOT NULL,
    deposit_signature_id BIGINT NOT NULL REFERENCES signatures(id),
    note TEXT NOT NULL DEFAULT '',
    created_ms BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'collected', 'delivered')),
    ended_ms BIGINT,
    ended_by BIGINT REFERENCES users(id),
    collector_name TEXT NOT NULL DEFAULT '',
    collector_signature_id BIGINT REFERENCES signatures(id),
    consent_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX stored_items_held ON stored_items (expected_pickup_ms) WHERE status = 'held';
CREATE INDEX stored_items_created ON stored_items (created_ms);

CREATE TABLE stored_item_lines (
    id {{ID}},
    item_id BIGINT NOT NULL REFERENCES stored_items(id),
    line_no INTEGER NOT NULL,
    description TEXT NOT NULL CHECK (description <> ''),
    quantity INTEGER NOT NULL CHECK (quantity >= 1),
    item_condition TEXT NOT NULL DEFAULT '',
    UNIQUE (item_id, line_no)
);

-- What happened to an item, in order: deposited, reminded (a contact attempt, R-PS-2), collected,
-- delivered (with consent).
CREATE TABLE stored_item_events (
    id {{ID}},
    item_id BIGINT NOT NULL REFERENCES stored_items(id),
    kind TEXT NOT NULL CHECK (kind IN ('deposited', 'reminded', 'collected', 'delivered')),
    at_ms BIGINT NOT NULL,
    by_user BIGINT NOT NULL REFERENCES users(id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stored_item_events_item ON stored_item_events (item_id, id);

-- @sqlite
CREATE TRIGGER stored_items_no_delete BEFORE DELETE ON stored_items BEGIN
    SELECT RAISE(ABORT, 'stored items are never deleted; they are collected or delivered');
END;
CREATE TRIGGER stored_item_lines_no_delete BEFORE DELETE ON stored_item_lines BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER stored_item_lines_no_update BEFORE UPDATE ON stored_item_lines BEGIN
    SELECT RAISE(ABORT, 'the items deposited are not changed');
END;
CREATE TRIGGER stored_item_events_no_delete BEFORE DELETE ON stored_item_events BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER stored_item_events_no_update BEFORE UPDATE ON stored_item_events BEGIN
    SELECT RAISE(ABORT, 'a recorded event is not changed');
END;

-- @postgres
CREATE TRIGGER stored_items_no_delete BEFORE DELETE ON stored_items FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER stored_item_lines_append_only BEFORE UPDATE OR DELETE ON stored_item_lines
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER stored_item_events_append_only BEFORE UPDATE OR DELETE ON stored_item_events
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER stored_items_no_truncate BEFORE TRUNCATE ON stored_items
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER stored_item_lines_no_truncate BEFORE TRUNCATE ON stored_item_lines
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER stored_item_events_no_truncate BEFORE TRUNCATE ON stored_item_events
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

-- FrontDesk schema 1: settings, site registry, accounts and the audit chain.
-- Instants are BIGINT UTC epoch milliseconds; areas are hundredths of a square metre; nothing is
-- ever deleted (rows are deactivated), and the audit events refuse UPDATE and DELETE outright.
-- @all
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_ms BIGINT NOT NULL,
    updated_by BIGINT
);

CREATE TABLE sites (
    id {{ID}},
    name TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
    id {{ID}},
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'manager', 'cashier', 'control_room', 'admin')),
    password_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until_ms BIGINT NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_ms BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE zones (
    id {{ID}},
    site_id BIGINT NOT NULL REFERENCES sites(id),
    name TEXT NOT NULL,
    butler_name TEXT NOT NULL DEFAULT '',
    butler_user_id BIGINT REFERENCES users(id),
    created_ms BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (site_id, name)
);

CREATE TABLE buildings (
    id {{ID}},
    site_id BIGINT NOT NULL REFERENCES sites(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    UNIQUE (site_id, code)
);

CREATE TABLE units (
    id {{ID}},
    building_id BIGINT NOT NULL REFERENCES buildings(id),
    entrance TEXT NOT NULL,
    room TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    compact TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('residential', 'shop', 'office')),
    area_centi BIGINT NOT NULL CHECK (area_centi > 0),
    zone_id BIGINT REFERENCES zones(id),
    notes TEXT NOT NULL DEFAULT '',
    created_ms BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX units_compact ON units (compact);
CREATE INDEX units_building ON units (building_id);

CREATE TABLE residents (
    id {{ID}},
    unit_id BIGINT NOT NULL REFERENCES units(id),
    name TEXT NOT NULL,
    relation TEXT NOT NULL CHECK (relation IN ('owner', 'tenant')),
    notes TEXT NOT NULL DEFAULT '',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_ms BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (unit_id, name, relation)
);
CREATE INDEX residents_name ON residents (name);

CREATE TABLE resident_phones (
    id {{ID}},
    resident_id BIGINT NOT NULL REFERENCES residents(id),
    phone TEXT NOT NULL,
    tail TEXT NOT NULL,
    UNIQUE (resident_id, phone)
);
CREATE INDEX resident_phones_tail ON resident_phones (tail);

-- The audit chain. id is assigned from audit_head.seq inside the writing transaction, so the chain
-- has no gaps and two workstations can never fork it (the UPDATE on audit_head serialises them).
CREATE TABLE audit_events (
    id BIGINT PRIMARY KEY,
    at_ms BIGINT NOT NULL,
    actor_id BIGINT,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    action TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_events_entity ON audit_events (entity, entity_id);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, last_hash) VALUES (1, 0, '');

-- @sqlite
CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only: they cannot be changed');
END;
CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only: they cannot be deleted');
END;
CREATE TRIGGER sites_no_delete BEFORE DELETE ON sites BEGIN
    SELECT RAISE(ABORT, 'records are never deleted; deactivate them instead');
END;
CREATE TRIGGER users_no_delete BEFORE DELETE ON users BEGIN
    SELECT RAISE(ABORT, 'records are never deleted; deactivate them instead');
END;
CREATE TRIGGER units_no_delete BEFORE DELETE ON units BEGIN
    SELECT RAISE(ABORT, 'records are never deleted; deactivate them instead');
END;
CREATE TRIGGER residents_no_delete BEFORE DELETE ON residents BEGIN
    SELECT RAISE(ABORT, 'records are never deleted; deactivate them instead');
END;

-- @postgres
CREATE FUNCTION fd_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'records of % are never changed or deleted this way (%)', TG_TABLE_NAME, TG_OP;
END
$$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER sites_no_delete BEFORE DELETE ON sites FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER users_no_delete BEFORE DELETE ON users FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER units_no_delete BEFORE DELETE ON units FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER residents_no_delete BEFORE DELETE ON residents FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

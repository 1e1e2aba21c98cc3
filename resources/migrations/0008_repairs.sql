-- FrontDesk schema 8: repairs (R-RP-1..5). The site's fee schedule (有偿服务项目及收费标准), the
-- numbered dispatch orders (维修派工单) and what the department reports when the work comes back.
-- Money is integer fen; instants are BIGINT UTC epoch milliseconds. Nothing here is deleted: a fee
-- item is switched off (active = FALSE), orders and returns are records.
-- @all
CREATE TABLE fee_items (
    id {{ID}},
    code TEXT NOT NULL UNIQUE CHECK (code <> ''),
    name TEXT NOT NULL CHECK (name <> ''),
    unit TEXT NOT NULL DEFAULT '',
    price_fen BIGINT NOT NULL CHECK (price_fen > 0),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- One row per dispatch of a repair. items_json holds the quoted lines as priced at dispatch
-- (code, name, unit, price_fen, quantity, amount_fen), so a later price change never rewrites an order.
CREATE TABLE repair_orders (
    id {{ID}},
    ticket_id BIGINT NOT NULL REFERENCES tickets(id),
    number TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL DEFAULT '',
    paid BOOLEAN NOT NULL DEFAULT FALSE,
    items_json TEXT NOT NULL DEFAULT '[]',
    total_fen BIGINT NOT NULL DEFAULT 0 CHECK (total_fen >= 0),
    department TEXT NOT NULL CHECK (department <> ''),
    technician TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_ms BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id)
);
CREATE INDEX repair_orders_ticket ON repair_orders (ticket_id, id);

-- The order comes back (R-RP-3): the result, who did it, materials, time spent and the charge.
CREATE TABLE repair_returns (
    id {{ID}},
    ticket_id BIGINT NOT NULL REFERENCES tickets(id),
    order_id BIGINT REFERENCES repair_orders(id),
    technician TEXT NOT NULL CHECK (technician <> ''),
    materials TEXT NOT NULL DEFAULT '',
    minutes_spent INTEGER NOT NULL CHECK (minutes_spent >= 0),
    charge_fen BIGINT NOT NULL CHECK (charge_fen >= 0),
    result TEXT NOT NULL CHECK (result <> ''),
    at_ms BIGINT NOT NULL,
    recorded_by BIGINT REFERENCES users(id)
);
CREATE INDEX repair_returns_ticket ON repair_returns (ticket_id, id);

-- @sqlite
CREATE TRIGGER fee_items_no_delete BEFORE DELETE ON fee_items BEGIN
    SELECT RAISE(ABORT, 'fee items are never deleted; switch them off instead');
END;
CREATE TRIGGER repair_orders_no_delete BEFORE DELETE ON repair_orders BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER repair_orders_no_update BEFORE UPDATE ON repair_orders BEGIN
    SELECT RAISE(ABORT, 'a dispatch order is not changed once issued; dispatch again instead');
END;
CREATE TRIGGER repair_returns_no_delete BEFORE DELETE ON repair_returns BEGIN
    SELECT RAISE(ABORT, 'records are never deleted');
END;
CREATE TRIGGER repair_returns_no_update BEFORE UPDATE ON repair_returns BEGIN
    SELECT RAISE(ABORT, 'a recorded return is not changed');
END;

-- @postgres
CREATE TRIGGER fee_items_no_delete BEFORE DELETE ON fee_items FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER repair_orders_append_only BEFORE UPDATE OR DELETE ON repair_orders
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER repair_returns_append_only BEFORE UPDATE OR DELETE ON repair_returns
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();

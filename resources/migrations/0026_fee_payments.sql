-- FrontDesk schema 26: fees (费用收缴, issue 13), part two: payments and their receipts (R-FE-2),
-- append-only like the bills (R-FE-5). A payment is never changed or deleted; a mistake is a reversal
-- with a reason and the manager's approval, which takes the payment out of every sum.
-- @all
-- A payment of one unit, with its numbered receipt (收据). amount_fen is what was paid; credit_fen is
-- the part that settled no bill and became the unit's prepaid balance (预存). Every method but cash
-- has the transaction's reference.
CREATE TABLE payments (
    id {{ID}},
    receipt_no TEXT NOT NULL UNIQUE,
    unit_id BIGINT NOT NULL REFERENCES units(id),
    method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'wechat', 'alipay', 'transfer')),
    reference TEXT NOT NULL DEFAULT '',
    payer TEXT NOT NULL DEFAULT '',
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    credit_fen BIGINT NOT NULL CHECK (credit_fen >= 0 AND credit_fen <= amount_fen),
    taken_ms BIGINT NOT NULL,
    taken_by BIGINT NOT NULL REFERENCES users(id),
    CHECK (method = 'cash' OR reference <> '')
);
CREATE INDEX payments_unit ON payments (unit_id);
CREATE INDEX payments_taken ON payments (taken_ms);
-- The few units with a prepaid balance, read by every billing run.
CREATE INDEX payments_credit ON payments (unit_id) WHERE credit_fen > 0;

-- What settled a bill line: part of a payment, or (payment_id NULL, from_credit) the unit's prepaid
-- balance when a later bill was confirmed. A line's outstanding amount is its amount less these,
-- those of reversed payments left out.
CREATE TABLE payment_allocations (
    id {{ID}},
    payment_id BIGINT REFERENCES payments(id),
    line_id BIGINT NOT NULL REFERENCES bill_lines(id),
    unit_id BIGINT NOT NULL REFERENCES units(id),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    from_credit BOOLEAN NOT NULL DEFAULT FALSE,
    created_ms BIGINT NOT NULL,
    CHECK ((payment_id IS NULL) = from_credit)
);
CREATE INDEX payment_allocations_line ON payment_allocations (line_id);
CREATE INDEX payment_allocations_payment ON payment_allocations (payment_id);
CREATE INDEX payment_allocations_credit ON payment_allocations (unit_id) WHERE from_credit;

-- A payment taken back (a wrong amount, a wrong unit, a bounced transfer): who asked, the manager
-- who approved, and why. The payment and its receipt stay; the receipt reprints as voided (作废).
CREATE TABLE payment_reversals (
    id {{ID}},
    payment_id BIGINT NOT NULL UNIQUE REFERENCES payments(id),
    reason TEXT NOT NULL CHECK (reason <> ''),
    requested_by BIGINT NOT NULL REFERENCES users(id),
    approved_by BIGINT NOT NULL REFERENCES users(id),
    created_ms BIGINT NOT NULL
);

-- @sqlite
CREATE TRIGGER payments_append_only_update BEFORE UPDATE ON payments BEGIN
    SELECT RAISE(ABORT, 'a payment is never changed; a mistake is a reversal');
END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments BEGIN
    SELECT RAISE(ABORT, 'a payment is never deleted; a mistake is a reversal');
END;
CREATE TRIGGER payment_allocations_append_only_update BEFORE UPDATE ON payment_allocations BEGIN
    SELECT RAISE(ABORT, 'a settlement is never changed');
END;
CREATE TRIGGER payment_allocations_no_delete BEFORE DELETE ON payment_allocations BEGIN
    SELECT RAISE(ABORT, 'a settlement is never deleted');
END;
CREATE TRIGGER payment_reversals_append_only_update BEFORE UPDATE ON payment_reversals BEGIN
    SELECT RAISE(ABORT, 'a reversal is never changed');
END;
CREATE TRIGGER payment_reversals_no_delete BEFORE DELETE ON payment_reversals BEGIN
    SELECT RAISE(ABORT, 'a reversal is never deleted');
END;

-- @postgres
CREATE TRIGGER payments_append_only BEFORE UPDATE OR DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER payment_allocations_append_only BEFORE UPDATE OR DELETE ON payment_allocations
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER payment_reversals_append_only BEFORE UPDATE OR DELETE ON payment_reversals
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER payments_no_truncate BEFORE TRUNCATE ON payments FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();

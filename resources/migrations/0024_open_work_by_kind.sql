-- FrontDesk schema 24: the repairs and complaints pages list open work first (issue 12). Sorting every
-- repair of a ten-year site open-first took 1.3 s on the first view; now each page is read as two
-- parts along these indexes: the open tickets of a kind (a partial index, few rows, used by
-- repeating its condition word for word: status NOT IN ('closed', 'cancelled'),
-- TicketStore::finishedStatuses()), then the finished ones newest first, or by their resolution limit.
-- @all
CREATE INDEX tickets_open_kind ON tickets (kind, occurred_ms, id) WHERE status NOT IN ('closed', 'cancelled');
CREATE INDEX tickets_kind_occurred ON tickets (kind, occurred_ms, id);
CREATE INDEX tickets_kind_resolve_by ON tickets (kind, resolve_by_ms, id);

-- FrontDesk schema 24: the repairs and complaints pages list open work first (issue 12). Sorting every
-- repair of a ten-year site open-first took 1.3 s on the first view; now each page is read in parts
-- along these indexes: the open tickets of a kind, then the finished ones newest first or by their
-- resolution limit. All three are partial, split on whether a ticket is finished, so a query for
-- open work can only take the small open index (with no statistics, SQLite took a whole-kind index
-- instead and read every complaint). Queries use them by repeating the condition word for word:
-- status [NOT] IN ('closed', 'cancelled') (TicketStore::finishedStatuses()).
-- @all
CREATE INDEX tickets_open_kind ON tickets (kind, occurred_ms, id) WHERE status NOT IN ('closed', 'cancelled');
CREATE INDEX tickets_done_kind ON tickets (kind, occurred_ms, id) WHERE status IN ('closed', 'cancelled');
CREATE INDEX tickets_done_kind_resolve_by ON tickets (kind, resolve_by_ms, id) WHERE status IN ('closed', 'cancelled');

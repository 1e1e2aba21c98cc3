-- FrontDesk schema 6: an index of the open work by who entered it and when. "My open work" (the
-- queues), the departments with open work and the handover sheet's tickets (those entered during a
-- shift) read only open tickets; on a ten-year site almost every ticket is closed, so the index
-- holds just the open ones. Queries use it by repeating its condition word for word:
-- status NOT IN ('closed', 'cancelled') (TicketStore::finishedStatuses()).
-- @all
CREATE INDEX tickets_open_by ON tickets (created_by, created_ms) WHERE status NOT IN ('closed', 'cancelled');

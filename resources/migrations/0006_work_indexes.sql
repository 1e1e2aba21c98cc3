-- FrontDesk schema 6: indexes for the work a person did. "My open work" (the queues) and the
-- handover sheet's tickets (those entered during a shift) look tickets up by who entered them and
-- when; without this index both read every ticket of ten years.
-- @all
CREATE INDEX tickets_created_by ON tickets (created_by, created_ms);

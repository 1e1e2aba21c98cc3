-- FrontDesk schema 11: a ticket marked major, urgent or sudden at intake (重大/紧急/突发) is
-- reported to the superior at once (R-IN-2): the reminders raise a report for it, as for a major
-- or important complaint. Set when the ticket opens; never changed afterwards.
-- @all
ALTER TABLE tickets ADD COLUMN urgent BOOLEAN NOT NULL DEFAULT FALSE;

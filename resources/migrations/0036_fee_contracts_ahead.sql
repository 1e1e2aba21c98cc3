-- FrontDesk schema 36: fees (issue 13), a monthly contract paid one month ahead (R-FE-4: a special
-- service by the month, e.g. weekly cleaning, is paid a month ahead). An item marked `ahead` (monthly,
-- by floor area or a fixed amount) is billed by the month's run for the next month as well, due on
-- the month's due day; the line keeps the month it pays for. The month's payment notice lists it.
-- The index by month serves the notices and the run's look for what a month has billed already.
-- @all
ALTER TABLE charge_items ADD COLUMN ahead BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX bill_lines_period ON bill_lines (period);

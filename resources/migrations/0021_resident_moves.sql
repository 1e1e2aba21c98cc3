-- FrontDesk schema 21: residents and their phones are kept at the desk (issue 11), never deleted.
-- A resident who moves out keeps their row with the day they left (moved_out_ms, with active false);
-- a phone number that is no longer theirs keeps its row with the instant it was ended (ended_ms).
-- NULL means still current. Instants are BIGINT UTC epoch milliseconds.
-- @all
ALTER TABLE residents ADD COLUMN moved_out_ms BIGINT;
ALTER TABLE resident_phones ADD COLUMN ended_ms BIGINT;

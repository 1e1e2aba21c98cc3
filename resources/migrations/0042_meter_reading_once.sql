-- FrontDesk schema 42: one reading of a month counts (issue 16, several desks on one server).
-- A month's reading is corrected by a new one that replaces it (replaces_id, unique since schema 33, so
-- a reading is corrected once); the first reading of a unit's item for a month is now unique too, so
-- two desks recording it at the same moment cannot both write one: the second is refused and says
-- whose reading is there.
CREATE UNIQUE INDEX meter_readings_first_of_month ON meter_readings (unit_id, item_id, period)
    WHERE replaces_id IS NULL;

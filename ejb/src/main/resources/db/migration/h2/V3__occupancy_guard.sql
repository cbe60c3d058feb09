-- H2 has no exclusion constraints: on the embedded database the booking service's row locks are the
-- guard (the same version number as PostgreSQL's V3 keeps one history on both databases).
-- What H2 can refuse: the very same slot recorded twice for a hall.
CREATE UNIQUE INDEX hall_occupancy_same_slot ON hall_occupancy (hall_code, starts_at);

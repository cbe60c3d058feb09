-- PostgreSQL makes overlapping occupation of a hall impossible, whatever the code does:
-- two confirmed bookings, or a booking and a blackout, never share a plain hall at the same time.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE hall_occupancy ADD CONSTRAINT hall_occupancy_no_overlap
    EXCLUDE USING gist (hall_code WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&);

-- "Occupancy" will mean people inside a hall at the gates; the rows of floor space taken by confirmed
-- bookings and blackouts are the hall's occupation.
ALTER TABLE hall_occupancy RENAME TO hall_occupation;

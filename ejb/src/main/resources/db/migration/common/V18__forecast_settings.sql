-- The organizer's own settings of an event's crowd forecast (the insight context): the longest wait at a gate that
-- the lane plan keeps the queue under. No row: the default (5 minutes).
CREATE TABLE forecast_setting (
    event_id             VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES expo_event (id),
    target_wait_minutes  INTEGER      NOT NULL CHECK (target_wait_minutes BETWEEN 1 AND 60),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100) NOT NULL
);

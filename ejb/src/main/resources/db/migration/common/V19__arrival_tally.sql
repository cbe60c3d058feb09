-- The live forecast's tally, kept as scans are stored (issue 23): each badge's first entry of a show day, counted per
-- gate, badge kind and quarter-hour of the day's opening hours, in the scan's own transaction. Its rows are per gate,
-- as gate_count's are: a scan that adds to one already holds its gate's count row, so the tally adds no contention.
-- A figure only (no badge): what the gate decided stays in gate_scan, from which V20 fills this for days already
-- scanned.
CREATE TABLE gate_arrival (
    event_id       VARCHAR(36)  NOT NULL REFERENCES expo_event (id),
    arrival_day    DATE         NOT NULL,
    gate_code      VARCHAR(20)  NOT NULL,
    hall_code      VARCHAR(10)  NOT NULL,
    badge_kind     VARCHAR(20)  NOT NULL,
    -- the start of the quarter-hour, counted from the day's opening time when the scan was stored
    quarter_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    arrivals       INTEGER      NOT NULL CHECK (arrivals >= 0),
    PRIMARY KEY (event_id, arrival_day, gate_code, badge_kind, quarter_start)
);

-- the last show day on which the badge's holder entered a hall (a counted entry): an entry on another day is the
-- holder's first of that day, an arrival (inside_day is cleared on the way out, this is not)
ALTER TABLE gate_presence ADD COLUMN entered_day DATE;

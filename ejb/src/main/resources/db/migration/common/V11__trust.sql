-- Trust at the door (issue 19): how many booths one company may hold at once at an event (the organizer's setting
-- on the event's terms; reservations are not limited).
ALTER TABLE expo_event ADD COLUMN max_holds_per_company INTEGER DEFAULT 3 NOT NULL;
ALTER TABLE expo_event ADD CONSTRAINT expo_event_max_holds_range CHECK (max_holds_per_company BETWEEN 1 AND 1000);

-- Failed sign-ins, counted where every server of a cluster sees them and a restart keeps them (issue 19, item 3).
-- One row per thing counted: "pair:<user>|<source>" (an account from one address or one known device),
-- "addr:<address>" (every account from one address), "acct:<user>" (one account from everywhere).
CREATE TABLE sign_in_counter (
    counter_key   VARCHAR(200)             NOT NULL PRIMARY KEY,
    failures      INTEGER                  NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE,
    notified_at   TIMESTAMP WITH TIME ZONE
);

-- Where an account signed in with its password before: browsers (OWASP's device cookie, kept only as the SHA-256 of
-- its secret) and, over the API, the address it last signed in from. Failures from elsewhere never hold these back.
CREATE TABLE known_device (
    token_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
    username   VARCHAR(32)              NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    kind       VARCHAR(8)               NOT NULL CHECK (kind IN ('COOKIE', 'ADDRESS')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX known_device_user ON known_device (username, kind);

-- A password someone else chose (the first admin's, generated and written once to the log) must be changed at
-- the first sign-in before anything else is done.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;

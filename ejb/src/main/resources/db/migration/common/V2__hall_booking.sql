-- Hall booking: ranked holds, confirmed bookings, the occupancy calendar, booking policy, VAT rules.

-- The venue's booking policy: one row.
CREATE TABLE booking_policy (
    id                     INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    hold_days              INTEGER NOT NULL CHECK (hold_days BETWEEN 1 AND 90),
    move_day_rate_percent  INTEGER NOT NULL CHECK (move_day_rate_percent BETWEEN 0 AND 100),
    version                BIGINT  NOT NULL
);
INSERT INTO booking_policy (id, hold_days, move_day_rate_percent, version) VALUES (1, 7, 50, 1);

-- VAT by dated rule: the rate (in basis points, 1000 = 10%) valid on each local date [valid_from, valid_to].
CREATE TABLE vat_rule (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    valid_from   DATE        NOT NULL,
    valid_to     DATE,
    rate_bp      INTEGER     NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    note         VARCHAR(200),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
-- Standard 10%; 8% for many services from 2025-07-01 to 2026-12-31 (Resolution 204/2025/QH15).
-- Whether hall rental qualifies depends on tax advice: the venue admin can change these rules.
INSERT INTO vat_rule (id, valid_from, valid_to, rate_bp, note) VALUES
    ('vat-standard-before-2025-07', DATE '2000-01-01', DATE '2025-06-30', 1000, 'VAT 10%'),
    ('vat-reduced-2025-07-2026-12', DATE '2025-07-01', DATE '2026-12-31', 800, 'VAT 8% (reduced rate)'),
    ('vat-standard-from-2027', DATE '2027-01-01', NULL, 1000, 'VAT 10%');

CREATE TABLE hall_booking (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    hall_code        VARCHAR(10)  NOT NULL REFERENCES hall (code),
    organizer        VARCHAR(32)  NOT NULL REFERENCES app_user (username),
    title            VARCHAR(200) NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    move_in_days     INTEGER      NOT NULL CHECK (move_in_days >= 0),
    move_out_days    INTEGER      NOT NULL CHECK (move_out_days >= 0),
    status           VARCHAR(12)  NOT NULL CHECK (status IN ('TENTATIVE', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'REJECTED')),
    queue_rank       INTEGER      CHECK (queue_rank >= 1),
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    hold_expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at     TIMESTAMP WITH TIME ZONE,
    confirmed_by     VARCHAR(32),
    override_reason  VARCHAR(500),
    closed_at        TIMESTAMP WITH TIME ZONE,
    closed_by        VARCHAR(32),
    close_reason     VARCHAR(500),
    net_vnd          BIGINT       NOT NULL CHECK (net_vnd >= 0),
    vat_vnd          BIGINT       NOT NULL CHECK (vat_vnd >= 0),
    gross_vnd        BIGINT       NOT NULL CHECK (gross_vnd = net_vnd + vat_vnd),
    version          BIGINT       NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK ((status = 'TENTATIVE') = (queue_rank IS NOT NULL)),
    CHECK (status <> 'CONFIRMED' OR confirmed_at IS NOT NULL)
);
CREATE INDEX hall_booking_by_hall ON hall_booking (hall_code, starts_at);
CREATE INDEX hall_booking_by_organizer ON hall_booking (organizer, starts_at);
CREATE INDEX hall_booking_by_status ON hall_booking (status, hold_expires_at);

-- What physically occupies each plain hall: confirmed bookings and blackouts, one row per plain hall
-- (a booking or blackout of a combined hall has a row for each part). Never two overlapping rows
-- for the same hall: PostgreSQL enforces it with an exclusion constraint (V3), the code by locking.
CREATE TABLE hall_occupancy (
    id          VARCHAR(48) NOT NULL PRIMARY KEY,
    hall_code   VARCHAR(10) NOT NULL REFERENCES hall (code),
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    booking_id  VARCHAR(36) REFERENCES hall_booking (id),
    blackout_id VARCHAR(36) REFERENCES blackout (id),
    CHECK (ends_at > starts_at),
    CHECK ((booking_id IS NULL) <> (blackout_id IS NULL))
);
CREATE INDEX hall_occupancy_by_hall ON hall_occupancy (hall_code, starts_at);
CREATE INDEX hall_occupancy_by_booking ON hall_occupancy (booking_id);
CREATE INDEX hall_occupancy_by_blackout ON hall_occupancy (blackout_id);

-- blackouts recorded before this version occupy their hall (or each part of a combined hall)
INSERT INTO hall_occupancy (id, hall_code, starts_at, ends_at, booking_id, blackout_id)
SELECT b.id || '-' || b.hall_code, b.hall_code, b.starts_at, b.ends_at, NULL, b.id
FROM blackout b
WHERE NOT EXISTS (SELECT 1 FROM hall_part p WHERE p.combined_code = b.hall_code);
INSERT INTO hall_occupancy (id, hall_code, starts_at, ends_at, booking_id, blackout_id)
SELECT b.id || '-' || p.part_code, p.part_code, b.starts_at, b.ends_at, NULL, b.id
FROM blackout b JOIN hall_part p ON p.combined_code = b.hall_code;

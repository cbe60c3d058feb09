-- Hall outlines for floor plans, and events on confirmed bookings. Portable SQL (H2 2.x, PostgreSQL 13+).

-- a hall's floor as a rectangle in centimetres, empty until the venue admin gives it
ALTER TABLE hall ADD COLUMN width_cm INTEGER CHECK (width_cm > 0);
ALTER TABLE hall ADD COLUMN depth_cm INTEGER CHECK (depth_cm > 0);

-- what no booth may cover: pillars, fire exits, doors, technical areas
CREATE TABLE hall_feature (
    hall_code  VARCHAR(10) NOT NULL REFERENCES hall (code),
    position   INTEGER     NOT NULL,
    kind       VARCHAR(12) NOT NULL CHECK (kind IN ('PILLAR', 'FIRE_EXIT', 'DOOR', 'TECHNICAL')),
    x_cm       INTEGER     NOT NULL CHECK (x_cm >= 0),
    y_cm       INTEGER     NOT NULL CHECK (y_cm >= 0),
    width_cm   INTEGER     NOT NULL CHECK (width_cm > 0),
    depth_cm   INTEGER     NOT NULL CHECK (depth_cm > 0),
    label      VARCHAR(60),
    PRIMARY KEY (hall_code, position)
);

CREATE TABLE expo_event (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    organizer        VARCHAR(32)   NOT NULL REFERENCES app_user (username),
    name_vi          VARCHAR(200)  NOT NULL,
    name_en          VARCHAR(200)  NOT NULL,
    description_vi   VARCHAR(4000),
    description_en   VARCHAR(4000),
    status           VARCHAR(12)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the first move-in day and the last move-out day of its bookings: contractors' badges admit then
    move_in_from     DATE          NOT NULL,
    move_out_to      DATE          NOT NULL,
    booth_hold_days  INTEGER       NOT NULL CHECK (booth_hold_days BETWEEN 1 AND 90),
    deposit_percent  INTEGER       NOT NULL CHECK (deposit_percent BETWEEN 0 AND 100),
    sqm_per_staff    INTEGER       NOT NULL CHECK (sqm_per_staff BETWEEN 1 AND 1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (move_out_to >= move_in_from),
    CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
);
CREATE INDEX expo_event_by_organizer ON expo_event (organizer, starts_at);
CREATE INDEX expo_event_by_status ON expo_event (status, starts_at);

-- the confirmed bookings an event runs on; a booking serves one event
CREATE TABLE event_booking (
    event_id    VARCHAR(36) NOT NULL REFERENCES expo_event (id),
    booking_id  VARCHAR(36) NOT NULL REFERENCES hall_booking (id),
    hall_code   VARCHAR(10) NOT NULL REFERENCES hall (code),
    PRIMARY KEY (event_id, booking_id),
    CONSTRAINT event_booking_once UNIQUE (booking_id)
);

-- show days and their opening hours (minutes after local midnight)
CREATE TABLE event_day (
    event_id     VARCHAR(36) NOT NULL REFERENCES expo_event (id),
    show_day     DATE        NOT NULL,
    opens_min    INTEGER     NOT NULL CHECK (opens_min BETWEEN 0 AND 1439),
    closes_min   INTEGER     NOT NULL CHECK (closes_min BETWEEN 1 AND 1440),
    PRIMARY KEY (event_id, show_day),
    CHECK (closes_min > opens_min)
);

-- the badges an event issues, with the days and halls each admits
CREATE TABLE badge_type (
    id        VARCHAR(36) NOT NULL PRIMARY KEY,
    event_id  VARCHAR(36) NOT NULL REFERENCES expo_event (id),
    kind      VARCHAR(20) NOT NULL CHECK (kind IN ('VISITOR', 'EXHIBITOR_STAFF', 'ORGANIZER_STAFF', 'PRESS', 'VIP', 'CONTRACTOR')),
    CONSTRAINT badge_type_once UNIQUE (event_id, kind)
);
CREATE TABLE badge_type_day (
    badge_type_id  VARCHAR(36) NOT NULL REFERENCES badge_type (id),
    admits_day     DATE        NOT NULL,
    PRIMARY KEY (badge_type_id, admits_day)
);
CREATE TABLE badge_type_hall (
    badge_type_id  VARCHAR(36) NOT NULL REFERENCES badge_type (id),
    hall_code      VARCHAR(10) NOT NULL REFERENCES hall (code),
    PRIMARY KEY (badge_type_id, hall_code)
);

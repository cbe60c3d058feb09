-- Venue catalogue and accounts. Portable SQL: runs on H2 2.x and PostgreSQL 13+.

CREATE TABLE hall (
    code          VARCHAR(10)  NOT NULL PRIMARY KEY,
    name_vi       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('EXHIBITION_HALL', 'OUTDOOR_AREA', 'CONFERENCE_ROOM')),
    area_sqm      INTEGER      NOT NULL CHECK (area_sqm > 0),
    capacity      INTEGER      NOT NULL CHECK (capacity > 0 AND capacity <= 2 * area_sqm),
    day_rate_vnd  BIGINT       NOT NULL CHECK (day_rate_vnd >= 0),
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);

-- the plain halls a combined hall occupies
CREATE TABLE hall_part (
    combined_code VARCHAR(10) NOT NULL REFERENCES hall (code),
    part_code     VARCHAR(10) NOT NULL REFERENCES hall (code),
    PRIMARY KEY (combined_code, part_code),
    CHECK (combined_code <> part_code)
);
CREATE INDEX hall_part_by_part ON hall_part (part_code);

-- periods in which a hall cannot be booked, half-open [starts_at, ends_at)
CREATE TABLE blackout (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    hall_code   VARCHAR(10)  NOT NULL REFERENCES hall (code),
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    created_by  VARCHAR(32),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX blackout_by_hall ON blackout (hall_code, starts_at);

CREATE TABLE app_user (
    username      VARCHAR(32)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    full_name     VARCHAR(100) NOT NULL,
    email         VARCHAR(200),
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE app_user_role (
    username VARCHAR(32) NOT NULL REFERENCES app_user (username),
    role     VARCHAR(20) NOT NULL CHECK (role IN ('VENUE_ADMIN', 'ORGANIZER', 'EXHIBITOR', 'GATE_STAFF')),
    PRIMARY KEY (username, role)
);

-- Exhibitors, floor plans and booths, booth reservations, payment requests and payments, exhibitor staff.

CREATE TABLE exhibitor (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    company_name  VARCHAR(200)  NOT NULL,
    tax_code      VARCHAR(13)   NOT NULL,
    address       VARCHAR(300)  NOT NULL,
    contact_name  VARCHAR(100)  NOT NULL,
    email         VARCHAR(254)  NOT NULL,
    phone         VARCHAR(30)   NOT NULL,
    website       VARCHAR(200),
    products      VARCHAR(2000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL
);
CREATE TABLE exhibitor_category (
    exhibitor_id  VARCHAR(36) NOT NULL REFERENCES exhibitor (id),
    category      VARCHAR(30) NOT NULL,
    PRIMARY KEY (exhibitor_id, category)
);
-- the accounts that act for a company (an account acts for one company)
CREATE TABLE exhibitor_member (
    username      VARCHAR(32) NOT NULL PRIMARY KEY REFERENCES app_user (username),
    exhibitor_id  VARCHAR(36) NOT NULL REFERENCES exhibitor (id)
);
CREATE INDEX exhibitor_member_by_company ON exhibitor_member (exhibitor_id);

-- booths (and blocked areas) of an event's floor plan, in centimetres from the hall's top-left corner
CREATE TABLE booth (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    event_id       VARCHAR(36)  NOT NULL REFERENCES expo_event (id),
    hall_code      VARCHAR(10)  NOT NULL REFERENCES hall (code),
    booth_number   VARCHAR(30)  NOT NULL,
    x_cm           INTEGER      NOT NULL CHECK (x_cm >= 0),
    y_cm           INTEGER      NOT NULL CHECK (y_cm >= 0),
    width_cm       INTEGER      NOT NULL CHECK (width_cm > 0),
    depth_cm       INTEGER      NOT NULL CHECK (depth_cm > 0),
    kind           VARCHAR(10)  NOT NULL CHECK (kind IN ('INLINE', 'CORNER', 'PENINSULA', 'ISLAND', 'BLOCKED')),
    label          VARCHAR(60),
    pricing        VARCHAR(10)  NOT NULL CHECK (pricing IN ('PER_BOOTH', 'PER_SQM')),
    price_vnd      BIGINT       NOT NULL CHECK (price_vnd >= 0),
    status         VARCHAR(10)  NOT NULL CHECK (status IN ('AVAILABLE', 'ON_HOLD', 'RESERVED', 'SOLD', 'BLOCKED')),
    combined_into  VARCHAR(36)  REFERENCES booth (id),
    version        BIGINT       NOT NULL,
    CONSTRAINT booth_number_once UNIQUE (event_id, booth_number),
    CHECK ((kind = 'BLOCKED') = (status = 'BLOCKED'))
);
CREATE INDEX booth_by_event ON booth (event_id, hall_code);
CREATE INDEX booth_by_combined ON booth (combined_into);

CREATE TABLE booth_reservation (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    event_id         VARCHAR(36)  NOT NULL REFERENCES expo_event (id),
    booth_id         VARCHAR(36)  NOT NULL REFERENCES booth (id),
    exhibitor_id     VARCHAR(36)  NOT NULL REFERENCES exhibitor (id),
    requested_by     VARCHAR(32)  NOT NULL,
    status           VARCHAR(10)  NOT NULL CHECK (status IN ('ON_HOLD', 'RESERVED', 'SOLD', 'REJECTED', 'CANCELLED', 'EXPIRED')),
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    hold_expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    decided_by       VARCHAR(32),
    closed_at        TIMESTAMP WITH TIME ZONE,
    closed_by        VARCHAR(32),
    close_reason     VARCHAR(500),
    version          BIGINT       NOT NULL
);
CREATE INDEX booth_reservation_by_event ON booth_reservation (event_id, status);
CREATE INDEX booth_reservation_by_exhibitor ON booth_reservation (exhibitor_id, requested_at);
CREATE INDEX booth_reservation_due ON booth_reservation (status, hold_expires_at);
CREATE INDEX booth_reservation_by_booth ON booth_reservation (booth_id);

-- One booth, one exhibitor: a live reservation claims its booth and, for a combined booth, each booth it
-- is made of. The primary key refuses a second claim on the same floor, whatever the code does.
CREATE TABLE booth_claim (
    booth_id        VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES booth (id),
    reservation_id  VARCHAR(36) NOT NULL REFERENCES booth_reservation (id)
);
CREATE INDEX booth_claim_by_reservation ON booth_claim (reservation_id);

-- gap-free numbers per kind of document and year: the row is locked while a number is taken
CREATE TABLE document_sequence (
    kind        VARCHAR(20) NOT NULL,
    seq_year    INTEGER     NOT NULL,
    last_value  INTEGER     NOT NULL CHECK (last_value >= 0),
    PRIMARY KEY (kind, seq_year)
);

-- the payment request issued when a reservation is approved (not the legal e-invoice: see the README)
CREATE TABLE payment_request (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    doc_number       VARCHAR(20)  NOT NULL,
    seq_year         INTEGER      NOT NULL,
    seq_value        INTEGER      NOT NULL CHECK (seq_value > 0),
    reservation_id   VARCHAR(36)  NOT NULL REFERENCES booth_reservation (id),
    event_id         VARCHAR(36)  NOT NULL REFERENCES expo_event (id),
    exhibitor_id     VARCHAR(36)  NOT NULL REFERENCES exhibitor (id),
    buyer_name       VARCHAR(200) NOT NULL,
    buyer_tax_code   VARCHAR(13)  NOT NULL,
    buyer_address    VARCHAR(300) NOT NULL,
    buyer_email      VARCHAR(254) NOT NULL,
    event_name_vi    VARCHAR(200) NOT NULL,
    event_name_en    VARCHAR(200) NOT NULL,
    booth_number     VARCHAR(30)  NOT NULL,
    hall_code        VARCHAR(10)  NOT NULL,
    booth_area_cm2   BIGINT       NOT NULL CHECK (booth_area_cm2 > 0),
    first_show_day   DATE         NOT NULL,
    last_show_day    DATE         NOT NULL,
    net_vnd          BIGINT       NOT NULL CHECK (net_vnd >= 0),
    vat_vnd          BIGINT       NOT NULL CHECK (vat_vnd >= 0),
    gross_vnd        BIGINT       NOT NULL CHECK (gross_vnd = net_vnd + vat_vnd),
    deposit_vnd      BIGINT       NOT NULL CHECK (deposit_vnd >= 0 AND deposit_vnd <= gross_vnd),
    paid_vnd         BIGINT       NOT NULL CHECK (paid_vnd >= 0 AND paid_vnd <= gross_vnd),
    deposit_due      DATE         NOT NULL,
    balance_due      DATE         NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by        VARCHAR(32)  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT payment_request_number_once UNIQUE (doc_number),
    CONSTRAINT payment_request_seq_once UNIQUE (seq_year, seq_value),
    CONSTRAINT payment_request_one_per_reservation UNIQUE (reservation_id)
);
CREATE INDEX payment_request_by_event ON payment_request (event_id);
CREATE TABLE payment_request_vat (
    payment_request_id  VARCHAR(36) NOT NULL REFERENCES payment_request (id),
    rate_bp             INTEGER     NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    base_vnd            BIGINT      NOT NULL CHECK (base_vnd >= 0),
    vat_vnd             BIGINT      NOT NULL CHECK (vat_vnd >= 0),
    PRIMARY KEY (payment_request_id, rate_bp)
);
CREATE TABLE payment (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    payment_request_id  VARCHAR(36)  NOT NULL REFERENCES payment_request (id),
    amount_vnd          BIGINT       NOT NULL CHECK (amount_vnd > 0),
    received_on         DATE         NOT NULL,
    reference           VARCHAR(100),
    recorded_by         VARCHAR(32)  NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_by_request ON payment (payment_request_id);

-- the people an exhibitor brings to an event (the badge issue prints their badges)
CREATE TABLE exhibitor_staff (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    exhibitor_id  VARCHAR(36)  NOT NULL REFERENCES exhibitor (id),
    event_id      VARCHAR(36)  NOT NULL REFERENCES expo_event (id),
    full_name     VARCHAR(100) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    job_title     VARCHAR(100),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exhibitor_staff_once UNIQUE (event_id, email)
);
CREATE INDEX exhibitor_staff_by_company ON exhibitor_staff (exhibitor_id, event_id);

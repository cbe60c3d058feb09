-- Visitor registration and badges: each event's registration desk (open or closed, the visitor cap, the
-- event's Ed25519 signing key), the badges with their signed codes, and the codes that were revoked.

-- e-mails may carry an attachment made when they are sent (a reference such as badge:<id>)
ALTER TABLE outbox_message ADD COLUMN attachment VARCHAR(200);

CREATE TABLE event_registration (
    event_id            VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES expo_event (id),
    registration_open   BOOLEAN      NOT NULL,
    visitor_cap         INTEGER      CHECK (visitor_cap IS NULL OR visitor_cap > 0),
    visitors            INTEGER      NOT NULL CHECK (visitors >= 0),
    -- X.509 SubjectPublicKeyInfo of the event's Ed25519 key, base64
    public_key          VARCHAR(200) NOT NULL,
    -- the PKCS#8 private key sealed with AES-GCM under the server's master key (a file outside the database), base64
    sealed_private_key  VARCHAR(400) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the cap holds however many register at once (the row is locked per registration, and this backs it)
    CHECK (visitor_cap IS NULL OR visitors <= visitor_cap)
);

CREATE TABLE badge (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    event_id        VARCHAR(36)   NOT NULL REFERENCES event_registration (event_id),
    kind            VARCHAR(20)   NOT NULL CHECK (kind IN ('VISITOR', 'EXHIBITOR_STAFF', 'ORGANIZER_STAFF', 'PRESS', 'VIP', 'CONTRACTOR')),
    -- the random secret in the code (base64url of 16 bytes) and how many times the badge was issued
    secret          VARCHAR(24)   NOT NULL UNIQUE,
    serial          INTEGER       NOT NULL CHECK (serial > 0),
    code            VARCHAR(300)  NOT NULL UNIQUE,
    -- the key in the links of the registration answer and e-mail (base64url of 24 bytes)
    access_key      VARCHAR(32)   NOT NULL,
    full_name       VARCHAR(100)  NOT NULL,
    company         VARCHAR(200),
    job_title       VARCHAR(100),
    email           VARCHAR(254),
    phone           VARCHAR(30),
    locale          VARCHAR(5)    NOT NULL,
    share_contact   BOOLEAN       NOT NULL,
    interests       VARCHAR(1000),
    channel         VARCHAR(12)   NOT NULL CHECK (channel IN ('ONLINE', 'DESK', 'STAFF_LIST')),
    -- a visitor's e-mail in lower case: one visitor badge per e-mail and event, whoever registers at once
    visitor_email   VARCHAR(254),
    staff_id        VARCHAR(36)   UNIQUE,
    exhibitor_id    VARCHAR(36),
    status          VARCHAR(10)   NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
    search_text     VARCHAR(800)  NOT NULL,
    prints          INTEGER       NOT NULL CHECK (prints >= 0),
    -- when the badge was last e-mailed: registering again mails it again, at most once in five minutes
    mailed_at       TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    UNIQUE (event_id, visitor_email),
    CHECK (kind = 'VISITOR' OR visitor_email IS NULL)
);
CREATE INDEX badge_by_event ON badge (event_id, created_at);
CREATE INDEX badge_by_exhibitor ON badge (exhibitor_id, event_id);

-- codes that no longer admit: a revoked badge's code, or the code a reissued badge replaced
CREATE TABLE badge_revocation (
    code        VARCHAR(300) NOT NULL PRIMARY KEY,
    event_id    VARCHAR(36)  NOT NULL REFERENCES event_registration (event_id),
    badge_id    VARCHAR(36)  NOT NULL REFERENCES badge (id),
    reason      VARCHAR(10)  NOT NULL CHECK (reason IN ('REVOKED', 'REISSUED')),
    revoked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX badge_revocation_by_event ON badge_revocation (event_id, revoked_at);

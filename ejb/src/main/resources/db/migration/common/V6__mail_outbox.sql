-- The mail outbox: e-mails stored with the change they tell about, sent after commit with retries.
CREATE TABLE outbox_message (
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    recipient        VARCHAR(200)   NOT NULL,
    subject          VARCHAR(300)   NOT NULL,
    body             VARCHAR(20000) NOT NULL,
    status           VARCHAR(10)    NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts         INTEGER        NOT NULL CHECK (attempts >= 0),
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    version          BIGINT         NOT NULL,
    CHECK (status <> 'SENT' OR sent_at IS NOT NULL)
);
CREATE INDEX outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX outbox_message_by_created ON outbox_message (created_at);

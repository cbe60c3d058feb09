-- One payment request per company and approval, with a line per booth (and per VAT rate where a booth's show days
-- straddle a change of rate). A request can be withdrawn (voided) and replaced by another for the booths still
-- approved; the reservation points at its current request.
CREATE TABLE payment_request_line (
    payment_request_id  VARCHAR(36)  NOT NULL REFERENCES payment_request (id),
    line_no             INTEGER      NOT NULL CHECK (line_no > 0),
    reservation_id      VARCHAR(36)  NOT NULL REFERENCES booth_reservation (id),
    booth_number        VARCHAR(30)  NOT NULL,
    hall_code           VARCHAR(10)  NOT NULL,
    booth_area_cm2      BIGINT       NOT NULL CHECK (booth_area_cm2 > 0),
    rate_bp             INTEGER      NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    net_vnd             BIGINT       NOT NULL CHECK (net_vnd >= 0),
    vat_vnd             BIGINT       NOT NULL CHECK (vat_vnd >= 0),
    PRIMARY KEY (payment_request_id, line_no),
    CONSTRAINT payment_request_line_once UNIQUE (payment_request_id, reservation_id, rate_bp)
);
CREATE INDEX payment_request_line_by_reservation ON payment_request_line (reservation_id);

-- the requests issued so far: one booth each, a line per VAT rate
INSERT INTO payment_request_line (payment_request_id, line_no, reservation_id, booth_number, hall_code, booth_area_cm2,
                                  rate_bp, net_vnd, vat_vnd)
SELECT p.id, (SELECT COUNT(*) FROM payment_request_vat w WHERE w.payment_request_id = p.id AND w.rate_bp <= v.rate_bp),
       p.reservation_id, p.booth_number, p.hall_code, p.booth_area_cm2, v.rate_bp, v.base_vnd, v.vat_vnd
FROM payment_request p JOIN payment_request_vat v ON v.payment_request_id = p.id;

ALTER TABLE booth_reservation ADD COLUMN payment_request_id VARCHAR(36);
UPDATE booth_reservation SET payment_request_id =
    (SELECT p.id FROM payment_request p WHERE p.reservation_id = booth_reservation.id);
ALTER TABLE booth_reservation ADD CONSTRAINT booth_reservation_request_fk
    FOREIGN KEY (payment_request_id) REFERENCES payment_request (id);

ALTER TABLE payment_request ADD COLUMN deposit_percent INTEGER;
UPDATE payment_request SET deposit_percent =
    CASE WHEN gross_vnd = 0 THEN 0 ELSE CAST(ROUND(100.0 * deposit_vnd / gross_vnd) AS INTEGER) END;
ALTER TABLE payment_request ALTER COLUMN deposit_percent SET NOT NULL;
ALTER TABLE payment_request ADD CONSTRAINT payment_request_deposit_percent CHECK (deposit_percent BETWEEN 0 AND 100);
ALTER TABLE payment_request ADD COLUMN voided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE payment_request ADD COLUMN voided_by VARCHAR(32);
ALTER TABLE payment_request ADD COLUMN void_reason VARCHAR(500);
ALTER TABLE payment_request ADD COLUMN replaced_by VARCHAR(36);
ALTER TABLE payment_request ADD CONSTRAINT payment_request_replacement_fk
    FOREIGN KEY (replaced_by) REFERENCES payment_request (id);
-- a request with money on it is never withdrawn
ALTER TABLE payment_request ADD CONSTRAINT payment_request_void_unpaid CHECK (voided_at IS NULL OR paid_vnd = 0);
-- requests of booths cancelled before this version were left as they were: they are withdrawn now
UPDATE payment_request SET voided_at = issued_at, voided_by = issued_by, void_reason = booth_number
WHERE paid_vnd = 0 AND NOT EXISTS (SELECT 1 FROM booth_reservation r
                                   WHERE r.id = payment_request.reservation_id AND r.status IN ('RESERVED', 'SOLD'));

ALTER TABLE payment_request DROP CONSTRAINT payment_request_one_per_reservation;
ALTER TABLE payment_request DROP COLUMN reservation_id;
ALTER TABLE payment_request DROP COLUMN booth_number;
ALTER TABLE payment_request DROP COLUMN hall_code;
ALTER TABLE payment_request DROP COLUMN booth_area_cm2;

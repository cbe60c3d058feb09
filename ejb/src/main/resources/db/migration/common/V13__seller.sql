-- The seller on payment requests: the venue company's legal identity (both languages) and the bank accounts
-- exhibitors pay into. One row; the venue admin keeps it.
CREATE TABLE seller (
    id             VARCHAR(10)   NOT NULL PRIMARY KEY CHECK (id = 'SELLER'),
    legal_name_vi  VARCHAR(200)  NOT NULL,
    legal_name_en  VARCHAR(200)  NOT NULL,
    tax_code       VARCHAR(13)   NOT NULL,
    address_vi     VARCHAR(300)  NOT NULL,
    address_en     VARCHAR(300)  NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE TABLE seller_bank_account (
    seller_id       VARCHAR(10)   NOT NULL REFERENCES seller (id),
    position        INTEGER       NOT NULL CHECK (position >= 0 AND position < 5),
    bank_name       VARCHAR(120)  NOT NULL,
    account_number  VARCHAR(30)   NOT NULL,
    account_holder  VARCHAR(200)  NOT NULL,
    branch          VARCHAR(120),
    PRIMARY KEY (seller_id, position)
);

-- The bank's NAPAS BIN (six digits) of an account to pay into: with it, a payment request carries a VietQR code
-- that Vietnamese banking apps scan to fill in the transfer (bank, account, amount, reference).
ALTER TABLE seller_bank_account ADD COLUMN napas_bin VARCHAR(6);
ALTER TABLE seller_bank_account ADD CONSTRAINT seller_bank_account_bin
    CHECK (napas_bin IS NULL OR CHAR_LENGTH(napas_bin) = 6);

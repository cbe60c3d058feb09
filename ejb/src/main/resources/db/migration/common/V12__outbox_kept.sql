-- A demo run without an SMTP server keeps its e-mails in the outbox, where the venue admin reads them as they
-- would arrive (config/payara.sh: WTC_MAIL_DELIVERY=keep); a kept message counts as sent, never as delivered.
ALTER TABLE outbox_message ADD COLUMN kept BOOLEAN DEFAULT FALSE NOT NULL;

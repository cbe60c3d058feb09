#!/usr/bin/env bash
# Defines the mail session mail/wtcexpo through which the application sends e-mail.
#   WTC_ASADMIN=... WTC_SMTP_HOST=smtp.example WTC_SMTP_PORT=25 WTC_MAIL_FROM=noreply@wtcexpo.vn bash mail-session.sh
set -euo pipefail
ASADMIN="${WTC_ASADMIN:-asadmin}"
host="${WTC_SMTP_HOST:-localhost}"
port="${WTC_SMTP_PORT:-3025}"
from="${WTC_MAIL_FROM:-noreply@wtcexpo.vn}"
"$ASADMIN" delete-javamail-resource mail/wtcexpo >/dev/null 2>&1 || true
"$ASADMIN" create-javamail-resource --mailhost "$host" --mailuser wtcexpo --fromaddress "$from" \
  --property "mail.smtp.port=${port}:mail.smtp.connectiontimeout=5000:mail.smtp.timeout=5000" \
  mail/wtcexpo >/dev/null
echo "mail/wtcexpo -> smtp://${host}:${port}"

#!/usr/bin/env bash
# Starts WTC Expo for production on a Payara Server 6 domain (not the demo run: `mvn -Prun` stays as it is).
#
#   PAYARA_HOME=/opt/payara6 WTC_EAR=/path/wtc-expo.ear \
#   PGHOST=db.example PGDATABASE=wtcexpo PGUSER=wtcexpo PGPASSWORD=… \
#   WTC_TLS_P12=/path/venue.p12 WTC_TLS_PASSWORD=… [WTC_TLS_ALIAS=its alias, default 1 as openssl names it] \
#   [WTC_ADMIN_PASSWORD=…] [WTC_PUBLIC_URL=https://expo.example.vn] [WTC_HTTPS_PORT=443] \
#   [WTC_SMTP_HOST=… WTC_SMTP_PORT=25] \
#   bash config/production.sh
#
# What it does, and why (docs/SECURITY.md says what an operator must set):
#  - Payara's admin password: WTC_ADMIN_PASSWORD, or one generated here and printed once; then secure admin
#    (the admin console and asadmin over TLS only). Done once per domain; later starts keep them.
#  - The database user and password come from the environment, never from a file in the repository. The user
#    must own the schema and must not be a superuser (refused here when psql can tell):
#       CREATE ROLE wtcexpo LOGIN PASSWORD '…' NOSUPERUSER NOCREATEDB NOCREATEROLE;
#       CREATE DATABASE wtcexpo OWNER wtcexpo;
#  - HTTPS with the venue's certificate (its keystore password from the environment); the application redirects
#    plain HTTP to HTTPS, sends Strict-Transport-Security and makes every cookie Secure (wtcexpo.production).
#  - Forwarded headers are believed only from the proxies listed in config/trusted-proxies.conf.
#  - Metrics need a signed-in role; health stays public for the load balancer.
#  - No demo data: a database without a venue admin gets `admin` with a random password written once to the
#    server log, which must be changed at the first sign-in.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${PAYARA_HOME:?PAYARA_HOME is not set}"
: "${WTC_EAR:?WTC_EAR is not set (the EAR to deploy)}"
: "${PGUSER:?PGUSER is not set: the database role that owns the schema}"
: "${PGPASSWORD:?PGPASSWORD is not set}"
: "${WTC_TLS_P12:?WTC_TLS_P12 is not set: the venue certificate (PKCS#12)}"
: "${WTC_TLS_PASSWORD:?WTC_TLS_PASSWORD is not set}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGDATABASE="${PGDATABASE:-wtcexpo}"
DOMAIN=domain1
ASADMIN="$PAYARA_HOME/bin/asadmin"
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$DOMAIN"
say()  { printf '[wtc-expo] %s\n' "$*"; }
fail() { printf '[wtc-expo] FAILED: %s\n' "$*" >&2; exit 1; }

if [ "$PGUSER" = postgres ]; then
  fail "PGUSER is postgres: give the application a role that owns its database and is not a superuser"
fi
if command -v psql >/dev/null 2>&1; then
  super=$(PGPASSWORD="$PGPASSWORD" psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PGDATABASE" -tAc \
    "select rolsuper from pg_roles where rolname = current_user" 2>/dev/null || echo "?")
  [ "$super" = t ] && fail "the role $PGUSER is a superuser: use one that only owns the schema"
  [ "$super" = "?" ] && say "could not ask PostgreSQL whether $PGUSER is a superuser (psql failed): make sure it is not"
fi

# trusted proxies: one address or CIDR block a line, # for comments
proxies=""
if [ -f "$here/trusted-proxies.conf" ]; then
  proxies=$(grep -v '^\s*#' "$here/trusted-proxies.conf" | tr -s ' \t\r' '\n' | grep -v '^$' | paste -sd, - || true)
fi

driver=$(ls "$DOMAIN_DIR"/lib/postgresql-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$driver" ] || fail "put the PostgreSQL JDBC driver (org.postgresql:postgresql:42.7.8) into $DOMAIN_DIR/lib first"

"$ASADMIN" list-domains 2>/dev/null | grep -q "^$DOMAIN running" && "$ASADMIN" stop-domain "$DOMAIN" >/dev/null
PAYARA_HOME="$PAYARA_HOME" WTC_TLS_P12="$WTC_TLS_P12" WTC_TLS_PASSWORD="$WTC_TLS_PASSWORD" bash "$here/https.sh" keystore

marker="$DOMAIN_DIR/config/.wtc-admin-secured"
if [ ! -f "$marker" ]; then
  generated=false
  if [ -z "${WTC_ADMIN_PASSWORD:-}" ]; then
    WTC_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24)
    generated=true
  fi
  pwfile=$(mktemp)
  chmod 600 "$pwfile"
  printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$WTC_ADMIN_PASSWORD" > "$pwfile"
  "$ASADMIN" --user admin --passwordfile "$pwfile" change-admin-password --domain_name "$DOMAIN" >/dev/null
  printf 'AS_ADMIN_PASSWORD=%s\n' "$WTC_ADMIN_PASSWORD" > "$pwfile"
  "$ASADMIN" start-domain "$DOMAIN" >/dev/null
  "$ASADMIN" --user admin --passwordfile "$pwfile" enable-secure-admin >/dev/null
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null
  rm -f "$pwfile"
  touch "$marker"
  if [ "$generated" = true ]; then
    say "Payara's admin password (shown once, keep it safe): $WTC_ADMIN_PASSWORD"
  fi
fi
: "${WTC_ADMIN_PASSWORD:?WTC_ADMIN_PASSWORD is not set: the Payara admin password chosen at the first production start}"
pwfile=$(mktemp)
chmod 600 "$pwfile"
trap 'rm -f "$pwfile"' EXIT
printf 'AS_ADMIN_PASSWORD=%s\n' "$WTC_ADMIN_PASSWORD" > "$pwfile"
A=("$ASADMIN" --user admin --passwordfile "$pwfile")

"$ASADMIN" start-domain "$DOMAIN" >/dev/null
asadmin_wrapped=$(mktemp)
chmod 700 "$asadmin_wrapped"
printf '#!/usr/bin/env bash\nexec "%s" --user admin --passwordfile "%s" "$@"\n' "$ASADMIN" "$pwfile" > "$asadmin_wrapped"
trap 'rm -f "$pwfile" "$asadmin_wrapped"' EXIT
WTC_ASADMIN="$asadmin_wrapped" PGHOST="$PGHOST" PGPORT="$PGPORT" PGDATABASE="$PGDATABASE" PGUSER="$PGUSER" \
  PGPASSWORD="$PGPASSWORD" bash "$here/datasource-postgresql.sh"
WTC_ASADMIN="$asadmin_wrapped" bash "$here/mail-session.sh"
WTC_ASADMIN="$asadmin_wrapped" bash "$here/server-settings.sh"
set_property() { "${A[@]}" set-config-property --source=domain --propertyName="$1" --propertyValue="$2" >/dev/null; }
set_property wtcexpo.production true
set_property wtcexpo.demo-data false
set_property wtcexpo.database postgresql
set_property wtcexpo.https-port "${WTC_HTTPS_PORT:-443}"
[ -n "$proxies" ] && set_property wtcexpo.trusted-proxies "$proxies"
[ -n "${WTC_PUBLIC_URL:-}" ] && set_property wtcexpo.public-url "$WTC_PUBLIC_URL"
"${A[@]}" set-metrics-configuration --securityenabled=true >/dev/null
"${A[@]}" restart-domain "$DOMAIN" >/dev/null
say "deploying $(basename "$WTC_EAR")"
"${A[@]}" deploy --force=true --name wtc-expo "$WTC_EAR" >/dev/null
say "WTC Expo runs in production mode: HTTPS on ${WTC_HTTPS_PORT:-443} (plain HTTP is redirected); metrics need a role; health is public"

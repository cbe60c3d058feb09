#!/usr/bin/env bash
# Starts, configures and stops the local Payara Server used by `mvn -Prun` and by the test suite.
#
#   payara.sh run      start, configure, deploy $WTC_EAR, wait until ready, follow the log; Ctrl-C stops
#   payara.sh start    start and configure the domain (no deploy); used before the integration tests
#   payara.sh stop     stop the domain
#
# Environment (set by Maven):
#   PAYARA_HOME      unpacked Payara Server (…/payara6)
#   WTC_DB           h2 (default) or postgresql
#   WTC_DATA_DIR     where the embedded H2 database file lives
#   WTC_DRIVER_DIR   folder holding the PostgreSQL JDBC driver jar
#   WTC_DEMO_DATA    true to load the demo halls and demo users
#   WTC_EAR          the EAR to deploy (run only)
#   WTC_PG_DATABASE  PostgreSQL database name (default wtcexpo); WTC_PG_RECREATE=true drops and creates it
#   WTC_H2_RECREATE  true to delete the embedded database file first (the test suite does)
#   WTC_OUTBOX_FIRST_RETRY  seconds before a failed e-mail is tried again (default 60; the tests use 2)
#   WTC_TRUSTED_PROXIES     addresses whose X-Forwarded-For is believed (none by default; the tests: loopback)
#   WTC_MAIL_DELIVERY       smtp (send through the mail session) or keep (keep e-mails in the venue admin's outbox
#                           page); run: keep unless WTC_SMTP_HOST names a server; start (the tests): the application's
#                           default, smtp
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${PAYARA_HOME:?PAYARA_HOME is not set}"
WTC_DB="${WTC_DB:-h2}"
WTC_DEMO_DATA="${WTC_DEMO_DATA:-false}"
DOMAIN=domain1
ASADMIN="$PAYARA_HOME/bin/asadmin"
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$DOMAIN"
LOG="$DOMAIN_DIR/logs/server.log"
BASE_URL="http://localhost:8080"

command -v curl >/dev/null || { printf '[wtc-expo] FAILED: curl is needed to see when the application is ready\n' >&2; exit 1; }

say()  { printf '\033[1;34m[wtc-expo]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[wtc-expo] FAILED:\033[0m %s\n' "$*" >&2; }

is_running() { "$ASADMIN" list-domains 2>/dev/null | grep -q "^$DOMAIN running"; }

start_domain() {
  chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/* 2>/dev/null || true
  if [ "$WTC_DB" = postgresql ]; then
    # the driver must be in the domain's lib folder before the server starts
    cp "${WTC_DRIVER_DIR:?WTC_DRIVER_DIR is not set}"/postgresql-*.jar "$DOMAIN_DIR/lib/"
  fi
  if is_running; then
    say "Payara is already running"
  else
    # Payara's default heap is 512 MB: give it 1 GB (see server-settings.sh for the other settings)
    sed -i 's#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx1g</jvm-options>#' "$DOMAIN_DIR/config/domain.xml"
    # HTTP threads 8..16, written before the start: changed with `asadmin set` on the running domain, the HTTP
    # listener on 8080 was sometimes left without its Grizzly proxy (nothing answered); the first thread pool of
    # that name is the server's own configuration (the other belongs to default-config)
    sed -i '0,/<thread-pool name="http-thread-pool"[^>/]*\(\/\?\)>/s//<thread-pool name="http-thread-pool" min-thread-pool-size="8" max-thread-pool-size="16" max-queue-size="4096"\1>/' \
      "$DOMAIN_DIR/config/domain.xml"
    PAYARA_HOME="$PAYARA_HOME" bash "$here/https.sh" keystore
    say "starting Payara Server ($PAYARA_HOME)"
    "$ASADMIN" start-domain "$DOMAIN" >/dev/null
  fi
}

configure() {
  # a domain configured before already has the listener settings (server-settings.sh) in its domain.xml
  local fresh=true
  # a domain whose listeners lack the current settings (new, or from before the last change) is restarted once
  grep -q 'http2-enabled="false"' "$DOMAIN_DIR/config/domain.xml" && fresh=false
  case "$WTC_DB" in
    h2)
      if [ "${WTC_H2_RECREATE:-false}" = true ]; then
        # the test suite starts from an empty embedded database, like CI's fresh clone
        rm -f "${WTC_DATA_DIR:?}"/h2/wtcexpo.*.db
      fi
      WTC_ASADMIN="$ASADMIN" WTC_H2_FILE="${WTC_DATA_DIR:?WTC_DATA_DIR is not set}/h2/wtcexpo" \
        bash "$here/datasource-h2.sh" ;;
    postgresql)
      if [ "${WTC_PG_RECREATE:-false}" = true ]; then
        bash "$here/postgresql-recreate-db.sh" "${WTC_PG_DATABASE:-wtcexpo}"
      else
        # a first run on a new machine: made when missing (where this user may not, the datasource's ping says so)
        bash "$here/postgresql-create-db.sh" "${WTC_PG_DATABASE:-wtcexpo}" \
          || say "could not check or create the PostgreSQL database ${WTC_PG_DATABASE:-wtcexpo}: create it yourself"
      fi
      WTC_ASADMIN="$ASADMIN" PGDATABASE="${WTC_PG_DATABASE:-wtcexpo}" \
        bash "$here/datasource-postgresql.sh" ;;
    *) fail "unknown database '$WTC_DB' (use h2 or postgresql)"; exit 2 ;;
  esac
  WTC_ASADMIN="$ASADMIN" bash "$here/mail-session.sh"
  WTC_ASADMIN="$ASADMIN" bash "$here/server-settings.sh"
  "$ASADMIN" set-config-property --source=domain --propertyName=wtcexpo.demo-data \
    --propertyValue="$WTC_DEMO_DATA" >/dev/null
  "$ASADMIN" set-config-property --source=domain --propertyName=wtcexpo.database \
    --propertyValue="$WTC_DB" >/dev/null
  # reverse proxies whose X-Forwarded-For is believed (the test suite stands in for one on loopback)
  if [ -n "${WTC_TRUSTED_PROXIES:-}" ]; then
    "$ASADMIN" set-config-property --source=domain --propertyName=wtcexpo.trusted-proxies \
      --propertyValue="$WTC_TRUSTED_PROXIES" >/dev/null
  fi
  # e-mail: a demo run without an SMTP server keeps its mails on the outbox page instead of retrying in vain
  if [ -n "${WTC_MAIL_DELIVERY:-}" ]; then
    "$ASADMIN" set-config-property --source=domain --propertyName=wtcexpo.mail.delivery \
      --propertyValue="$WTC_MAIL_DELIVERY" >/dev/null
    say "e-mail: $WTC_MAIL_DELIVERY$( [ "$WTC_MAIL_DELIVERY" = keep ] && echo " (kept on the venue admin's outbox page, /admin/outbox.xhtml)")"
  else
    "$ASADMIN" delete-config-property --source=domain --propertyName=wtcexpo.mail.delivery >/dev/null 2>&1 || true
  fi
  # the test suite retries failed e-mails after 2 s instead of a minute
  "$ASADMIN" set-config-property --source=domain --propertyName=wtcexpo.outbox.first-retry-seconds \
    --propertyValue="${WTC_OUTBOX_FIRST_RETRY:-60}" >/dev/null
  if [ "$fresh" = true ]; then
    # Changing the HTTP listeners' settings on a running domain restarts them in the background; a deploy at
    # that moment sometimes found a listener without its Grizzly proxy ("GrizzlyProxy is NULL") and nothing
    # answered on its port. Once, on a fresh domain, restart it so that the listeners start with their settings.
    say "restarting Payara once, so that the HTTP listeners start with their settings"
    "$ASADMIN" restart-domain "$DOMAIN" >/dev/null
  fi
}

stop_domain() {
  if is_running; then
    say "stopping Payara Server"
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null || true
  fi
}

wait_ready() {
  local deadline=$(( $(date +%s) + ${1:-300} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if curl -fs -o /dev/null "$BASE_URL/api/halls"; then return 0; fi
    sleep 2
  done
  return 1
}

case "${1:-}" in
  start)
    trap 'fail "setting up Payara failed (see the messages above; server log: $LOG)"; stop_domain; exit 1' ERR
    start_domain
    # an earlier run that was cut short may have left the application deployed
    "$ASADMIN" undeploy wtc-expo >/dev/null 2>&1 || true
    configure
    ;;
  stop)
    stop_domain
    ;;
  run)
    : "${WTC_EAR:?WTC_EAR is not set}"
    if [ -z "${WTC_MAIL_DELIVERY:-}" ]; then
      if [ -n "${WTC_SMTP_HOST:-}" ]; then WTC_MAIL_DELIVERY=smtp; else WTC_MAIL_DELIVERY=keep; fi
    fi
    started=$(date +%s)
    # undeploy on the way out, so that the next start does not reload a stale copy of the application
    # (and the log's follower goes too: a TERM sent to this script alone, not to its process group as Ctrl-C does,
    # left it running, and Maven waiting on it)
    follower=""
    trap 'echo; { [ -z "$follower" ] || kill "$follower" 2>/dev/null || true; }; "$ASADMIN" undeploy wtc-expo >/dev/null 2>&1 || true; stop_domain; say "stopped"; exit 0' INT TERM
    trap 'fail "setting up Payara failed (see the messages above; server log: $LOG)"; stop_domain; exit 1' ERR
    start_domain
    "$ASADMIN" undeploy wtc-expo >/dev/null 2>&1 || true
    configure
    trap - ERR
    say "deploying $(basename "$WTC_EAR") (database: $WTC_DB)"
    if ! "$ASADMIN" deploy --force=true --name wtc-expo "$WTC_EAR" >/tmp/wtc-expo-deploy.$$ 2>&1 || ! wait_ready 240; then
      fail "the application did not start. Last lines of $LOG:"
      cat /tmp/wtc-expo-deploy.$$ >&2 || true
      tail -n 60 "$LOG" >&2 || true
      rm -f /tmp/wtc-expo-deploy.$$
      stop_domain
      exit 1
    fi
    rm -f /tmp/wtc-expo-deploy.$$
    cat <<BANNER

  ================================================================
   WTC Expo is ready after $(( $(date +%s) - started )) s:  $BASE_URL/
   API:      $BASE_URL/api/halls      OpenAPI: $BASE_URL/openapi
   Health:   $BASE_URL/health
   Database: $WTC_DB $( [ "$WTC_DB" = h2 ] && echo "(file: $WTC_DATA_DIR/h2/wtcexpo.mv.db)" )

   Demo logins (password: demo)
     admin      venue staff (VENUE_ADMIN)
     organizer  event organizer (ORGANIZER)
     exhibitor  exhibitor (EXHIBITOR)
     gate       gate staff (GATE_STAFF)

   Press Ctrl-C to stop. Server log follows.
  ================================================================

BANNER
    tail -n 0 -F "$LOG" &
    follower=$!
    wait "$follower" || true
    ;;
  *)
    echo "usage: payara.sh run|start|stop" >&2
    exit 2
    ;;
esac

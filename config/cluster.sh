#!/usr/bin/env bash
# The local cluster: Payara's DAS, a deployment group of WTC_INSTANCES instances (2 by default) sharing Payara's
# Domain Data Grid, HAProxy in front, PostgreSQL behind. Used by `mvn -Pcluster` and by the cluster tests.
#
#   cluster.sh run             start everything, deploy $WTC_EAR with demo data, print the addresses, follow; Ctrl-C stops
#   cluster.sh start           the same without following (the cluster tests)
#   cluster.sh stop            stop HAProxy, the instances and the DAS
#   cluster.sh kill N          kill -9 instance N (a server that dies: the fault tests)
#   cluster.sh revive N        start instance N again after a kill
#   cluster.sh balancer        (re)start HAProxy with a configuration made afresh (after WTC_INSTANCES changed)
#   cluster.sh roll            rolling redeploy of $WTC_EAR: one instance at a time, drained in HAProxy first, so that
#                              no request meets a server that is going down or not up yet (gates stay online)
#
# Layout (one machine; the same on several, with one instance per machine):
#
#       gates, browsers ──► HAProxy :8000 ──┬──► wtc1 :28080 ─┐   Domain Data Grid (Hazelcast):
#        (health-checked on /health/ready)  └──► wtc2 :29080 ─┤   sessions, cache drops, entity cache
#                                                              └──► PostgreSQL (every invariant, the leases)
#       DAS :4848 (administration only: it deploys to the group, it serves no visitor)
#
# Environment:
#   PAYARA_HOME      unpacked Payara Server (…/payara6); its domain1 becomes the cluster's DAS
#   WTC_EAR          the EAR to deploy (run, start, redeploy)
#   WTC_DRIVER_DIR   folder holding the PostgreSQL JDBC driver jar
#   WTC_PG_DATABASE  PostgreSQL database (default wtcexpo_cluster); WTC_PG_RECREATE=true drops and creates it
#   WTC_DEMO_DATA    true to load the demo data (run: true)
#   WTC_INSTANCES    how many instances (default 2); instance N listens on HTTP port 27080 + 1000 × N
#   WTC_LB_PORT      the load balancer's port (default 8000); its runtime API (drain, ready) on WTC_LB_PORT + 1, loopback

set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${PAYARA_HOME:?PAYARA_HOME is not set}"
ASADMIN="$PAYARA_HOME/bin/asadmin"
GROUP=wtc
INSTANCES="${WTC_INSTANCES:-2}"
LB_PORT="${WTC_LB_PORT:-8000}"
RUN_DIR="$PAYARA_HOME/../cluster-run"
HAPROXY_CFG="$RUN_DIR/haproxy.cfg"
HAPROXY_PID="$RUN_DIR/haproxy.pid"
LB_ADMIN_PORT=$(( LB_PORT + 1 ))
APP=wtc-expo
export WTC_PG_DATABASE="${WTC_PG_DATABASE:-wtcexpo_cluster}"

say()  { printf '\033[1;34m[wtc-cluster %s]\033[0m %s\n' "$(date +%T)" "$*"; }
fail() { printf '\033[1;31m[wtc-cluster] FAILED:\033[0m %s\n' "$*" >&2; }

instance() { echo "wtc$1"; }
http_port() { echo $(( 27080 + 1000 * $1 )); }

require_haproxy() {
  if ! command -v haproxy >/dev/null; then
    fail "HAProxy is needed in front of the instances: apt-get install haproxy"
    exit 1
  fi
}

# the DAS: the single server's setup (datasource, mail, settings), on PostgreSQL
start_das() {
  if grep -q "<deployment-group name=\"$GROUP\"" "$PAYARA_HOME/glassfish/domains/domain1/config/domain.xml" 2>/dev/null; then
    # a domain of an earlier run: the group's references to the data source and mail session go first, so that
    # payara.sh can make them again (they are given back to the group in create_group)
    "$ASADMIN" list-domains 2>/dev/null | grep -q "^domain1 running" || "$ASADMIN" start-domain domain1 >/dev/null
    for resource in jdbc/wtcexpo mail/wtcexpo; do
      "$ASADMIN" delete-resource-ref --target "$GROUP" "$resource" >/dev/null 2>&1 || true
    done
  fi
  WTC_DB=postgresql WTC_TRUSTED_PROXIES="127.0.0.1,::1" bash "$here/payara.sh" start
}

# settings of one instance's configuration: those server-settings.sh gives the single server, and its heap
configure_instance_config() {
  local config="$1-config"
  "$ASADMIN" delete-jvm-options --target "$config" '-Xmx512m' >/dev/null 2>&1 || true
  "$ASADMIN" create-jvm-options --target "$config" '-Xmx768m' >/dev/null 2>&1 || true
  WTC_ASADMIN="$ASADMIN" WTC_CONFIG="$config" bash "$here/server-settings.sh" >/dev/null
  # sessions of a distributable application deployed with availability on are kept in the data grid
  local a="configs.config.$config.availability-service"
  "$ASADMIN" set "$a.availability-enabled=true" "$a.web-container-availability.availability-enabled=true" \
    "$a.web-container-availability.persistence-type=hazelcast" \
    "$a.web-container-availability.persistence-frequency=web-method" >/dev/null
}

create_group() {
  if ! grep -q "<deployment-group name=\"$GROUP\"" "$PAYARA_HOME/glassfish/domains/domain1/config/domain.xml"; then
    say "creating deployment group $GROUP"
    "$ASADMIN" create-deployment-group "$GROUP" >/dev/null
  fi
  for n in $(seq 1 "$INSTANCES"); do
    local name; name=$(instance "$n")
    if ! "$ASADMIN" list-instances 2>/dev/null | grep -q "^$name "; then
      say "creating instance $name (HTTP $(http_port "$n"))"
      "$ASADMIN" create-instance --node localhost-domain1 --deploymentgroup "$GROUP" \
        --portbase $(( 27000 + 1000 * n )) "$name" >/dev/null
    fi
    configure_instance_config "$name"
  done
  for resource in jdbc/wtcexpo mail/wtcexpo; do
    "$ASADMIN" create-resource-ref --target "$GROUP" "$resource" >/dev/null 2>&1 || true
  done
}

# what the balancer answers when no server could (a server died with the request, none is ready): the API's own
# "busy" answer, a 503 with Retry-After and a JSON body in both languages, never an HTML page or an empty body
write_busy_answer() {
  local body='{"error":"SERVICE_BUSY","message":"Hệ thống đang bận và chưa thực hiện yêu cầu. Vui lòng thử lại sau giây lát. / The system is busy and did not carry out the request. Please try again in a moment."}'
  printf 'HTTP/1.1 503 Service Unavailable\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nRetry-After: 2\r\nContent-Length: %d\r\n\r\n%s' \
    "$(printf '%s' "$body" | wc -c)" "$body" > "$RUN_DIR/busy.http"
}

write_haproxy_cfg() {
  mkdir -p "$RUN_DIR"
  write_busy_answer
  {
    cat <<CFG
# generated by config/cluster.sh
global
    maxconn 4096
    pidfile $HAPROXY_PID
    # the runtime API, on loopback only: cluster.sh roll drains an instance before it goes down
    stats socket ipv4@127.0.0.1:$LB_ADMIN_PORT level admin

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
    option forwardfor
    # a request that could not reach a server goes to another; one that reached a server is never sent twice
    # (a scanner sends a failed scan again itself, with the same nonce)
    retries 2
    option redispatch
    retry-on conn-failure
    errorfile 502 $RUN_DIR/busy.http
    errorfile 503 $RUN_DIR/busy.http
    errorfile 504 $RUN_DIR/busy.http

frontend wtc
    bind *:$LB_PORT
    default_backend instances

backend instances
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
CFG
    for n in $(seq 1 "$INSTANCES"); do
      echo "    server $(instance "$n") 127.0.0.1:$(http_port "$n") check"
    done
  } > "$HAPROXY_CFG"
}

start_haproxy() {
  require_haproxy
  write_haproxy_cfg
  stop_haproxy
  haproxy -D -f "$HAPROXY_CFG"
  say "HAProxy on :$LB_PORT in front of $INSTANCES instances"
}

stop_haproxy() {
  if [ -f "$HAPROXY_PID" ]; then
    kill "$(cat "$HAPROXY_PID")" 2>/dev/null || true
    rm -f "$HAPROXY_PID"
  fi
}

wait_ready() {
  local url="$1" deadline=$(( $(date +%s) + ${2:-300} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if curl -fs -o /dev/null "$url/health/ready"; then return 0; fi
    sleep 1
  done
  return 1
}

deploy() {
  : "${WTC_EAR:?WTC_EAR is not set}"
  say "deploying $(basename "$WTC_EAR") to $GROUP (sessions kept in the data grid)"
  "$ASADMIN" deploy --target "$GROUP" --availabilityenabled=true --name "$APP" "$WTC_EAR" >/dev/null
  for n in $(seq 1 "$INSTANCES"); do
    if ! wait_ready "http://localhost:$(http_port "$n")" 300; then
      fail "instance $(instance "$n") did not become ready; its log: $(instance_log "$n")"
      tail -n 40 "$(instance_log "$n")" >&2 || true
      return 1
    fi
  done
}

instance_log() { echo "$PAYARA_HOME/glassfish/nodes/localhost-domain1/$(instance "$1")/logs/server.log"; }

instance_pid() {
  cat "$PAYARA_HOME/glassfish/nodes/localhost-domain1/$(instance "$1")/config/pid" 2>/dev/null || true
}

# every version of the application the domain holds (wtc-expo, wtc-expo:r20261206…)
deployed_versions() {
  "$ASADMIN" list-applications domain 2>/dev/null | awk -v app="$APP" '$1 == app || index($1, app ":") == 1 { print $1 }'
}

# one command to HAProxy's runtime API; prints its answer
balancer() {
  local answer
  exec 3<>"/dev/tcp/127.0.0.1/$LB_ADMIN_PORT"
  printf '%s\n' "$1" >&3
  answer=$(cat <&3)
  exec 3<&-
  printf '%s' "$answer"
}

# what HAProxy knows of instance N: its status (UP, DOWN, DRAIN, …) and its requests in progress
balancer_status() { balancer "show stat" | awk -F, -v s="$(instance "$1")" '$1 == "instances" && $2 == s { print $18 }'; }
balancer_busy() { balancer "show stat" | awk -F, -v s="$(instance "$1")" '$1 == "instances" && $2 == s { print $5 }'; }
# requests instance N was sent, and those it failed (5xx answers, and requests sent again elsewhere)
balancer_sent() { balancer "show stat" | awk -F, -v s="$(instance "$1")" '$1 == "instances" && $2 == s { print $8 }'; }
balancer_failed() { balancer "show stat" | awk -F, -v s="$(instance "$1")" '$1 == "instances" && $2 == s { print $16 + $44 }'; }

# An instance back in the balancer is trusted once it has answered requests for a while without failing any: on
# Payara 6.2025.9 an instance that started a newly enabled version answered its readiness check, yet for some seconds
# could not reach the persistence unit from the authentication of API calls (it answered 503 then, and the scanners
# sent their scans again). The next instance is drained only when this one serves: the other stays there to take
# what it cannot. Waits at least 15 s, at most 180 s.
wait_serving() {
  local n="$1" start quiet_since failed now sent
  start=$(date +%s); quiet_since=$start; failed=$(balancer_failed "$n"); sent=$(balancer_sent "$n")
  while :; do
    sleep 1
    now=$(date +%s)
    if [ "$(balancer_failed "$n")" != "$failed" ]; then
      failed=$(balancer_failed "$n"); quiet_since=$now
    fi
    if [ $(( now - quiet_since )) -ge 15 ] && [ "$(balancer_sent "$n")" != "$sent" ]; then return 0; fi
    if [ $(( now - quiet_since )) -ge 15 ] && [ $(( now - start )) -ge 30 ]; then return 0; fi # no traffic to judge by
    if [ $(( now - start )) -ge 180 ]; then return 1; fi
  done
}

# waits until HAProxy sends requests to instance N again (its health check passed twice)
wait_balancer_up() {
  local deadline=$(( $(date +%s) + ${2:-60} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(balancer_status "$1")" = "UP" ] && return 0
    sleep 0.5
  done
  return 1
}

# A rolling redeploy: the new EAR goes to the group as a new version, disabled; then, one instance at a time, HAProxy
# stops sending it requests (drain) and waits for those in progress, the instance stops, the new version is enabled on
# it, it starts (a fresh JVM: nothing of the old version stays loaded), answers ready, and HAProxy sends it requests
# again once its health check passed; only then does the next one go. The gates never meet a server that is going
# down or not up yet. Database migrations run at the first instance's start: each must suit the version still running
# on the others (see docs/operations.md).
roll() {
  : "${WTC_EAR:?WTC_EAR is not set}"
  local version old n name
  version="$APP:r$(date +%Y%m%d%H%M%S)"
  old=$(deployed_versions)
  [ -n "$old" ] || { fail "nothing deployed to roll over: cluster.sh start first"; return 1; }
  for n in $(seq 1 "$INSTANCES"); do
    wait_balancer_up "$n" 5 || { fail "$(instance "$n") is $(balancer_status "$n") in the balancer, not UP: not rolling over a cluster that is short of a server (after a roll that failed half-way: cluster.sh balancer)"; return 1; }
  done
  # Payara 6.2025.9 refuses a new version from a file named otherwise than the application ("Application with name
  # wtc-expo is already registered"): the EAR goes up as wtc-expo.ear, whatever its name here
  local staged="$RUN_DIR/roll/$APP.ear"
  mkdir -p "$RUN_DIR/roll"
  cp "$WTC_EAR" "$staged"
  say "deploying $(basename "$WTC_EAR") to $GROUP as $version, not enabled yet"
  "$ASADMIN" deploy --enabled=false --target "$GROUP" --availabilityenabled=true --name "$version" "$staged" >/dev/null
  rm -f "$staged"
  for n in $(seq 1 "$INSTANCES"); do
    name=$(instance "$n")
    say "$name: drained in HAProxy"
    balancer "set server instances/$name state drain" >/dev/null
    local deadline=$(( $(date +%s) + 30 ))
    while [ "$(balancer_busy "$n")" != "0" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.2; done
    say "$name: stopping, enabling $version, starting"
    "$ASADMIN" stop-instance "$name" >/dev/null
    # the old version's reference on the instance goes: enabling a version on one instance of a deployment group
    # disabled the other version in the group's reference but left it enabled on the instance (Payara 6.2025.9),
    # which then started both on one context root and answered 500; and a version only disabled there was still
    # loaded at the instance's start (15 to 18 s more under gate load)
    for v in $old; do
      "$ASADMIN" delete-application-ref --target "$name" "$v" >/dev/null
    done
    "$ASADMIN" enable --target "$name" "$version" >/dev/null 2>&1
    "$ASADMIN" start-instance "$name" >/dev/null
    if ! wait_ready "http://localhost:$(http_port "$n")" 300; then
      fail "$name did not become ready with $version; its log: $(instance_log "$n")"
      return 1
    fi
    balancer "set server instances/$name state ready" >/dev/null
    if ! wait_balancer_up "$n" 60; then
      fail "HAProxy does not take $name back"
      return 1
    fi
    say "$name: back in the balancer, watched until it serves without a failure"
    if ! wait_serving "$n"; then
      fail "$name keeps failing requests with $version: the others are left in the balancer"
      return 1
    fi
    say "$name: serving $version"
  done
  for v in $old; do
    "$ASADMIN" undeploy --target domain "$v" >/dev/null
  done
  # the group's own reference, which an instance added later follows (the running instances have it already)
  "$ASADMIN" enable --target "$GROUP" "$version" >/dev/null
  say "rolled over to $version"
}

start_all() {
  start_das
  create_group
  # an application left from an earlier run is undeployed while the instances are down: Payara keeps an
  # undeployed application's health checks until the instance restarts (seen on 6.2025.9: /health/ready answered
  # 500 "web container has not yet been started"), so each instance starts with none and gets this deployment
  for version in $(deployed_versions); do
    "$ASADMIN" undeploy --target domain "$version" >/dev/null 2>&1 || true
  done
  say "starting the deployment group $GROUP"
  "$ASADMIN" start-deployment-group "$GROUP" >/dev/null
  deploy
  start_haproxy
  if ! wait_ready "http://localhost:$LB_PORT" 60; then
    fail "the load balancer does not answer on :$LB_PORT"
    return 1
  fi
}

stop_all() {
  stop_haproxy
  if "$ASADMIN" list-domains 2>/dev/null | grep -q "^domain1 running"; then
    say "stopping the instances"
    "$ASADMIN" stop-deployment-group --kill=true "$GROUP" >/dev/null 2>&1 || true
  fi
  WTC_DB=postgresql bash "$here/payara.sh" stop
}

banner() {
  cat <<BANNER

  ================================================================
   WTC Expo runs as a cluster of $INSTANCES servers behind HAProxy:
     http://localhost:$LB_PORT/        (the load balancer: use this one)
$(for n in $(seq 1 "$INSTANCES"); do echo "     http://localhost:$(http_port "$n")/       ($(instance "$n"), directly)"; done)
     http://localhost:4848/        (Payara's administration, the DAS)
   Database: PostgreSQL 127.0.0.1:5432/$WTC_PG_DATABASE
   Demo logins (password: demo): admin, organizer, exhibitor, gate
   Press Ctrl-C to stop everything.
  ================================================================

BANNER
}

case "${1:-}" in
  run)
    export WTC_DEMO_DATA="${WTC_DEMO_DATA:-true}"
    export WTC_MAIL_DELIVERY="${WTC_MAIL_DELIVERY:-keep}"
    require_haproxy
    # the logs' follower goes too: a TERM or INT sent to this script alone (not to its process group, as Ctrl-C
    # does) left it running, and Maven waiting on it
    follower=""
    trap 'echo; { [ -z "$follower" ] || kill "$follower" 2>/dev/null || true; }; stop_all; say "stopped"; exit 0' INT TERM
    trap 'fail "the cluster did not start (see above)"; stop_all; exit 1' ERR
    start_all
    trap - ERR
    banner
    tail -n 0 -F "$(instance_log 1)" "$(instance_log 2)" &
    follower=$!
    wait "$follower" || true
    ;;
  start)
    require_haproxy
    trap 'fail "the cluster did not start (see above)"; stop_all; exit 1' ERR
    start_all
    ;;
  stop)
    stop_all
    ;;
  kill)
    pid=$(instance_pid "${2:?which instance}")
    [ -n "$pid" ] || { fail "instance $(instance "$2") is not running"; exit 1; }
    kill -9 "$pid"
    say "killed $(instance "$2") (pid $pid)"
    ;;
  roll)
    roll
    ;;
  balancer)
    start_haproxy
    ;;
  revive)
    "$ASADMIN" start-instance "$(instance "${2:?which instance}")" >/dev/null
    wait_ready "http://localhost:$(http_port "$2")" 300
    say "$(instance "$2") is back"
    ;;
  *)
    echo "usage: cluster.sh run|start|stop|kill N|revive N|roll|balancer" >&2
    exit 2
    ;;
esac

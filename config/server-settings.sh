#!/usr/bin/env bash
# Settings of the Payara Server domain that the application relies on; run against a running domain
# (the test suite and the run command do; run it on production too):
#
#   WTC_ASADMIN=/opt/payara6/bin/asadmin bash server-settings.sh
#
# Why each value (measured on 2 cores, see bench/README.md):
#   http-thread-pool 8..16   Payara's default of 5 threads queued requests behind PBKDF2 sign-ins and
#                            database round trips; 16 keeps both cores busy while some threads wait on
#                            PostgreSQL (32 let more requests in than two cores could finish, and the gate's
#                            p99 grew from 11-30 ms to 125-260 ms). Set in domain.xml before the start by
#                            payara.sh; here only when it differs, and then the domain must be restarted.
#   heap 1 GB                set in payara.sh before the domain starts (-Xmx512m is Payara's default);
#                            the application and the benchmarks stay under 750 MB resident.
#   SameSite=Lax             the session cookie is not sent on cross-site sub-requests (the Secure flag
#                            is added on HTTPS by the application's glassfish-web.xml).
#   no Server/X-Powered-By   responses do not name the server and its version.
#   compression              pages, styles, scripts, JSON and SVG over 1 KB are sent gzipped to browsers that
#                            accept it: the public event page's HTML went from 124 KB to about 9 KB, its scripts
#                            and styles from 1.25 MB to about 270 KB (issue 20, on a crowded mobile network).
#   HTTPS: HTTP/1.1 only     Payara 6's HTTP/2 sends every response uncompressed (measured: curl --http2 to :8181
#                            got no Content-Encoding, --http1.1 got gzip); browsers speak HTTP/2 over HTTPS, so the
#                            HTTPS listener offers HTTP/1.1, whose six connections per host serve these pages well.
#                            The plain listener keeps HTTP/2 on: with it off, a request asking to upgrade (Java's
#                            HttpClient asks by default) got its answer without a Content-Type.
set -euo pipefail
ASADMIN="${WTC_ASADMIN:-asadmin}"
# the configuration to set: the single server's, or a cluster instance's (cluster.sh: wtc1-config, ...)
CONFIG="${WTC_CONFIG:-server-config}"
settings=()
for listener in http-listener-1 http-listener-2; do
  p="configs.config.$CONFIG.network-config.protocols.protocol.$listener.http"
  settings+=("$p.cookie-same-site-enabled=true" "$p.cookie-same-site-value=Lax" "$p.server-header=false" "$p.xpowered-by=false")
  settings+=("$p.compression=on" "$p.compression-min-size-bytes=1024"
    "$p.compressable-mime-type=text/html,text/css,text/javascript,application/javascript,application/json,application/xml,image/svg+xml,text/plain,application/yaml")
done
settings+=("configs.config.$CONFIG.network-config.protocols.protocol.http-listener-2.http.http2-enabled=false"
  "configs.config.$CONFIG.network-config.protocols.protocol.http-listener-1.http.http2-enabled=true")
# changed on a running domain, the listeners restart: only when they differ (payara.sh then restarts the domain)
current=$("$ASADMIN" get "configs.config.$CONFIG.network-config.protocols.protocol.http-listener-2.http.http2-enabled")
if [[ "$current" != *"http2-enabled=false"* ]]; then
  "$ASADMIN" set "${settings[@]}" >/dev/null
fi
pool="configs.config.$CONFIG.thread-pools.thread-pool.http-thread-pool"
current=$("$ASADMIN" get "$pool.max-thread-pool-size")
if [[ "$current" != *"max-thread-pool-size=16"* ]]; then
  "$ASADMIN" set "$pool.min-thread-pool-size=8" "$pool.max-thread-pool-size=16" >/dev/null
  echo "server settings: http threads set to 8..16; restart the domain for them to take effect"
fi
echo "server settings: http threads 8..16, SameSite=Lax session cookie, no server name in responses, gzip for text"
# The application serves its own OpenAPI document at /openapi (generated at build time and valid for any
# reader); Payara's generated one, with its non-standard "endpoints" key, is switched off.
"$ASADMIN" set-openapi-configuration --target "$CONFIG" --enabled=false >/dev/null

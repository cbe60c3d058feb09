#!/usr/bin/env bash
# HTTPS on port 8181 with the venue's certificate, or a self-signed one for the demo. Browsers give a page the
# camera only in a secure context, so gate phones open the scanner over HTTPS (or on localhost).
#
#   https.sh keystore   with the domain stopped: put the certificate in the domain's keystore as "wtcexpo" and
#                       name it in the HTTPS listener's settings (http-listener-2, port 8181). Done before the
#                       start, not with `asadmin set` on a running domain: changing the listener while other
#                       settings restart it could leave port 8181 closed.
#
# The venue's certificate: WTC_TLS_P12=/path/venue.p12 WTC_TLS_PASSWORD=... [WTC_TLS_ALIAS=its alias]
# (a PKCS#12 file with the key and the chain, e.g. from `openssl pkcs12 -export`). Without it, a self-signed
# demo certificate is made once, valid for localhost, this machine's name and its current IP addresses.
set -euo pipefail
: "${PAYARA_HOME:?PAYARA_HOME is not set}"
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/domain1"
KEYSTORE="$DOMAIN_DIR/config/keystore.p12"
STOREPASS="${WTC_MASTER_PASSWORD:-changeit}" # Payara's master password, which guards its keystore
ALIAS=wtcexpo
# keytool comes with the JDK that runs Maven; without it the listener keeps Payara's own certificate
KEYTOOL="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
if ! command -v "$KEYTOOL" >/dev/null 2>&1; then
  KEYTOOL=keytool
  if ! command -v keytool >/dev/null 2>&1; then
    echo "https: no keytool found (JDK's bin): https://localhost:8181/ keeps Payara's own certificate"
    exit 0
  fi
fi

case "${1:-}" in
  keystore)
    if [ -n "${WTC_TLS_P12:-}" ]; then
      "$KEYTOOL" -delete -alias "$ALIAS" -keystore "$KEYSTORE" -storepass "$STOREPASS" >/dev/null 2>&1 || true
      "$KEYTOOL" -importkeystore -noprompt -srckeystore "$WTC_TLS_P12" -srcstoretype PKCS12 \
        -srcstorepass "${WTC_TLS_PASSWORD:?WTC_TLS_PASSWORD is not set}" -srcalias "${WTC_TLS_ALIAS:-1}" \
        -destkeystore "$KEYSTORE" -deststoretype PKCS12 -deststorepass "$STOREPASS" -destkeypass "$STOREPASS" \
        -destalias "$ALIAS" >/dev/null
      echo "https: the venue's certificate from $WTC_TLS_P12"
    elif ! "$KEYTOOL" -list -alias "$ALIAS" -keystore "$KEYSTORE" -storepass "$STOREPASS" >/dev/null 2>&1; then
      san="dns:localhost,ip:127.0.0.1,dns:$(hostname)"
      for ip in $(hostname -I 2>/dev/null || true); do
        case "$ip" in *:*) ;; *) san="$san,ip:$ip" ;; esac
      done
      "$KEYTOOL" -genkeypair -alias "$ALIAS" -keyalg RSA -keysize 2048 -validity 825 \
        -dname "CN=WTC Expo demo, O=WTC Expo, L=Binh Duong, C=VN" -ext "SAN=$san" \
        -keystore "$KEYSTORE" -storetype PKCS12 -storepass "$STOREPASS" -keypass "$STOREPASS" >/dev/null 2>&1
      echo "https: made a self-signed demo certificate for $san"
    fi
    # the HTTPS listener serves it (the listener's <ssl> element in domain.xml, every config)
    awk -v alias="$ALIAS" '
      /<protocol name="http-listener-2"/ { inside = 1 }
      inside && /<ssl / { sub(/cert-nickname="[^"]*"/, "cert-nickname=\"" alias "\""); inside = 0 }
      { print }
    ' "$DOMAIN_DIR/config/domain.xml" > "$DOMAIN_DIR/config/domain.xml.new" && mv "$DOMAIN_DIR/config/domain.xml.new" "$DOMAIN_DIR/config/domain.xml"
    echo "https: https://localhost:8181/ (and https://<this machine's address>:8181/ from a phone on the same network)"
    ;;
  *) echo "usage: https.sh keystore" >&2; exit 2 ;;
esac

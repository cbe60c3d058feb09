#!/usr/bin/env bash
# Points the JNDI resource jdbc/wtcexpo at an embedded H2 database file (the default for
# development and the quick start). H2 ships with Payara, so no driver is installed.
#
#   WTC_ASADMIN=/opt/payara6/bin/asadmin WTC_H2_FILE=/var/lib/wtcexpo/h2/wtcexpo bash datasource-h2.sh
set -euo pipefail
ASADMIN="${WTC_ASADMIN:-asadmin}"
: "${WTC_H2_FILE:?WTC_H2_FILE is not set (path of the database file, without .mv.db)}"
mkdir -p "$(dirname "$WTC_H2_FILE")"

"$ASADMIN" delete-jdbc-resource jdbc/wtcexpo >/dev/null 2>&1 || true
"$ASADMIN" delete-jdbc-connection-pool wtcexpo-pool >/dev/null 2>&1 || true
# colons inside property values are escaped for asadmin
url="jdbc\\:h2\\:${WTC_H2_FILE//:/\\:};DB_CLOSE_DELAY\\=-1;LOCK_TIMEOUT\\=10000"
# LOCK_TIMEOUT: a request waits at most 10 s for a row lock (then the application retries or answers 503)
# no SQL trace listener (see datasource-postgresql.sh)
"$ASADMIN" create-jdbc-connection-pool \
  --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource \
  --steadypoolsize 8 --maxpoolsize 32 \
  --sqltracelisteners null \
  --property "url=${url}:user=wtcexpo:password=wtcexpo" wtcexpo-pool >/dev/null
"$ASADMIN" create-jdbc-resource --connectionpoolid wtcexpo-pool jdbc/wtcexpo >/dev/null
echo "jdbc/wtcexpo -> H2 file ${WTC_H2_FILE}"

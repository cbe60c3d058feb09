#!/usr/bin/env bash
# Points the JNDI resource jdbc/wtcexpo at PostgreSQL. This is what an operator runs against a
# running domain (the PostgreSQL JDBC driver jar must be in <domain>/lib before the domain starts,
# or be added with `asadmin add-library` followed by a restart).
#
#   WTC_ASADMIN=/opt/payara6/bin/asadmin PGHOST=db.example PGDATABASE=wtcexpo PGUSER=wtcexpo \
#     PGPASSWORD=secret bash datasource-postgresql.sh
#
# After changing the pool of an application that is already deployed, restart the domain
# (asadmin restart-domain): a redeploy alone keeps the old pool.
set -euo pipefail
ASADMIN="${WTC_ASADMIN:-asadmin}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGDATABASE="${PGDATABASE:-wtcexpo}"
PGUSER="${PGUSER:-postgres}"
# the driver insists on a password property; with trust authentication its value is ignored
PGPASSWORD="${PGPASSWORD:-unused}"

"$ASADMIN" delete-jdbc-resource jdbc/wtcexpo >/dev/null 2>&1 || true
"$ASADMIN" delete-jdbc-connection-pool wtcexpo-pool >/dev/null 2>&1 || true
props="serverName=${PGHOST}:portNumber=${PGPORT}:databaseName=${PGDATABASE}:user=${PGUSER}:password=${PGPASSWORD}"
# Pool: 8 steady, 32 at most (16 HTTP threads, each up to two connections, and the background jobs;
# PostgreSQL allows 100 by default).
# Validation keeps the pool healthy when PostgreSQL restarts, but at most once per 30 s per connection:
# validating before every use cost a round trip per statement (the order of these options matters).
# Every connection gets a lock timeout and a statement timeout: a request never waits for a lock
# longer than 5 s or runs a statement longer than 30 s (the application retries, then answers 503).
# No SQL trace listener: Payara's default one (SilentSqlTraceListener, which does nothing) wraps every
# connection and statement in a reflective proxy, about 5 % of a gate scan's CPU; "null" is how the
# pool is told to have none.
"$ASADMIN" create-jdbc-connection-pool \
  --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
  --steadypoolsize 8 --maxpoolsize 32 \
  --validationmethod custom-validation \
  --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
  --failconnection=true --isconnectvalidatereq=true --validateatmostonceperiod 30 \
  --initsql "SET lock_timeout TO 5000; SET statement_timeout TO 30000" \
  --sqltracelisteners null \
  --property "${props}" wtcexpo-pool >/dev/null
"$ASADMIN" create-jdbc-resource --connectionpoolid wtcexpo-pool jdbc/wtcexpo >/dev/null
"$ASADMIN" ping-connection-pool wtcexpo-pool >/dev/null
echo "jdbc/wtcexpo -> PostgreSQL ${PGHOST}:${PGPORT}/${PGDATABASE}"

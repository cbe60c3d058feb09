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
# validation keeps the pool healthy when PostgreSQL restarts (the order of these options matters)
"$ASADMIN" create-jdbc-connection-pool \
  --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
  --steadypoolsize 4 --maxpoolsize 48 \
  --validationmethod custom-validation \
  --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
  --failconnection=true --isconnectvalidatereq=true \
  --property "${props}" wtcexpo-pool >/dev/null
"$ASADMIN" create-jdbc-resource --connectionpoolid wtcexpo-pool jdbc/wtcexpo >/dev/null
"$ASADMIN" ping-connection-pool wtcexpo-pool >/dev/null
echo "jdbc/wtcexpo -> PostgreSQL ${PGHOST}:${PGPORT}/${PGDATABASE}"

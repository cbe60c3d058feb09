#!/usr/bin/env bash
# Drops and creates an empty PostgreSQL database for the test suite (never use on production).
#   bash postgresql-recreate-db.sh wtcexpo_it
set -euo pipefail
db="${1:?database name}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
psql -v ON_ERROR_STOP=1 -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" \
  -c "CREATE DATABASE \"$db\" ENCODING 'UTF8' TEMPLATE template0"
echo "PostgreSQL database $db recreated"

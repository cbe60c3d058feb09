#!/usr/bin/env bash
# Creates the PostgreSQL database when it does not exist yet (a first run on a new machine); keeps it otherwise.
#   bash postgresql-create-db.sh wtcexpo
set -euo pipefail
db="${1:?database name}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
# the name as a psql variable (quoted by psql), read from standard input, where psql expands variables
if [ "$(psql -tAq -d postgres -v name="$db" <<< "SELECT 1 FROM pg_database WHERE datname = :'name'")" != 1 ]; then
  psql -v ON_ERROR_STOP=1 -q -d postgres -c "CREATE DATABASE \"$db\" ENCODING 'UTF8' TEMPLATE template0"
  echo "PostgreSQL database $db created"
fi

#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 server on 127.0.0.1 for the tests, as the postgres user, in a fresh
# data folder. Prints the admin connection string on its last line; stop it with postgres-stop.sh.
# Usage: scripts/postgres-start.sh [port]   (default 55432)
set -euo pipefail

port="${1:-55432}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bindir" ]; then
    echo "PostgreSQL server binaries not found; install Debian's postgresql package." >&2
    exit 1
fi

datadir="$(mktemp -d /tmp/tandem-pg.XXXXXX)"
chown postgres:postgres "$datadir"
echo "$datadir" > /tmp/tandem-pg.datadir

su postgres -c "$bindir/initdb -D '$datadir' -U postgres -A trust --no-sync >/dev/null"
su postgres -c "$bindir/pg_ctl -D '$datadir' -o '-h 127.0.0.1 -p $port -k /tmp -F' -l '$datadir/server.log' -w start >/dev/null"
su postgres -c "psql -h 127.0.0.1 -p $port -U postgres -qc \"CREATE ROLE tandem LOGIN CREATEDB PASSWORD 'tandem'\""

echo "Host=127.0.0.1;Port=$port;Username=tandem;Password=tandem;Database=postgres"

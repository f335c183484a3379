#!/usr/bin/env bash
# Stops the server that postgres-start.sh started and removes its data folder.
set -euo pipefail

datadir="$(cat /tmp/tandem-pg.datadir 2>/dev/null || true)"
[ -n "$datadir" ] && [ -d "$datadir" ] || exit 0
bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

su postgres -c "$bindir/pg_ctl -D '$datadir' -m fast -w stop >/dev/null"
rm -rf "$datadir" /tmp/tandem-pg.datadir

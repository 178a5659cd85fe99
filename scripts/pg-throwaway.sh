#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 on loopback, its data and socket in a new temporary directory, and
# prints its URL on stdout (the directory on stderr: `pg_ctl -D DIR/data stop` ends it). For tests and
# for trying `--db postgres://…` on one machine. Usage: scripts/pg-throwaway.sh [PORT] (default 55432).
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail
port="${1:-55432}"
bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/initdb" ]; then
  echo "pg-throwaway: no PostgreSQL 15 in $bin (apt-get install postgresql)" >&2
  exit 1
fi
dir="$(mktemp -d /tmp/onrecord-pg.XXXXXX)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
as_pg "$bin/initdb" -D "$dir/data" -U onrecord --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
# No fsync: a throwaway server for tests loses nothing worth keeping when the machine stops.
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U onrecord onrecord
echo "$dir" >&2
echo "postgres://onrecord@127.0.0.1:$port/onrecord"

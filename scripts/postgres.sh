#!/usr/bin/env bash
# A private, throw-away PostgreSQL 15 cluster for the tests: started on a free loopback port as the postgres
# user, stopped and removed at exit. Source this file, then call start_test_postgres; it exports
# INCIDENTWORKFLOWS_TEST_POSTGRES with the connection string.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

ensure_postgres_installed() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "PostgreSQL 15 not found; installing it from Debian's packages" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start_test_postgres() {
  ensure_postgres_installed
  PG_DIR="$(mktemp -d /tmp/iw-pg.XXXXXX)"
  chown postgres:postgres "$PG_DIR"
  PG_PORT="$(free_port)"
  su postgres -c "$PG_BIN/initdb -D '$PG_DIR/data' -U postgres --auth=trust -E UTF8" >/dev/null
  su postgres -c "$PG_BIN/pg_ctl -D '$PG_DIR/data' -o \"-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=300\" -l '$PG_DIR/log' -w start" >/dev/null
  export INCIDENTWORKFLOWS_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
  trap stop_test_postgres EXIT
}

stop_test_postgres() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    su postgres -c "$PG_BIN/pg_ctl -D '$PG_DIR/data' -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

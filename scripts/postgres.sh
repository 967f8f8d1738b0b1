#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on localhost, for casework-store's server tests and benchmarks.
#
#   scripts/postgres.sh install   installs PostgreSQL (apt-get, with sudo when not root) unless its binaries exist
#   scripts/postgres.sh start     initdb into a temporary directory, start on a free port (trust auth, 127.0.0.1
#                                 only), print the JDBC URL; run as the postgres user when invoked as root
#   scripts/postgres.sh url       print the JDBC URL of the running cluster
#   scripts/postgres.sh stop      stop the cluster and delete its directory
#
# Use:  scripts/postgres.sh start && export CASEWORK_PG_URL=$(scripts/postgres.sh url) && ./mvnw -B verify
# The directory defaults to one per checkout under /tmp; set CASEWORK_PG_DIR to choose it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${CASEWORK_PG_DIR:-/tmp/casework-pg-$(id -u)-$(printf '%s' "$root" | cksum | cut -d' ' -f1)}

bindir() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return
  fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then
    echo "$d"
    return
  fi
  return 1
}

# Runs a command as the cluster's owner: postgres refuses to run as root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local p
  for p in $(seq 54320 54420); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  echo "postgres.sh: no free port in 54320-54420" >&2
  return 1
}

case "${1:-}" in
  install)
    if bindir >/dev/null; then
      echo "postgres.sh: PostgreSQL is installed ($(bindir))"
      exit 0
    fi
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q postgresql
    ;;
  start)
    bin=$(bindir) || { echo "postgres.sh: PostgreSQL not found; run: scripts/postgres.sh install" >&2; exit 2; }
    if [ -f "$dir/url" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      cat "$dir/url"
      exit 0
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
      useradd --system --no-create-home postgres
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    port=$(free_port)
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 2; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=60" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 2; }
    echo "jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres" > "$dir/url"
    cat "$dir/url"
    ;;
  url)
    cat "$dir/url"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      bin=$(bindir)
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: scripts/postgres.sh install|start|url|stop" >&2
    exit 2
    ;;
esac

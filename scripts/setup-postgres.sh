#!/usr/bin/env bash
# Installs and starts PostgreSQL 15 with pgvector on a Debian (bookworm) machine without Docker,
# then creates the application role and databases. Safe to run again: every step checks first.
#
# Settings (environment): DB_USER, DB_PASSWORD, DB_NAME, DB_TEST_NAME, DB_BENCH_NAME (benchmarks), PG_VERSION.
set -euo pipefail

PG_VERSION="${PG_VERSION:-15}"
DB_USER="${DB_USER:-factcheck}"
DB_PASSWORD="${DB_PASSWORD:-factcheck}"
DB_NAME="${DB_NAME:-factcheck}"
DB_TEST_NAME="${DB_TEST_NAME:-factcheck_test}"
DB_BENCH_NAME="${DB_BENCH_NAME:-factcheck_bench}"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
log() { printf '[setup-postgres] %s\n' "$*"; }

apt_updated=0
installed=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$apt_updated" -eq 0 ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  installed=1
}

apt_install "postgresql-$PG_VERSION" "postgresql-client-$PG_VERSION"

# bookworm ships no pgvector binary; trixie's source package builds against bookworm's server headers.
ext_dir="/usr/share/postgresql/$PG_VERSION/extension"
if [ ! -f "$ext_dir/vector.control" ]; then
  apt_install "postgresql-server-dev-$PG_VERSION" build-essential dpkg-dev
  src_list=/etc/apt/sources.list.d/trixie-src.list
  if [ ! -f "$src_list" ]; then
    log "adding trixie deb-src for pgvector"
    echo "deb-src http://deb.debian.org/debian trixie main" | $SUDO tee "$src_list" >/dev/null
    $SUDO apt-get update -qq
  fi
  build_dir=$(mktemp -d)
  log "building pgvector in $build_dir"
  (cd "$build_dir" && apt-get source -qq pgvector >/dev/null 2>&1 || apt-get source pgvector)
  src=$(find "$build_dir" -maxdepth 1 -type d -name 'pgvector-*' | head -n 1)
  make -s -C "$src" PG_CONFIG="/usr/lib/postgresql/$PG_VERSION/bin/pg_config" >/dev/null
  $SUDO make -s -C "$src" PG_CONFIG="/usr/lib/postgresql/$PG_VERSION/bin/pg_config" install >/dev/null
  rm -rf "$build_dir"
fi

if ! pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" '$1==v && $2=="main"' | grep -q .; then
  log "creating cluster $PG_VERSION/main"
  $SUDO pg_createcluster "$PG_VERSION" main
fi
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  log "starting PostgreSQL $PG_VERSION"
  $SUDO pg_ctlcluster "$PG_VERSION" main start
elif [ "$installed" -eq 1 ]; then
  # An install can upgrade the server package under a running cluster, whose old binary then fails to load the
  # new libraries (plpgsql.so: undefined symbol).
  log "restarting PostgreSQL $PG_VERSION on the installed packages"
  $SUDO pg_ctlcluster "$PG_VERSION" main restart
fi

psql_su() { $SUDO -u postgres psql -v ON_ERROR_STOP=1 -qtA "$@" 2>/dev/null || (cd / && su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $(printf '%q ' "$@")"); }
if [ -z "$SUDO" ]; then psql_su() { (cd / && runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA "$@"); }; fi

if [ "$(psql_su -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != "1" ]; then
  log "creating role $DB_USER"
  psql_su -c "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASSWORD'"
fi
for db in "$DB_NAME" "$DB_TEST_NAME" "$DB_BENCH_NAME"; do
  if [ "$(psql_su -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
    log "creating database $db"
    psql_su -c "CREATE DATABASE \"$db\" OWNER \"$DB_USER\""
  fi
  # The extension needs a superuser to create; the application's migrations then find it in place.
  psql_su -d "$db" -c "CREATE EXTENSION IF NOT EXISTS vector"
done
log "PostgreSQL $PG_VERSION with pgvector $(psql_su -d "$DB_NAME" -c "SELECT extversion FROM pg_extension WHERE extname = 'vector'") is ready: jdbc:postgresql://localhost:5432/$DB_NAME (user $DB_USER)"

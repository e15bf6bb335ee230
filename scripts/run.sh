#!/usr/bin/env bash
# Starts the service on a fresh Debian machine: PostgreSQL with pgvector (scripts/setup-postgres.sh),
# a build when there is none, then the packaged service with the shared corpus loaded.
# Environment: CORPUS_DIR (default ../shared/corpus/factually), DB_* as in setup-postgres.sh, QUARKUS_* settings,
# ADMIN_USER / ADMIN_PASSWORD (first admin), SESSION_ENCRYPTION_KEY (random per start when unset).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-postgres.sh
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "$(find src prompts pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]; then
  ./mvnw -B -q package -DskipTests
fi

export QUARKUS_DATASOURCE_JDBC_URL="${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:5432/${DB_NAME:-factcheck}}"
export QUARKUS_DATASOURCE_USERNAME="${QUARKUS_DATASOURCE_USERNAME:-${DB_USER:-factcheck}}"
export QUARKUS_DATASOURCE_PASSWORD="${QUARKUS_DATASOURCE_PASSWORD:-${DB_PASSWORD:-factcheck}}"
export CORPUS_DIR="${CORPUS_DIR:-../shared/corpus/factually}"
# The editor login's session cookie needs a key (production sets its own); for a local run, a fresh one per start:
# editors then log in again after a restart.
export SESSION_ENCRYPTION_KEY="${SESSION_ENCRYPTION_KEY:-$(head -c 32 /dev/urandom | base64)}"
exec java @scripts/jvm.options ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar

#!/usr/bin/env bash
# SIGTERM under load: starts the packaged service, lets 50 clients ask questions, sends SIGTERM after 8 s and
# counts what every request got, apart for requests started before and after SIGTERM. No request in flight may be
# lost; new ones get 503 /problems/unavailable with Retry-After, then the port closes ("refused"). Uses its own
# database and port (defaults: factcheck_security, 8093).
#   bash scripts/shutdown-check.sh        (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8093}"
DB="${DB:-factcheck_security}"
KEY="shutdown-check-key"
LOG="$(mktemp)"
DB_NAME="$DB" bash scripts/setup-postgres.sh >/dev/null  # creates the database when it is missing
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$DB" QUARKUS_DATASOURCE_USERNAME=factcheck \
  QUARKUS_DATASOURCE_PASSWORD=factcheck QUARKUS_HTTP_PORT="$PORT" BOOTSTRAP_API_KEY="$KEY" \
  PARTNER_BOOTSTRAP_RATE_LIMIT=1000000 SESSION_ENCRYPTION_KEY="$(head -c 32 /dev/urandom | base64)" \
  CORPUS_DIR="${CORPUS_DIR:-../shared/corpus/factually}" java @scripts/jvm.options ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 300); do
  curl -sf "localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
python3 scripts/reliability_load.py --port "$PORT" --key "$KEY" --clients 50 --seconds 20 --out "$LOG.json" \
  --split-at-file "$LOG.sigterm" &
LOAD=$!
sleep 8
date +%s.%N >"$LOG.sigterm"
kill -TERM "$PID"
wait "$PID" || true
STOPPED=$(date +%s.%N)
echo "process exited $(echo "$STOPPED - $(cat "$LOG.sigterm")" | bc) s after SIGTERM"
wait "$LOAD"
grep -E "shutting down|stopped in|HTTP requests" "$LOG" || true
echo "log: $LOG"

#!/usr/bin/env bash
# A 20 s database stop under load, on a private throw-away PostgreSQL cluster (never the shared one):
# creates cluster 15/"outage" on port 5440, starts the packaged service on it, lets 8 clients ask for 45 s, stops
# the cluster from 10 s to 30 s, and reports the replies (503s with Retry-After during the stop, 200s after it:
# recovery without a restart) and the log lines the outage caused. Needs root (pg_createcluster).
#   bash scripts/outage-check.sh        (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
PGPORT="${PGPORT:-5440}"
PORT="${PORT:-8094}"
KEY="outage-check-key"
LOG="$(mktemp)"
pg_createcluster 15 outage --port "$PGPORT" >/dev/null
trap 'kill "${PID:-0}" 2>/dev/null || true; pg_dropcluster --stop 15 outage || true' EXIT
pg_ctlcluster 15 outage start
su postgres -c "psql -p $PGPORT -qc \"CREATE ROLE factcheck LOGIN PASSWORD 'factcheck'\" -c 'CREATE DATABASE factcheck_outage OWNER factcheck'"
su postgres -c "psql -p $PGPORT -d factcheck_outage -qc 'CREATE EXTENSION vector'"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PGPORT/factcheck_outage" QUARKUS_DATASOURCE_USERNAME=factcheck \
  QUARKUS_DATASOURCE_PASSWORD=factcheck QUARKUS_HTTP_PORT="$PORT" BOOTSTRAP_API_KEY="$KEY" \
  PARTNER_BOOTSTRAP_RATE_LIMIT=1000000 SESSION_ENCRYPTION_KEY="$(head -c 32 /dev/urandom | base64)" \
  CORPUS_DIR="${CORPUS_DIR:-../shared/corpus/factually}" java -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 300); do
  curl -sf "localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
START_LINES=$(wc -l <"$LOG")
python3 scripts/reliability_load.py --port "$PORT" --key "$KEY" --clients 8 --seconds 45 --out "$LOG.json" &
LOAD=$!
sleep 10
pg_ctlcluster 15 outage stop -m fast
echo "database stopped at $(date +%T)"
sleep 20
pg_ctlcluster 15 outage start
echo "database started at $(date +%T)"
wait "$LOAD"
echo "after the restart: $(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"question":"What is the 287(g) program?"}' "localhost:$PORT/api/v1/answers")"
tail -n +"$START_LINES" "$LOG" > "$LOG.outage"
echo "log lines during the load: $(wc -l <"$LOG.outage"), of which 'database unavailable': $(grep -c 'database unavailable' "$LOG.outage" || true), stack-trace lines: $(grep -c $'^\tat ' "$LOG.outage" || true), access lines: $(grep -c 'RequestIds' "$LOG.outage" || true)"
grep -v RequestIds "$LOG.outage" | grep -v 'database unavailable' | cut -c1-200 | sort | uniq -c | sort -rn | head -8

#!/usr/bin/env bash
# A 20 s database stop under load, on a private throw-away PostgreSQL cluster (never the shared one):
# creates cluster 15/outage<PGPORT> on port PGPORT (default 5440), starts the packaged service on it, lets 8 clients
# ask for 45 s, stops the cluster from 10 s to 30 s, and reports the replies before, during and after the stop (503
# /problems/unavailable with Retry-After during it, 200s after it: recovery without a restart) and the log lines the
# outage caused. Needs root (pg_createcluster); drops its cluster at the end.
#   PGPORT=5441 PORT=8111 bash scripts/outage-check.sh        (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
PGPORT="${PGPORT:-5440}"
PORT="${PORT:-8094}"
KEY="outage-check-key"
CLUSTER="outage$PGPORT"
LOG="$(mktemp)"
pg_createcluster 15 "$CLUSTER" --port "$PGPORT" >/dev/null
trap 'kill "${PID:-0}" 2>/dev/null || true; wait "${PID:-0}" 2>/dev/null || true; pg_dropcluster --stop 15 "$CLUSTER" || true' EXIT
pg_ctlcluster 15 "$CLUSTER" start
su postgres -c "psql -p $PGPORT -qc \"CREATE ROLE factcheck LOGIN PASSWORD 'factcheck'\" -c 'CREATE DATABASE factcheck_outage OWNER factcheck'"
su postgres -c "psql -p $PGPORT -d factcheck_outage -qc 'CREATE EXTENSION vector'"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PGPORT/factcheck_outage" QUARKUS_DATASOURCE_USERNAME=factcheck \
  QUARKUS_DATASOURCE_PASSWORD=factcheck QUARKUS_HTTP_PORT="$PORT" BOOTSTRAP_API_KEY="$KEY" \
  PARTNER_BOOTSTRAP_RATE_LIMIT=1000000 SESSION_ENCRYPTION_KEY="$(head -c 32 /dev/urandom | base64)" \
  CORPUS_DIR="${CORPUS_DIR:-../shared/corpus/factually}" java @scripts/jvm.options ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 300); do
  curl -sf "localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
START_LINES=$(wc -l <"$LOG")
python3 scripts/reliability_load.py --port "$PORT" --key "$KEY" --clients 8 --seconds 45 --out "$LOG.json" &
LOAD=$!
sleep 10
date +%s.%N >"$LOG.stopped"
pg_ctlcluster 15 "$CLUSTER" stop -m fast
echo "database stopped at $(date +%T)"
sleep 20
date +%s.%N >"$LOG.started"
pg_ctlcluster 15 "$CLUSTER" start
echo "database started at $(date +%T)"
wait "$LOAD"
python3 - "$LOG.json" "$(cat "$LOG.stopped")" "$(cat "$LOG.started")" <<'PHASES'
import collections, json, sys
results, stopped, started = json.load(open(sys.argv[1])), float(sys.argv[2]), float(sys.argv[3])
def phase(r):
    return "before the stop" if r["at"] < stopped else "during the stop" if r["at"] < started else "after the start command"
for name in ("before the stop", "during the stop", "after the start command"):
    rs = [r for r in results if phase(r) == name]
    counts = collections.Counter(r["outcome"] for r in rs)
    print(f"{name}: {len(rs)} requests, {dict(counts)}, 503 with Retry-After: "
          f"{sum(1 for r in rs if r['outcome'] == '503' and r['retryAfter'])}, 503 problem /problems/unavailable: "
          f"{sum(1 for r in rs if r['outcome'] == '503' and r['problem'])}")
ok = sorted(r["at"] for r in results if r["at"] >= started and r["outcome"] == "200")
print(f"first answer {ok[0] - started:.1f} s after the start command" if ok else "no answer after the restart")
PHASES
echo "after the restart: $(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"question":"What is the 287(g) program?"}' "localhost:$PORT/api/v1/answers")"
tail -n +"$START_LINES" "$LOG" > "$LOG.outage"
echo "log: $LOG"
echo "log lines during the load: $(wc -l <"$LOG.outage"), of which 'database unavailable': $(grep -c 'database unavailable' "$LOG.outage" || true), stack-trace lines: $(grep -c $'^\tat ' "$LOG.outage" || true), access lines: $(grep -c 'RequestIds' "$LOG.outage" || true)"
grep -v RequestIds "$LOG.outage" | grep -v 'database unavailable' | cut -c1-200 | sort | uniq -c | sort -rn | head -8 || true

#!/usr/bin/env bash
# The passage search on a real PostgreSQL streaming replica (issue 12, part 5). Takes a pg_basebackup of the local
# cluster into a new cluster 15/replica (port REPLICA_PORT, default 5443), starts it as a hot standby streaming from
# the primary, then runs ours on the same database twice, uncached so that every question searches: without the
# replica (port 8101) and with it (8102, QUARKUS_DATASOURCE_REPLICA_JDBC_URL), 1 client then 8, on the dev questions.
# Prints the load figures, how many read transactions the replica served and its replay lag; drops the replica after.
# Usage: scripts/bench-replica.sh [SECONDS per run, default 20]. Needs root, a build, and a database where
# scripts/bench-peer.sh loaded the site corpus and the BBC articles (DB_NAME, default factcheck_speed).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
db=${DB_NAME:-factcheck_speed}
rport=${REPLICA_PORT:-5443}
shared=$(cd ../shared && pwd)
questions=$shared/eval/dev-questions.jsonl
key=bench-replica-key
data=/var/lib/postgresql/15/replica
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  pg_dropcluster --stop 15 replica 2>/dev/null || true
}
trap cleanup EXIT

pg_createcluster 15 replica --port "$rport" >/dev/null
rm -rf "${data:?}"/*
# -R writes standby.signal and primary_conninfo: the copy starts as a standby that streams from the primary.
runuser -u postgres -- pg_basebackup -D "$data" -R -X stream -c fast -p 5432
pg_ctlcluster 15 replica start
on_replica() { runuser -u postgres -- psql -p "$rport" -qtA -d "$db" -c "$1"; }
for _ in $(seq 60); do [ "$(on_replica 'SELECT pg_is_in_recovery()' 2>/dev/null)" = t ] && break; sleep 1; done
echo "replica on $rport in recovery: $(on_replica 'SELECT pg_is_in_recovery()'), passages: $(on_replica 'SELECT count(*) FROM passage')" >&2

start_ours() {  # port, replica URL or empty
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$db" QUARKUS_DATASOURCE_USERNAME="${DB_USER:-factcheck}" \
    QUARKUS_DATASOURCE_PASSWORD="${DB_PASSWORD:-factcheck}" QUARKUS_HTTP_PORT="$1" BOOTSTRAP_API_KEY="$key" \
    PARTNER_BOOTSTRAP_RATE_LIMIT=100000000 PARTNER_BOOTSTRAP_DAILY_QUOTA=100000000 ANSWERING_DECISION_CACHE_ENABLED=false \
    CORPUS_LOAD_AT_STARTUP=false SESSION_ENCRYPTION_KEY="$(head -c 32 /dev/urandom | base64)" \
    ${2:+QUARKUS_DATASOURCE_REPLICA_JDBC_URL=$2} \
    java @scripts/jvm.options ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "target/bench-replica-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 120); do curl -sf "localhost:$1/q/health/ready" >/dev/null && return; sleep 1; done
  echo "ours on $1 did not start" >&2; exit 1
}
start_ours 8101 ""
start_ours 8102 "jdbc:postgresql://localhost:$rport/$db"

run() { printf '%-26s %s\n' "$1" "$(python3 "$shared/peer-naive-rag/load.py" "$2" "$key" "$questions" "$3" "$seconds")"; }
served() { on_replica "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"; }
for port in 8101 8102; do python3 "$shared/peer-naive-rag/load.py" "http://localhost:$port" "$key" "$questions" 2 5 >/dev/null; done
for clients in 1 8; do
  echo "== $clients client(s), decision cache off"
  run "primary only" http://localhost:8101 "$clients"
  before=$(served)
  run "search on the replica" http://localhost:8102 "$clients"
  echo "   read transactions on the replica during that run: $(( $(served) - before ))"
done
echo "replay lag: $(runuser -u postgres -- psql -qtA -c "SELECT coalesce(max(replay_lag)::text, 'none') FROM pg_stat_replication")"

#!/usr/bin/env bash
# Two instances on one database (issue 12, by hand): an article withdrawn on instance A, then uploaded again on A,
# must be reflected in instance B's answers within 2 seconds. Asks B (which has the answer in its decision cache)
# every 50 ms and prints how long each change took to show. Needs a build and the database of scripts/bench-peer.sh
# (DB_NAME, default factcheck_speed) with the site corpus loaded. Ports 8098 (A) and 8099 (B).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${DB_NAME:-factcheck_speed}
key=two-instances-key
admin=bench-admin
password=$(head -c 18 /dev/urandom | base64)  # the policy refuses passwords that hold the user name
article=${ARTICLE:-002_73e1299aacddae53}
question=${QUESTION:-Which counties in New Hampshire have signed up for 287(g)?}
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
session=$(head -c 32 /dev/urandom | base64)

start() {  # port
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$db QUARKUS_DATASOURCE_USERNAME=${DB_USER:-factcheck} \
  QUARKUS_DATASOURCE_PASSWORD=${DB_PASSWORD:-factcheck} QUARKUS_HTTP_PORT=$1 BOOTSTRAP_API_KEY=$key \
  ADMIN_USER=$admin ADMIN_PASSWORD=$password CORPUS_LOAD_AT_STARTUP=false SESSION_ENCRYPTION_KEY=$session \
  java @scripts/jvm.options ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "target/two-instances-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do curl -sf "localhost:$1/q/health/ready" >/dev/null && return; kill -0 $! 2>/dev/null || break; sleep 1; done
  echo "instance on $1 did not start" >&2; exit 1
}
# The admin account is created at start only when it does not exist: drop the one an earlier run made, whose
# password was another random one.
psql -qtA "postgresql://${DB_USER:-factcheck}:${DB_PASSWORD:-factcheck}@localhost:5432/$db" \
  -c "DELETE FROM editor_user WHERE username = '$admin'" >/dev/null
start 8098
start 8099
ask() { curl -s localhost:8099/api/v1/answers -H "X-API-Key: $key" -H 'Content-Type: application/json' \
          -d "$(python3 -c 'import json,sys; print(json.dumps({"question": sys.argv[1]}))' "$question")"; }
cites() { ask | python3 -c 'import json,sys; print(any(c["articleId"] == sys.argv[1] for c in json.load(sys.stdin)["citations"]))' "$article"; }
wait_for() {  # expected cites() value; prints seconds
  local t0; t0=$(date +%s.%N)
  until [ "$(cites)" = "$1" ]; do
    if (( $(echo "$(date +%s.%N) - $t0 > 10" | bc) )); then echo "not within 10 s"; return; fi
    sleep 0.05
  done
  echo "$(date +%s.%N) - $t0" | bc
}
echo "B cites $article before: $(cites) (asked twice: the second from B's cache: $(cites))"
curl -sf -u "$admin:$password" -X POST "localhost:8098/api/v1/articles/$article/withdraw" >/dev/null
echo "withdrawn on A; B stopped citing it after $(wait_for False) s"
curl -sf -u "$admin:$password" -H 'Content-Type: application/octet-stream' --data-binary @"../shared/corpus/factually/$article.txt" \
     "localhost:8098/api/v1/articles?filename=$article.txt" >/dev/null
echo "uploaded again on A; B cited it again after $(wait_for True) s"

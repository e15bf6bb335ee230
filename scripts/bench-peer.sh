#!/usr/bin/env bash
# Ours and the naive langchain4j peer side by side, in one run, on the same questions (issue 12):
#   1 client p50/p95, 8 clients questions/s, and a burst of one question asked 2,000 times by 16 clients
#   (answers/s, and the answers recorded, counted in PostgreSQL), once with a new connection per request (as load.py)
#   and once with each client keeping its connection alive (as a partner's HTTP client pool).
# Ours runs twice on the same database, with the site corpus and the BBC articles loaded: with the decision cache
# (the default) and without it (every question embedded, searched and decided). The peer loads the site corpus.
# Usage: [BBC=0] [BURST=2000] scripts/bench-peer.sh [SECONDS per closed-loop run, default 20] (BBC=0: the site corpus
# alone, for a quick comparison; BURST: how many times the burst asks its question). Needs a build (./mvnw -B package -DskipTests),
# PostgreSQL on 5432, python3. Database: factcheck_speed (DB_NAME to change). Ports 8095 (cached), 8097 (uncached),
# 8096 (peer). The first run ingests the BBC articles (long; later runs skip unchanged files by content hash).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
burst=${BURST:-2000}
db=${DB_NAME:-factcheck_speed}
shared=$(cd ../shared && pwd)
questions=$shared/eval/dev-questions.jsonl
key=bench-peer-key
corpus=target/bench-corpus/site-and-bbc
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# The site's exports and the BBC articles as JSON articles (one section, paragraphs kept), in one folder.
mkdir -p "$corpus"
cp -f "$shared"/corpus/factually/* "$corpus"/
[ "${BBC:-1}" = 0 ] && rm -f "$corpus"/bbc-*.json || python3 - "$shared/datasets/bbc-news/articles.jsonl" "$corpus" <<'PY'
import json, re, sys, os
for line in open(sys.argv[1]):
    if not line.strip(): continue
    a = json.loads(line)
    aid = "bbc-" + a["id"].replace("/", "-")
    path = os.path.join(sys.argv[2], aid + ".json")
    if not os.path.exists(path):
        json.dump({"id": aid, "title": a["title"], "sections": [{"text": re.sub(r"\n\s*\n", "\n", a["text"])}]}, open(path, "w"))
PY

start_ours() {  # port, cache enabled
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$db QUARKUS_DATASOURCE_USERNAME=${DB_USER:-factcheck} \
  QUARKUS_DATASOURCE_PASSWORD=${DB_PASSWORD:-factcheck} QUARKUS_HTTP_PORT=$1 BOOTSTRAP_API_KEY=$key \
  PARTNER_BOOTSTRAP_RATE_LIMIT=100000000 PARTNER_BOOTSTRAP_DAILY_QUOTA=100000000 ANSWERING_DECISION_CACHE_ENABLED=$2 \
  CORPUS_DIR=$corpus CORPUS_LOAD_AT_STARTUP=$3 SESSION_ENCRYPTION_KEY=$(head -c 32 /dev/urandom | base64) \
  java @scripts/jvm.options ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "target/bench-ours-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 3600); do curl -sf "localhost:$1/q/health/ready" >/dev/null && return; kill -0 $! 2>/dev/null || break; sleep 1; done
  echo "ours on $1 did not start" >&2; exit 1
}
echo "starting ours (ingesting what changed) ..." >&2
start_ours 8095 true true
start_ours 8097 false false
peer=$(PEER_PORT=8096 bash "$shared/peer-naive-rag/serve-peer.sh" 0.85 3)
pids+=("$peer")
echo "passages: $(psql -qtA "postgresql://${DB_USER:-factcheck}:${DB_PASSWORD:-factcheck}@localhost:5432/$db" -c 'SELECT count(*) FROM passage')" >&2

run() {  # label, base, clients
  printf '%-24s %s\n' "$1" "$(python3 "$shared/peer-naive-rag/load.py" "$2" "$key" "$questions" "$3" "$seconds")"
}
for base in localhost:8095 localhost:8097 localhost:8096; do  # warm-up
  python3 "$shared/peer-naive-rag/load.py" "http://$base" "$key" "$questions" 2 5 >/dev/null
done
echo "== 1 client (machine shared: compare the rows, not absolute times)"
run "ours, cached" http://localhost:8095 1
run "ours, uncached" http://localhost:8097 1
run "peer" http://localhost:8096 1
echo "== 8 clients"
run "ours, cached" http://localhost:8095 8
run "ours, uncached" http://localhost:8097 8
run "peer" http://localhost:8096 8
question=$(python3 -c "import json,sys; print(json.loads(open(sys.argv[1]).readline())['question'])" "$questions")
count() { psql -qtA "postgresql://${DB_USER:-factcheck}:${DB_PASSWORD:-factcheck}@localhost:5432/$db" -c "SELECT count(*) FROM answer WHERE question = \$q\$$question\$q\$"; }
for connections in new-connection keep-alive; do
  echo "== burst: one question x $burst, 16 clients, $connections"
  for target in "ours, cached:8095" "ours, uncached:8097" "peer:8096"; do
    before=$(count)
    result=$(python3 scripts/burst.py "http://localhost:${target##*:}" "$key" "$question" 16 "$burst" "$connections")
    printf '%-24s %s recorded=%s\n' "${target%:*}" "$result" "$(( $(count) - before ))"
  done
done

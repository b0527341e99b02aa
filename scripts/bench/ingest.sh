#!/usr/bin/env bash
# npm run bench:ingest — runs the ingest benchmark against a fresh database, the dev broker and a
# built ingest-api, started as docker-compose.yml starts it (two HTTP workers, the same V8 flags);
# cleans up after itself. BENCH_EVENTS, BENCH_CLIENTS and BENCH_ROUNDS tune the load,
# INGEST_HTTP_WORKERS the service; BENCH_SKIP_BUILD=1 reuses dist/, and BENCH_INGEST_NODE_FLAGS
# passes flags to the service's node (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash scripts/ensure-infra.sh
[[ -d node_modules ]] || npm ci --no-audit --no-fund
[[ -n "${BENCH_SKIP_BUILD:-}" ]] || npm run --silent build >/dev/null

work="$(mktemp -d)"
db="concord_bench_$$"
export BROKER_STATE_DIR="$work/broker"
KAFKA_BROKERS="$(bash scripts/broker.sh start)"
ingest_pid=""
cleanup() {
  set +e
  [[ -n "$ingest_pid" ]] && kill -TERM "$ingest_pid" && wait "$ingest_pid"
  bash scripts/broker.sh stop
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" postgres
  rm -rf "$work"
}
trap cleanup EXIT
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db" postgres

export KAFKA_BROKERS DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}" REDIS_KEY_PREFIX="bench-$$"
export KAFKA_TOPIC_PREFIX="bench-ingest." KAFKA_IDEMPOTENT_PRODUCER=false KAFKA_CREATE_TOPICS=false LOG_LEVEL=warn
export ADMIN_EMAIL=bench@concord.local ADMIN_PASSWORD=bench-password-long DEMO_KEYS_FILE="$work/keys.json"
export INGEST_RATE_PER_KEY_PER_MINUTE=1000000
export INGEST_HTTP_WORKERS="${INGEST_HTTP_WORKERS:-2}"
export COMPLAINT_IDENTITY_KEY=Y29uY29yZC1kZW1vLWlkZW50aXR5LWtleS0zMmJ5dGU= COMPLAINT_PSEUDONYM_KEY=concord-bench-pseudonym-key-not-for-production
node dist/apps/console/main.js migrate >/dev/null
node dist/apps/ingest-api/main.js migrate >/dev/null
node dist/apps/console/main.js seed --demo >/dev/null

port=3901
echo "ingest-api: $INGEST_HTTP_WORKERS HTTP workers"
PORT=$port NODE_OPTIONS="--max-semi-space-size=32" node ${BENCH_INGEST_NODE_FLAGS:-} dist/apps/ingest-api/main.js >"$work/ingest.log" 2>&1 &
ingest_pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.3; done

node -r ts-node/register/transpile-only -r tsconfig-paths/register test/bench/ingest.bench.ts "$DEMO_KEYS_FILE" "http://127.0.0.1:$port"

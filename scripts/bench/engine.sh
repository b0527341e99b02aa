#!/usr/bin/env bash
# npm run bench:engine — runs the risk-engine benchmark against a fresh database (console and
# risk-engine schemas migrated), the dev broker and a built risk-engine started as
# docker-compose.yml starts it; cleans up after itself. BENCH_EVENTS, BENCH_ENTERPRISES,
# BENCH_MONTHS, BENCH_PRODUCE_BATCH, BENCH_ROUNDS, BENCH_RAW_REPEATS and BENCH_WARMUP_EVENTS tune
# the Kafka phase, BENCH_MEMORY_ENTERPRISES the memory phase, BENCH_BACKTEST_EVENTS,
# BENCH_BACKTEST_EVENTS_PER_ENTERPRISE, BENCH_BACKTEST_BUDGET_S and BENCH_BACKTEST_SAMPLE_S the
# backtest (see test/bench/engine.bench.ts); BENCH_SKIP_BUILD=1 reuses dist/, and
# BENCH_ENGINE_NODE_FLAGS passes flags to the engine's node (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash scripts/ensure-infra.sh
[[ -d node_modules ]] || npm ci --no-audit --no-fund
[[ -n "${BENCH_SKIP_BUILD:-}" ]] || npm run --silent build >/dev/null

work="$(mktemp -d)"
db="concord_bench_engine_$$"
export BROKER_STATE_DIR="$work/broker"
KAFKA_BROKERS="$(bash scripts/broker.sh start)"
engine_pid=""
REDIS_KEY_PREFIX="bench-engine-$$"
cleanup() {
  set +e
  [[ -n "$engine_pid" ]] && kill -TERM "$engine_pid" 2>/dev/null && wait "$engine_pid"
  bash scripts/broker.sh stop
  redis-cli -h 127.0.0.1 --scan --pattern "$REDIS_KEY_PREFIX:*" | xargs -r redis-cli -h 127.0.0.1 del >/dev/null
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" postgres
  rm -rf "$work"
}
trap cleanup EXIT
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db" postgres

export KAFKA_BROKERS DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db"
export KAFKA_TOPIC_PREFIX="bench-engine." KAFKA_IDEMPOTENT_PRODUCER=false KAFKA_CREATE_TOPICS=false LOG_LEVEL=warn
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}" REDIS_KEY_PREFIX="bench-engine-$$"
export JWT_SECRET=bench-engine-jwt-secret-of-at-least-32-chars
# The scheduled re-evaluation would re-score every enterprise at the next slot, in the middle of a
# measurement: put the slot out of the run's reach.
export RISK_REEVALUATION_MINUTES=1440
node dist/apps/console/main.js migrate >/dev/null
node dist/apps/risk-engine/main.js migrate >/dev/null

port="$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
PORT=$port KAFKA_CLIENT_ID=risk-engine node ${BENCH_ENGINE_NODE_FLAGS:-} dist/apps/risk-engine/main.js >"$work/engine.log" 2>&1 &
engine_pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.3; done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "risk-engine did not become ready; log follows" >&2; cat "$work/engine.log" >&2; exit 1; }

status=0
node -r ts-node/register/transpile-only -r tsconfig-paths/register test/bench/engine.bench.ts "$engine_pid" || status=$?
if [[ $status -ne 0 ]]; then echo "risk-engine log (last 40 lines):" >&2; tail -n 40 "$work/engine.log" >&2; fi
exit $status

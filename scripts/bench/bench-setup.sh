# Sourced by the scripts/bench/*.sh benchmarks: infrastructure up, dependencies and build (unless
# BENCH_SKIP_BUILD=1), a fresh database, the dev broker, a Redis key prefix of the run's own, and a
# cleanup on exit that stops what `bench_start_service` started, the broker, and removes the
# database, the Redis keys and the work folder. Usage: `source scripts/bench/bench-setup.sh <name>`.
set -euo pipefail
bench_name="$1"
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash scripts/ensure-infra.sh
[[ -d node_modules ]] || npm ci --no-audit --no-fund
[[ -n "${BENCH_SKIP_BUILD:-}" ]] || npm run --silent build >/dev/null

work="$(mktemp -d)"
db="concord_bench_${bench_name}_$$"
export BROKER_STATE_DIR="$work/broker"
KAFKA_BROKERS="$(bash scripts/broker.sh start)"
service_pid=""
bench_cleanup() {
  set +e
  [[ -n "$service_pid" ]] && kill -TERM "$service_pid" 2>/dev/null && wait "$service_pid"
  # Quietly, so a benchmark's result stays the last line of the output.
  bash scripts/broker.sh stop 2>/dev/null
  redis-cli -h 127.0.0.1 --scan --pattern "$REDIS_KEY_PREFIX:*" | xargs -r redis-cli -h 127.0.0.1 del >/dev/null
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" postgres
  rm -rf "$work"
}
trap bench_cleanup EXIT
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db" postgres

export KAFKA_BROKERS DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db"
export KAFKA_TOPIC_PREFIX="bench-$bench_name." KAFKA_IDEMPOTENT_PRODUCER=false KAFKA_CREATE_TOPICS=false LOG_LEVEL=warn
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}" REDIS_KEY_PREFIX="bench-$bench_name-$$"

free_port() { node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"; }

# bench_start_service <app> <port> [node flags…]: starts dist/apps/<app>/main.js in the background
# (log in $work/<app>.log, pid in $service_pid) and waits until it is ready.
bench_start_service() {
  local app="$1" port="$2"
  shift 2
  # shellcheck disable=SC2068 # the flags are words on purpose
  PORT="$port" KAFKA_CLIENT_ID="$app" node $@ "dist/apps/$app/main.js" >"$work/$app.log" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && return 0; sleep 0.3; done
  echo "$app did not become ready; log follows" >&2
  cat "$work/$app.log" >&2
  return 1
}

# bench_run <script.ts> [args…]: runs the measuring script; on failure shows the service's log.
bench_run() {
  local status=0
  node -r ts-node/register/transpile-only -r tsconfig-paths/register "$@" || status=$?
  if [[ $status -ne 0 ]]; then
    echo "service log (last 40 lines):" >&2
    tail -n 40 "$work"/*.log >&2
  fi
  return $status
}

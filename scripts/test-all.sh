#!/usr/bin/env bash
# Everything CI runs (`npm test`), in order, stopping at the first failure:
# typecheck, lint, dependency rules, dependency audit, build, unit, integration, end-to-end, chaos, demo, browser.
#
# Needs PostgreSQL and Redis (defaults below: the local services of ENVIRONMENT.md) and a
# Kafka-protocol broker: if KAFKA_BROKERS is unset, the dev broker is started here and stopped
# on exit; a broker given through KAFKA_BROKERS is left alone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# A fresh machine: start PostgreSQL/Redis if they are down, install kcat, install dependencies.
bash scripts/ensure-infra.sh
[[ -d node_modules ]] || npm ci --no-audit --no-fund

# Admin connections: the suites create (and drop) their own uniquely named databases from them.
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"

started_broker=0
cleanup() {
  local rc=$?
  if [[ "$started_broker" == 1 ]]; then
    bash scripts/broker.sh stop || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ -z "${KAFKA_BROKERS:-}" ]]; then
  started_broker=1
  KAFKA_BROKERS="$(bash scripts/broker.sh start)"
  export KAFKA_BROKERS
  # The mock cluster has no usable controller: no admin topic creation, no idempotent producer.
  export KAFKA_IDEMPOTENT_PRODUCER="${KAFKA_IDEMPOTENT_PRODUCER:-false}"
  export KAFKA_CREATE_TOPICS="${KAFKA_CREATE_TOPICS:-false}"
fi
echo "test-all: DATABASE_URL=…@${DATABASE_URL#*@} REDIS_URL=$REDIS_URL KAFKA_BROKERS=$KAFKA_BROKERS"

t_all=$SECONDS
step() {
  local name="$1"; shift
  local t0=$SECONDS
  printf '\n=== %s: %s\n' "$name" "$*"
  "$@"
  printf '=== %s passed in %ss (total %ss)\n' "$name" "$((SECONDS - t0))" "$((SECONDS - t_all))"
}

step typecheck   npm run --silent typecheck
step lint        npm run --silent lint
step deps        npm run --silent deps:check
# The dependency audit says "not checked" (and passes) where the registry refuses its endpoint.
step audit       npm run --silent audit:deps
step build       npm run --silent build
results=.run/test-results
rm -rf "$results" && mkdir -p "$results"
step unit        npx jest --selectProjects unit --json --outputFile="$results/unit.json"
# --forceExit: once (2026-11-30), after every integration test had passed, jest kept waiting on an
# open handle that --detectOpenHandles did not reproduce; the run must end rather than hang until
# CI's time limit. The results are decided before it applies.
step integration npx jest --selectProjects integration --runInBand --forceExit --json --outputFile="$results/integration.json"
step e2e         npx jest --selectProjects e2e --runInBand --forceExit --json --outputFile="$results/e2e.json"
# The fault suite: the whole system under load on a Postgres, Redis and broker of its own, which it kills and restarts.
step chaos       npx jest --selectProjects chaos --runInBand --forceExit --json --outputFile="$results/chaos.json"

# The README's first command, end to end, on ports, a database and a broker of its own.
step demo env DEMO_EXIT_WHEN_READY=1 DEMO_SKIP_BUILD=1 DEMO_PORT_BASE=3600 DEMO_DB=concord_demo_smoke \
  DEMO_RUN_DIR=.run/demo-smoke BROKER_STATE_DIR=.run/demo-smoke/broker bash scripts/demo.sh
# Debian's Chromium driving the console of a demo of its own (test/browser/); screenshots in .run/screenshots/.
step browser     npx jest --selectProjects browser --runInBand --forceExit --json --outputFile="$results/browser.json"

printf '\n=== all checks passed in %ss\n' "$((SECONDS - t_all))"
# One closing line over the five jest projects, in the plain form CI logs are read for.
node -e '
  const runs = process.argv.slice(1).map((f) => require(require("path").resolve(f)));
  const sum = (key) => runs.reduce((n, r) => n + r[key], 0);
  console.log(`${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests")} skipped`);
' "$results"/unit.json "$results"/integration.json "$results"/e2e.json "$results"/chaos.json "$results"/browser.json

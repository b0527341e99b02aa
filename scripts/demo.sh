#!/usr/bin/env bash
# `npm run demo`: the whole system on local defaults with demo data.
# Installs dependencies, starts the dev Kafka-protocol broker, builds, creates and migrates a demo
# database, seeds a demo county with enterprises, people, committees, mediators and staff accounts,
# starts all five services, plays six months of the county's history through the ingest API (each
# business day scored as of that day), keeps a live stream going, and prints where to look and the
# demo logins. Ctrl-C stops everything it started. Without DEMO_EXIT_WHEN_READY it stays up after
# its "ready:" line (test/browser/ waits for it). DEMO_EXIT_WHEN_READY=1 stops once alerts and a case exist
# (`npm test` runs it that way, on its own ports, database and broker: DEMO_PORT_BASE, DEMO_DB,
# DEMO_RUN_DIR, BROKER_STATE_DIR; DEMO_SKIP_BUILD=1 reuses dist/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUN_DIR="${DEMO_RUN_DIR:-.run/demo}"
DEMO_DB="${DEMO_DB:-concord_demo}"
BASE="${DEMO_PORT_BASE:-3000}"
CONSOLE=$BASE INGEST=$((BASE + 1)) RISK=$((BASE + 2)) NOTIFIER=$((BASE + 3)) CASES=$((BASE + 4))
mkdir -p "$RUN_DIR/logs"
say() { printf '\033[1mdemo:\033[0m %s\n' "$*"; }

bash scripts/ensure-infra.sh
[[ -d node_modules ]] || { say "installing dependencies"; npm ci --no-audit --no-fund; }
if [[ "${DEMO_SKIP_BUILD:-0}" != 1 || ! -d dist/apps ]]; then
  say "building the services"
  npm run --silent build >"$RUN_DIR/logs/build.log" 2>&1 || { cat "$RUN_DIR/logs/build.log"; exit 1; }
fi

KAFKA_BROKERS="$(bash scripts/broker.sh start)"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DEMO_DB WITH (FORCE)" postgres
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DEMO_DB" postgres

export KAFKA_BROKERS
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DEMO_DB"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
export REDIS_KEY_PREFIX="concord-demo-$(date +%s)"
export KAFKA_TOPIC_PREFIX="demo-$(date +%s)."
export KAFKA_IDEMPOTENT_PRODUCER=false KAFKA_CREATE_TOPICS=false
export LOG_LEVEL="${LOG_LEVEL:-info}"
export JWT_SECRET="${JWT_SECRET:-concord-demo-secret-not-for-production-0001}"
export ACK_LINK_SECRET="${ACK_LINK_SECRET:-concord-demo-ack-link-secret-not-for-production}"
export COMPLAINT_IDENTITY_KEY="${COMPLAINT_IDENTITY_KEY:-Y29uY29yZC1kZW1vLWlkZW50aXR5LWtleS0zMmJ5dGU=}"
export COMPLAINT_PSEUDONYM_KEY="${COMPLAINT_PSEUDONYM_KEY:-concord-demo-pseudonym-key-not-for-production}"
export ADMIN_EMAIL="${ADMIN_EMAIL:-admin@concord.local}"
export ADMIN_PASSWORD="${ADMIN_PASSWORD:-concord-demo-admin}"
export RISK_ENGINE_URL=http://127.0.0.1:$RISK CASE_SERVICE_URL=http://127.0.0.1:$CASES NOTIFIER_URL=http://127.0.0.1:$NOTIFIER CONSOLE_URL=http://127.0.0.1:$CONSOLE
# The notifier puts its own address in acknowledge links.
export PUBLIC_URL=http://127.0.0.1:$NOTIFIER
export DEMO_KEYS_FILE="$RUN_DIR/enterprise-keys.json"

for app in console ingest-api risk-engine notifier case-service; do
  node "dist/apps/$app/main.js" migrate >"$RUN_DIR/logs/migrate-$app.log" 2>&1 || { cat "$RUN_DIR/logs/migrate-$app.log"; exit 1; }
done
say "seeding the demo county"
node dist/apps/console/main.js seed --demo >"$RUN_DIR/logs/seed.log" 2>&1 || { cat "$RUN_DIR/logs/seed.log"; exit 1; }

pids=()
cleanup() {
  set +e
  say "stopping"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  wait "${pids[@]}" 2>/dev/null
  bash scripts/broker.sh stop
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

declare -A PORTS=([console]=$CONSOLE [ingest-api]=$INGEST [risk-engine]=$RISK [notifier]=$NOTIFIER [case-service]=$CASES)
for app in console ingest-api risk-engine notifier case-service; do
  PORT="${PORTS[$app]}" node "dist/apps/$app/main.js" >"$RUN_DIR/logs/$app.log" 2>&1 &
  pids+=($!)
done
for app in "${!PORTS[@]}"; do
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:${PORTS[$app]}/health/ready" >/dev/null && break
    sleep 0.5
  done
  curl -fs "http://127.0.0.1:${PORTS[$app]}/health/ready" >/dev/null || { say "$app did not become ready; see $RUN_DIR/logs/$app.log"; exit 1; }
done
say "all five services are ready"

TS_NODE=(node -r ts-node/register/transpile-only -r tsconfig-paths/register)
"${TS_NODE[@]}" scripts/demo/feed-events.ts "$DEMO_KEYS_FILE" "http://127.0.0.1:$INGEST" "http://127.0.0.1:$CONSOLE" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" \
  >"$RUN_DIR/logs/feed.log" 2>&1 &
pids+=($!)
feed_pid=$!
say "playing six months of the county's history, then a live stream (log: $RUN_DIR/logs/feed.log)"
until grep -q 'historical events accepted' "$RUN_DIR/logs/feed.log"; do
  kill -0 "$feed_pid" 2>/dev/null || { cat "$RUN_DIR/logs/feed.log"; say "the feed stopped; see $RUN_DIR/logs/"; exit 1; }
  sleep 0.5
done
say "$(grep -o '[0-9]* historical events accepted and scored in [0-9.]*s' "$RUN_DIR/logs/feed.log")"

"${TS_NODE[@]}" scripts/demo/await-first-case.ts "http://127.0.0.1:$CONSOLE" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" \
  || { say "see the logs in $RUN_DIR/logs/ (feed.log first)"; exit 1; }

cat <<INFO

  Concord is running on local defaults with demo data.
    console API   http://127.0.0.1:$CONSOLE   (log in: $ADMIN_EMAIL / $ADMIN_PASSWORD)
    ingest API    http://127.0.0.1:$INGEST/v1/events   (enterprise keys: $DEMO_KEYS_FILE)
    risk engine   http://127.0.0.1:$RISK   notifier http://127.0.0.1:$NOTIFIER   case service http://127.0.0.1:$CASES
    logs          $RUN_DIR/logs/

  Demo staff (password: concord-demo-staff):
$(sed -n 's/^seed: demo login /    /p' "$RUN_DIR/logs/seed.log")

  Try:
    TOKEN=\$(curl -s -X POST localhost:$CONSOLE/v1/auth/login -H 'content-type: application/json' \\
      -d '{"email":"$ADMIN_EMAIL","password":"$ADMIN_PASSWORD"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')
    curl -s localhost:$CONSOLE/v1/enterprises -H "authorization: Bearer \$TOKEN"
    curl -s localhost:$CONSOLE/v1/enterprises/<id>/risk -H "authorization: Bearer \$TOKEN"

INFO
if [[ "${DEMO_EXIT_WHEN_READY:-0}" == 1 ]]; then exit 0; fi
# test/browser/ waits for this exact line before driving the console.
say "ready: http://127.0.0.1:$CONSOLE (press Ctrl-C to stop)"
wait

#!/usr/bin/env bash
# npm run bench — the whole system under load: a fresh database (every schema migrated), the dev
# broker, Redis, and the five built services as separate processes started as docker-compose.yml
# starts them (ingest-api with two HTTP workers); test/bench/system.bench.ts seeds the directory,
# receives the webhooks, drives HR events through the ingest API and reports. Cleans up after
# itself, also on failure or Ctrl-C. Knobs (see test/bench/system.bench.ts): BENCH_ENTERPRISES,
# BENCH_RATE (events/s, or "max"), BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_CLIENTS, BENCH_MONTHS_PER_BATCH,
# BENCH_MAX_AHEAD, BENCH_RAW_EVENTS, BENCH_RAW_WEBHOOKS; NOTIFY_GROUP_WAIT_MS (default 0 here, so
# a new thread is told at once); BENCH_SKIP_BUILD=1 reuses dist/, and BENCH_<APP>_NODE_FLAGS
# (e.g. BENCH_RISK_ENGINE_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof") passes flags to a service's node.
source "$(dirname "${BASH_SOURCE[0]}")/bench-setup.sh" system

APPS=(console ingest-api risk-engine notifier case-service)
declare -A PORTS METRICS_PORTS
for app in "${APPS[@]}"; do PORTS[$app]="$(free_port)"; METRICS_PORTS[$app]="$(free_port)"; done
receiver_port="$(free_port)"

export NODE_ENV=production
export JWT_SECRET=bench-system-jwt-secret-of-at-least-32-chars ACK_LINK_SECRET=bench-system-ack-link-secret-of-32-chars
export ADMIN_EMAIL=bench@concord.local ADMIN_PASSWORD=bench-password-long
export COMPLAINT_IDENTITY_KEY=Y29uY29yZC1kZW1vLWlkZW50aXR5LWtleS0zMmJ5dGU= COMPLAINT_PSEUDONYM_KEY=concord-bench-pseudonym-key-not-for-production
export WEBHOOK_URL="http://127.0.0.1:$receiver_port/hook" WEBHOOK_SECRET=bench-system-webhook-secret
export RISK_ENGINE_URL="http://127.0.0.1:${PORTS[risk-engine]}" CASE_SERVICE_URL="http://127.0.0.1:${PORTS[case-service]}"
export NOTIFIER_URL="http://127.0.0.1:${PORTS[notifier]}" CONSOLE_URL="http://127.0.0.1:${PORTS[console]}" PUBLIC_URL="http://127.0.0.1:${PORTS[notifier]}"
export INGEST_HTTP_WORKERS="${INGEST_HTTP_WORKERS:-2}"
# Without this, every new thread waits 30 s for more revisions before it is told: the notification
# latency would measure that window, not the system.
export NOTIFY_GROUP_WAIT_MS="${NOTIFY_GROUP_WAIT_MS:-0}"
# The scheduled re-evaluation would re-score every enterprise in the middle of the measurement.
export RISK_REEVALUATION_MINUTES=1440

for app in "${APPS[@]}"; do node "dist/apps/$app/main.js" migrate >/dev/null; done
node dist/apps/console/main.js seed >/dev/null

service_pids=()
stop_services() {
  set +e
  for pid in "${service_pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${service_pids[@]}"; do wait "$pid" 2>/dev/null; done
  bench_cleanup
}
trap stop_services EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

node_flags_of() {
  local var="BENCH_$(tr 'a-z-' 'A-Z_' <<<"$1")_NODE_FLAGS"
  printf '%s' "${!var:-}"
}

pid_args=()
for app in "${APPS[@]}"; do
  node_options=""
  [[ "$app" == ingest-api ]] && node_options="--max-semi-space-size=32"
  # shellcheck disable=SC2046 # the flags are words on purpose
  PORT="${PORTS[$app]}" METRICS_PORT="${METRICS_PORTS[$app]}" KAFKA_CLIENT_ID="$app" NODE_OPTIONS="$node_options" node $(node_flags_of "$app") "dist/apps/$app/main.js" >"$work/$app.log" 2>&1 &
  service_pids+=($!)
  pid_args+=("$app=$!")
done
for app in "${APPS[@]}"; do
  ready=""
  for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:${PORTS[$app]}/health/ready" >/dev/null && { ready=1; break; }; sleep 0.3; done
  if [[ -z "$ready" ]]; then
    echo "$app did not become ready; log follows" >&2
    cat "$work/$app.log" >&2
    exit 1
  fi
done

# The broker's own process too: its CPU is part of what the load costs on this machine.
bench_run test/bench/system.bench.ts "http://127.0.0.1:${PORTS[ingest-api]}" "$receiver_port" "http://127.0.0.1:${METRICS_PORTS[risk-engine]}/metrics" \
  "${pid_args[@]}" "kafka-broker=$(<"$BROKER_STATE_DIR/broker.pid")"

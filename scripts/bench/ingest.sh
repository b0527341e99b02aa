#!/usr/bin/env bash
# npm run bench:ingest — runs the ingest benchmark against a fresh database, the dev broker and a
# built ingest-api, started as docker-compose.yml starts it (two HTTP workers, the same V8 flags);
# cleans up after itself. BENCH_EVENTS, BENCH_CLIENTS and BENCH_ROUNDS tune the load,
# INGEST_HTTP_WORKERS the service; BENCH_SKIP_BUILD=1 reuses dist/, and BENCH_INGEST_NODE_FLAGS
# passes flags to the service's node (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
source "$(dirname "${BASH_SOURCE[0]}")/bench-setup.sh" ingest

export ADMIN_EMAIL=bench@concord.local ADMIN_PASSWORD=bench-password-long DEMO_KEYS_FILE="$work/keys.json"
export INGEST_RATE_PER_KEY_PER_MINUTE=1000000
export INGEST_HTTP_WORKERS="${INGEST_HTTP_WORKERS:-2}"
export COMPLAINT_IDENTITY_KEY=Y29uY29yZC1kZW1vLWlkZW50aXR5LWtleS0zMmJ5dGU= COMPLAINT_PSEUDONYM_KEY=concord-bench-pseudonym-key-not-for-production
node dist/apps/console/main.js migrate >/dev/null
node dist/apps/ingest-api/main.js migrate >/dev/null
node dist/apps/console/main.js seed --demo >/dev/null

port="$(free_port)"
echo "ingest-api: $INGEST_HTTP_WORKERS HTTP workers"
NODE_OPTIONS="--max-semi-space-size=32" bench_start_service ingest-api "$port" ${BENCH_INGEST_NODE_FLAGS:-}
bench_run test/bench/ingest.bench.ts "$DEMO_KEYS_FILE" "http://127.0.0.1:$port"

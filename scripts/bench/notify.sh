#!/usr/bin/env bash
# npm run bench:notify — runs the notifier benchmark against a fresh database (console and notifier
# schemas migrated), the dev broker, Redis and a built notifier started as docker-compose.yml starts
# it, with its webhook pointed at a receiver in the bench process; cleans up after itself.
# BENCH_ALERTS, BENCH_ROUNDS, BENCH_RAW_REPEATS, BENCH_WARMUP_ALERTS,
# BENCH_SEND_BATCH and BENCH_CONCURRENCY (the notifier's deliveries and the raw worker's, default 200 as in
# production) tune the run (see test/bench/notify.bench.ts);
# BENCH_SKIP_BUILD=1 reuses dist/, and BENCH_NOTIFY_NODE_FLAGS passes flags to the notifier's node
# (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
source "$(dirname "${BASH_SOURCE[0]}")/bench-setup.sh" notify

receiver_port="$(free_port)"
export JWT_SECRET=bench-notify-jwt-secret-of-at-least-32-chars ACK_LINK_SECRET=bench-notify-ack-link-secret-of-32-chars
export WEBHOOK_URL="http://127.0.0.1:$receiver_port/hook" WEBHOOK_SECRET=bench-notify-webhook-secret
# Every alert is notified at once: the grouping window would otherwise hold each new thread 30 s.
export NOTIFY_GROUP_WAIT_MS=0
export NOTIFY_WORKER_CONCURRENCY="${BENCH_CONCURRENCY:-200}"
node dist/apps/console/main.js migrate >/dev/null
node dist/apps/notifier/main.js migrate >/dev/null

bench_start_service notifier "$(free_port)" ${BENCH_NOTIFY_NODE_FLAGS:-}
bench_run test/bench/notify.bench.ts "$service_pid" "$receiver_port"

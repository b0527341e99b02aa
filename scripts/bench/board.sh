#!/usr/bin/env bash
# npm run bench:board — times GET /v1/board on the built risk-engine against a fresh database
# (console and risk-engine schemas migrated) seeded with 10,000 enterprises and a year of score
# history; cleans up after itself. BENCH_ENTERPRISES, BENCH_HISTORY_DAYS, BENCH_ASSESS_EVERY_DAYS,
# BENCH_STREETS, BENCH_COMMUNITIES_PER_STREET, BENCH_REQUESTS and BENCH_WARMUP tune it (see
# test/bench/board.bench.ts); BENCH_SKIP_BUILD=1 reuses dist/.
source "$(dirname "${BASH_SOURCE[0]}")/bench-setup.sh" board

export JWT_SECRET=bench-board-jwt-secret-of-at-least-32-chars
# Keep the scheduled re-evaluation from re-scoring every enterprise in the middle of a measurement.
export RISK_REEVALUATION_MINUTES=1440
node dist/apps/console/main.js migrate >/dev/null
node dist/apps/risk-engine/main.js migrate >/dev/null

port="$(free_port)"
bench_start_service risk-engine "$port"
bench_run test/bench/board.bench.ts "http://127.0.0.1:$port"

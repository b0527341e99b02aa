#!/usr/bin/env bash
# npm run bench:engine — runs the risk-engine benchmark against a fresh database (console and
# risk-engine schemas migrated), the dev broker and a built risk-engine started as
# docker-compose.yml starts it; cleans up after itself. BENCH_EVENTS, BENCH_ENTERPRISES,
# BENCH_MONTHS, BENCH_PRODUCE_BATCH, BENCH_ROUNDS, BENCH_RAW_REPEATS and BENCH_WARMUP_EVENTS tune
# the Kafka phase, BENCH_MEMORY_ENTERPRISES the memory phase, BENCH_BACKTEST_EVENTS,
# BENCH_BACKTEST_EVENTS_PER_ENTERPRISE, BENCH_BACKTEST_BUDGET_S and BENCH_BACKTEST_SAMPLE_S the
# backtest (see test/bench/engine.bench.ts); BENCH_SKIP_BUILD=1 reuses dist/, and
# BENCH_ENGINE_NODE_FLAGS passes flags to the engine's node (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
source "$(dirname "${BASH_SOURCE[0]}")/bench-setup.sh" engine

export JWT_SECRET=bench-engine-jwt-secret-of-at-least-32-chars
# The scheduled re-evaluation would re-score every enterprise at the next slot, in the middle of a
# measurement: put the slot out of the run's reach.
export RISK_REEVALUATION_MINUTES=1440
node dist/apps/console/main.js migrate >/dev/null
node dist/apps/risk-engine/main.js migrate >/dev/null

bench_start_service risk-engine "$(free_port)" ${BENCH_ENGINE_NODE_FLAGS:-}
bench_run test/bench/engine.bench.ts "$service_pid"

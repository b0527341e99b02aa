#!/usr/bin/env bash
# npm run bench:commits — a consumer's rounds through small batches on the dev broker, committing
# the way KafkaConsumerServer does against a request per batch and against no commits (see
# test/bench/commits.bench.ts). Needs only the broker, which it starts and stops itself.
# BENCH_BATCHES sets how many produced batches of 3 messages.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
[[ -d node_modules ]] || npm ci --no-audit --no-fund
work="$(mktemp -d)"
export BROKER_STATE_DIR="$work/broker"
KAFKA_BROKERS="$(bash scripts/broker.sh start)"
trap 'bash scripts/broker.sh stop 2>/dev/null; rm -rf "$work"' EXIT
export KAFKA_BROKERS KAFKA_TOPIC_PREFIX="bench-commits." KAFKA_IDEMPOTENT_PRODUCER=false KAFKA_CREATE_TOPICS=false
node -r ts-node/register/transpile-only -r tsconfig-paths/register test/bench/commits.bench.ts

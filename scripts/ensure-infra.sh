#!/usr/bin/env bash
# Makes sure what Concord needs on this machine is there: PostgreSQL and Redis answering (started
# with the commands of ENVIRONMENT.md if not), kcat (the dev Kafka-protocol broker's host),
# librdkafka-dev (the fault suite's broker host is built against it) and
# Debian's Chromium with a CJK font (driven by the browser tests through playwright-core).
# Records what it started in .run/infra/started so the caller can stop exactly that.
# Used by .ci/run, `npm test` and `npm run demo`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
STATE_DIR=.run/infra
mkdir -p "$STATE_DIR"

wait_for() {
  local what="$1" limit="$2"; shift 2
  local deadline=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    if (( SECONDS >= deadline )); then echo "$what is not ready after ${limit}s" >&2; return 1; fi
    sleep 0.5
  done
}

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q; }
redis_up() { [[ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" == "PONG" ]]; }

apt_updated=0
apt_install() {
  if [[ "$(id -u)" -ne 0 ]]; then echo "missing $*; install it with: sudo apt-get install -y $*" >&2; return 1; fi
  export DEBIAN_FRONTEND=noninteractive
  if [[ "$apt_updated" == 0 ]]; then apt-get update -qq; apt_updated=1; fi
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! pg_up; then
  echo "ensure-infra: starting PostgreSQL" >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  echo postgres >>"$STATE_DIR/started"
fi
wait_for PostgreSQL 60 pg_up

if ! redis_up; then
  echo "ensure-infra: starting Redis" >&2
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  echo redis >>"$STATE_DIR/started"
fi
wait_for Redis 30 redis_up

command -v kcat >/dev/null 2>&1 || apt_install kcat
# The fault suite builds its broker host (scripts/chaos/fault-broker.c) against librdkafka's mock API.
dpkg -s librdkafka-dev >/dev/null 2>&1 || { echo "ensure-infra: installing librdkafka-dev" >&2; apt_install librdkafka-dev; }
# The browser tests launch exactly this binary; Debian's package, not a downloaded browser build.
[[ -x /usr/bin/chromium ]] || { echo "ensure-infra: installing chromium" >&2; apt_install chromium; }
# Without a CJK font Chromium draws the zh-CN console (and its screenshots) as empty boxes.
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || { echo "ensure-infra: installing fonts-noto-cjk" >&2; apt_install fonts-noto-cjk; }
echo "ensure-infra: PostgreSQL, Redis, kcat, librdkafka-dev, Chromium and a CJK font are ready" >&2

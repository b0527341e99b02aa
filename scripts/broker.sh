#!/usr/bin/env bash
# Dev/CI Kafka-protocol broker: librdkafka's mock cluster, hosted by a kcat consumer process.
# The broker lives exactly as long as that kcat process and keeps everything in memory.
#
#   bash scripts/broker.sh start    # prints ONLY "127.0.0.1:<port>" on stdout
#   bash scripts/broker.sh status   # prints the address and exits 0 if running, exits 1 if not
#   bash scripts/broker.sh address  # same as status
#   bash scripts/broker.sh stop
#
#   KAFKA_BROKERS=$(bash scripts/broker.sh start)
#
# The mock does not implement controller requests: callers must run with
# KAFKA_IDEMPOTENT_PRODUCER=false and KAFKA_CREATE_TOPICS=false (see ENVIRONMENT.md).
# Diagnostics go to stderr; state lives in .run/broker/ (pid, address, log).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="${BROKER_STATE_DIR:-$ROOT/.run/broker}"
PID_FILE="$STATE_DIR/broker.pid"
ADDR_FILE="$STATE_DIR/broker.address"
LOG_FILE="$STATE_DIR/broker.log"
LOCK_FILE="$STATE_DIR/lock"
START_TIMEOUT="${BROKER_START_TIMEOUT:-15}"

log() { printf 'broker: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

port_open() { timeout 1 bash -c ": >/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# The pid alone could have been reused by another process after a crash: also check it is kcat.
running_pid() {
  [[ -s "$PID_FILE" ]] || return 1
  local pid; pid="$(<"$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kcat' || return 1
  printf '%s\n' "$pid"
}

# Address as announced by librdkafka: "... Mock cluster ... bootstrap.servers=127.0.0.1:<port>"
logged_address() {
  [[ -f "$LOG_FILE" ]] || return 1
  grep -m1 -oE 'bootstrap\.servers=127\.0\.0\.1:[0-9]+' "$LOG_FILE" | cut -d= -f2
}

current_address() {
  running_pid >/dev/null || return 1
  local addr; addr="$(cat "$ADDR_FILE" 2>/dev/null || true)"
  [[ -n "$addr" ]] || return 1
  port_open "${addr##*:}" || return 1
  printf '%s\n' "$addr"
}

ensure_kcat() {
  command -v kcat >/dev/null 2>&1 && return 0
  if [[ "$(id -u)" -ne 0 ]]; then
    die "kcat is not installed and this is not root; run: sudo apt-get install -y kcat"
  fi
  log "installing kcat with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq kcat; } >&2 || die "apt-get install kcat failed"
  command -v kcat >/dev/null 2>&1 || die "kcat still not on PATH after apt-get install"
}

stop_broker() {
  local pid
  if pid="$(running_pid)"; then
    # setsid made kcat the leader of its own process group (kcat + its log filter): end that group.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    log "stopped (pid $pid)"
  fi
  rm -f "$PID_FILE" "$ADDR_FILE"
}

start_broker() {
  local addr
  if addr="$(current_address)"; then
    printf '%s\n' "$addr"
    return 0
  fi
  # A stale pid (dead, or alive but not answering) is cleaned up before starting afresh.
  stop_broker 2>/dev/null || true
  ensure_kcat
  : >"$LOG_FILE"

  # Detached from the caller: own session (setsid), no inherited stdio, and the lock fd closed,
  # so `$(broker.sh start)` returns as soon as we print. With -d mock librdkafka logs every
  # request; the filter keeps the first lines (which carry the address) and then only
  # non-debug lines, so the log stays small however long the broker runs.
  # `exec` keeps the pid that the inner shell writes: it is kcat's pid and its process group.
  setsid bash -c '
    echo $$ >"$1"
    exec kcat -X test.mock.num.brokers=1 -b unused:1 -C -t warmup -d mock \
      >/dev/null 2> >(exec awk "NR <= 50 || !/^%7\\|/ { print; fflush() }" >>"$2")
  ' broker "$PID_FILE" "$LOG_FILE" </dev/null >/dev/null 2>&1 9>&- &

  local deadline=$((SECONDS + START_TIMEOUT)) pid=""
  while (( SECONDS < deadline )); do
    [[ -z "$pid" && -s "$PID_FILE" ]] && pid="$(<"$PID_FILE")"
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      log "kcat exited during start; log follows"
      tail -n 20 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    if [[ -n "$pid" ]] && addr="$(logged_address)" && [[ -n "$addr" ]] && port_open "${addr##*:}"; then
      printf '%s\n' "$addr" >"$ADDR_FILE"
      log "started on $addr (pid $pid, log $LOG_FILE)"
      printf '%s\n' "$addr"
      return 0
    fi
    sleep 0.2
  done
  log "not ready after ${START_TIMEOUT}s; log follows"
  tail -n 20 "$LOG_FILE" >&2 || true
  stop_broker
  exit 1
}

cmd="${1:-}"
case "$cmd" in
  start|stop|status|address) ;;
  *) echo "usage: $0 start|stop|status|address" >&2; exit 2 ;;
esac

mkdir -p "$STATE_DIR"
# Serialise concurrent start/stop calls on this checkout.
exec 9>"$LOCK_FILE"
flock -w 30 9 || die "could not take $LOCK_FILE within 30s"

case "$cmd" in
  start) start_broker ;;
  stop) stop_broker ;;
  status|address)
    if addr="$(current_address)"; then printf '%s\n' "$addr"; else log "not running"; exit 1; fi
    ;;
esac

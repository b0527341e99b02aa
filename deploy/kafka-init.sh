#!/bin/sh
# Creates (or brings up to date) the topics of deploy/topics.yaml on a real Kafka cluster.
# Runs in the apache/kafka image (busybox sh + awk, no YAML parser): docker-compose `kafka-init`.
# Idempotent: existing topics get their configs re-applied and their partition count raised if
# topics.yaml asks for more (Kafka cannot lower it).
#
# Environment:
#   BOOTSTRAP_SERVER        kafka:9092
#   TOPICS_FILE             /deploy/topics.yaml
#   TOPIC_PREFIX            prepended to every name, like the services' KAFKA_TOPIC_PREFIX (default empty)
#   MAX_REPLICATION_FACTOR  caps replicationFactor to the brokers available (default: no cap)
#   KAFKA_BIN               directory of kafka-topics.sh / kafka-configs.sh (/opt/kafka/bin)
set -eu

BOOTSTRAP_SERVER="${BOOTSTRAP_SERVER:-kafka:9092}"
TOPICS_FILE="${TOPICS_FILE:-/deploy/topics.yaml}"
TOPIC_PREFIX="${TOPIC_PREFIX:-}"
MAX_REPLICATION_FACTOR="${MAX_REPLICATION_FACTOR:-0}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"

[ -r "$TOPICS_FILE" ] || { echo "kafka-init: cannot read $TOPICS_FILE" >&2; exit 1; }

# One line per topic: name partitions replicationFactor config1=v1,config2=v2
# (comments and blank lines ignored; a config block ends at the next topic).
parse_topics() {
  awk '
    function flush() {
      if (name != "") print name, partitions, rf, (configs == "" ? "-" : configs)
      name = ""; partitions = ""; rf = ""; configs = ""; inconfig = 0
    }
    { sub(/[ \t]+#.*$/, ""); sub(/^[ \t]*#.*$/, "") }
    /^[ \t]*$/ { next }
    /^[ \t]*-[ \t]*name:/ { flush(); sub(/^[ \t]*-[ \t]*name:[ \t]*/, ""); name = $0; next }
    /^[ \t]+partitions:/ { partitions = $2; inconfig = 0; next }
    /^[ \t]+replicationFactor:/ { rf = $2; inconfig = 0; next }
    /^[ \t]+config:[ \t]*$/ { inconfig = 1; next }
    inconfig && /^[ \t]+[A-Za-z0-9._-]+:[ \t]*[^ \t]/ {
      key = $1; sub(/:$/, "", key); value = $2
      configs = configs (configs == "" ? "" : ",") key "=" value; next
    }
    END { flush() }
  ' "$TOPICS_FILE"
}

topics="$(parse_topics)"
[ -n "$topics" ] || { echo "kafka-init: no topics found in $TOPICS_FILE" >&2; exit 1; }

echo "$topics" | while read -r name partitions rf configs; do
  case "$partitions" in ''|*[!0-9]*) echo "kafka-init: $name: bad partitions '$partitions'" >&2; exit 1 ;; esac
  case "$rf" in ''|*[!0-9]*) echo "kafka-init: $name: bad replicationFactor '$rf'" >&2; exit 1 ;; esac
  topic="${TOPIC_PREFIX}${name}"

  # Fewer brokers than the production replication factor (e.g. the single-node compose cluster):
  # cap it, and keep min.insync.replicas below it so acks=all producers can still write.
  if [ "$MAX_REPLICATION_FACTOR" -gt 0 ] && [ "$rf" -gt "$MAX_REPLICATION_FACTOR" ]; then
    rf="$MAX_REPLICATION_FACTOR"
    min_isr=$(( rf > 1 ? rf - 1 : 1 ))
    configs="$(echo "$configs" | sed "s/min\.insync\.replicas=[0-9]*/min.insync.replicas=$min_isr/")"
  fi

  set -- --bootstrap-server "$BOOTSTRAP_SERVER"
  create_args=""
  alter_args=""
  if [ "$configs" != "-" ]; then
    for kv in $(echo "$configs" | tr ',' ' '); do create_args="$create_args --config $kv"; done
    alter_args="--add-config $configs"
  fi

  echo "kafka-init: $topic partitions=$partitions replication-factor=$rf configs=$configs"
  # shellcheck disable=SC2086 # create_args is a list of separate --config flags
  "$KAFKA_BIN/kafka-topics.sh" "$@" --create --if-not-exists --topic "$topic" \
    --partitions "$partitions" --replication-factor "$rf" $create_args

  current="$("$KAFKA_BIN/kafka-topics.sh" "$@" --describe --topic "$topic" \
    | sed -n 's/.*PartitionCount:[[:space:]]*\([0-9]*\).*/\1/p' | head -n 1)"
  if [ -n "$current" ] && [ "$current" -lt "$partitions" ]; then
    echo "kafka-init: $topic: raising partitions $current -> $partitions"
    "$KAFKA_BIN/kafka-topics.sh" "$@" --alter --topic "$topic" --partitions "$partitions"
  fi
  if [ -n "$alter_args" ]; then
    # shellcheck disable=SC2086
    "$KAFKA_BIN/kafka-configs.sh" "$@" --alter --entity-type topics --entity-name "$topic" $alter_args
  fi
done

echo "kafka-init: topics:"
"$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP_SERVER" --list

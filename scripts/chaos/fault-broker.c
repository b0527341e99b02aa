/*
 * A Kafka-protocol broker for the fault suite: librdkafka's mock cluster (one broker, kept in
 * memory, as scripts/broker.sh hosts it through kcat), plus a control line on stdin that takes
 * the broker down and up again. kcat cannot do that: stopping its process would also throw the
 * broker's log away, which a restarted Kafka broker keeps on disk. rd_kafka_mock_broker_set_down
 * cuts every connection and refuses new ones until set_up, with every partition's log intact.
 *
 *   stdout, first line:  bootstrap servers ("127.0.0.1:<port>")
 *   stdin:  "down" | "up"  → answers "ok down" | "ok up" (or "error <reason>")
 *   EOF on stdin ends the broker.
 *
 * Build: gcc -O2 -o fault-broker fault-broker.c -lrdkafka   (Debian: librdkafka-dev)
 */
#include <stdio.h>
#include <string.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#define BROKER_ID 1

static void answer(const char *command, rd_kafka_resp_err_t err) {
  if (err) printf("error %s: %s\n", command, rd_kafka_err2str(err));
  else printf("ok %s\n", command);
  fflush(stdout);
}

int main(void) {
  char errstr[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
  if (!rk) {
    fprintf(stderr, "rd_kafka_new: %s\n", errstr);
    return 1;
  }
  rd_kafka_mock_cluster_t *cluster = rd_kafka_mock_cluster_new(rk, 1);
  if (!cluster) {
    fprintf(stderr, "rd_kafka_mock_cluster_new failed\n");
    return 1;
  }
  printf("%s\n", rd_kafka_mock_cluster_bootstraps(cluster));
  fflush(stdout);

  char line[64];
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\r\n")] = '\0';
    if (strcmp(line, "down") == 0) answer(line, rd_kafka_mock_broker_set_down(cluster, BROKER_ID));
    else if (strcmp(line, "up") == 0) answer(line, rd_kafka_mock_broker_set_up(cluster, BROKER_ID));
    else if (line[0] != '\0') answer(line, RD_KAFKA_RESP_ERR__INVALID_ARG);
  }
  rd_kafka_mock_cluster_destroy(cluster);
  rd_kafka_destroy(rk);
  return 0;
}

/** The risk engine's own account of its hr.events handler, from its Prometheus metrics. */
export interface ScoringMetrics {
  /** Handler calls: one per fetched batch (one scoring transaction). */
  calls: number;
  /** Seconds spent in them. */
  seconds: number;
  events: number;
}

function metric(text: string, name: string, labels: RegExp): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && labels.test(line))
    .reduce((n, line) => n + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/**
 * Scrapes the engine's METRICS_PORT: concord_kafka_handler_duration_seconds (count and sum) and
 * concord_kafka_messages_total (handled) on hr.events. Two scrapes tell how many events each scoring
 * transaction held and how long it took — the engine's cost per batch, whatever the batching.
 */
export async function scoringMetrics(url: string): Promise<ScoringMetrics> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const text = await response.text();
  const hrEvents = /topic="hr\.events"/;
  return {
    calls: metric(text, 'concord_kafka_handler_duration_seconds_count', hrEvents),
    seconds: metric(text, 'concord_kafka_handler_duration_seconds_sum', hrEvents),
    events: metric(text, 'concord_kafka_messages_total', /topic="hr\.events".*outcome="handled"|outcome="handled".*topic="hr\.events"/),
  };
}

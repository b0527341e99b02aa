import { Counter } from 'prom-client';
import { metricsRegistry } from './registry';

/**
 * Events into and out of the pipeline, counted where each step's outcome is final (after Kafka
 * acknowledged or the transaction committed), so the three can be compared: accepted at intake,
 * scored by the engine, alert revisions sent on.
 */
export const ingestedEvents = new Counter({
  name: 'concord_ingest_events_total',
  help: 'HR events answered by ingest-api, by event type (a contract type, else "unknown") and outcome (accepted, duplicate, conflict, rejected; unavailable: Kafka did not take them and the client was told to retry)',
  labelNames: ['type', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const scoredEvents = new Counter({
  name: 'concord_risk_events_scored_total',
  help: 'Events the risk engine stored and scored, by event type (HR and case events), counted after commit; redeliveries its inbox skipped are not counted',
  labelNames: ['type'] as const,
  registers: [metricsRegistry],
});

export const emittedAlerts = new Counter({
  name: 'concord_risk_alerts_emitted_total',
  help: 'Risk alert revisions committed to the outbox for risk.alerts, by action (open, updated, resolved) and level',
  labelNames: ['action', 'level'] as const,
  registers: [metricsRegistry],
});

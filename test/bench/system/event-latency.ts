import type { Client } from 'pg';
import type { SeenAlert } from './alert-watch';
import type { WebhookReceipt } from './webhook-receipts';

export interface EventLatencies {
  /** Per event behind an alert: alert seen on risk.alerts − the event's acceptance, ms. */
  alertMs: number[];
  /** Per event behind a notified alert revision: its first webhook − the event's acceptance, ms. */
  notifyMs: number[];
  /** Alert revisions whose scoring batch held events of this load (others came from case feedback or the warm-up). */
  alertsFromLoad: number;
  webhooksFromLoad: number;
}

/**
 * Which accepted events each alert answers. The engine scores a fetched batch of an enterprise's
 * events in one assessment; its score_history row carries the scoring instant (the alert's
 * `scoredAt`) and the batch's last event of the enterprise, and every event of that batch was
 * stored with the same `received_at`. So the events behind an alert are the enterprise's events
 * stored together with that row's trigger. Only events accepted in [from, to) count, so the
 * warm-up and the drain stay out of the percentiles.
 */
export async function eventLatencies(
  db: Client,
  alerts: readonly SeenAlert[],
  webhooks: readonly WebhookReceipt[],
  acceptedAt: ReadonlyMap<string, number>,
  window: { from: number; to: number },
): Promise<EventLatencies> {
  const firstSeen = new Map<string, SeenAlert>();
  for (const alert of alerts) if (!firstSeen.has(`${alert.alertId}:${alert.revision}`)) firstSeen.set(`${alert.alertId}:${alert.revision}`, alert);
  const unique = [...firstSeen.values()];
  const { rows } = await db.query<{ i: number; event_id: string }>(
    `SELECT a.i::int AS i, e.event_id
       FROM unnest($1::uuid[], $2::timestamptz[]) WITH ORDINALITY AS a(enterprise_id, scored_at, i)
       JOIN risk.score_history sh ON sh.enterprise_id = a.enterprise_id AND sh.scored_at = a.scored_at
       JOIN risk.events t ON t.event_id = sh.trigger_event_id
       JOIN risk.events e ON e.enterprise_id = t.enterprise_id AND e.received_at = t.received_at`,
    [unique.map((a) => a.enterpriseId), unique.map((a) => a.scoredAt)],
  );
  const behind = new Map<string, number[]>();
  for (const { i, event_id: eventId } of rows) {
    const accepted = acceptedAt.get(eventId);
    if (accepted === undefined || accepted < window.from || accepted >= window.to) continue;
    const alert = unique[i - 1];
    const key = `${alert.alertId}:${alert.revision}`;
    const events = behind.get(key) ?? [];
    events.push(accepted);
    behind.set(key, events);
  }

  const alertMs: number[] = [];
  for (const [key, accepted] of behind) for (const at of accepted) alertMs.push((firstSeen.get(key)?.at ?? Number.NaN) - at);
  const notifyMs: number[] = [];
  const told = new Set<string>();
  for (const webhook of webhooks) {
    const key = `${webhook.alertId}:${webhook.revision}`;
    const accepted = behind.get(key);
    if (!accepted || told.has(key)) continue;
    told.add(key);
    for (const at of accepted) notifyMs.push(webhook.at - at);
  }
  return { alertMs, notifyMs, alertsFromLoad: behind.size, webhooksFromLoad: told.size };
}

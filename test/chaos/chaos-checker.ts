import { WEBHOOK_DELIVERY_HEADER } from '@concord/contracts';
import type { HttpReceiver } from '@concord/testing';
import type { Client } from 'pg';
import type { ChaosDirectory } from './chaos-directory';
import type { SentEvent } from './event-load';

export interface PhaseWindow {
  name: string;
  startedAt: Date;
  endedAt: Date;
}

/** One line of the report: what a fault phase accepted and what became of it. */
export interface PhaseCounts {
  phase: string;
  accepted: number;
  /** Events the client had to send more than once: the fault was felt at the API. */
  retried: number;
  scored: number;
  /** Longest time from an event's first send to its score: how long the phase held events up. */
  slowestScoreMs: number;
  notified: number;
  lost: number;
  duplicated: number;
}

export interface ChaosReport {
  phases: PhaseCounts[];
  totals: {
    accepted: number;
    refused: number;
    scored: number;
    alerted: number;
    notified: number;
    webhooks: number;
    cases: number;
    escalations: number;
    lost: number;
    duplicated: number;
  };
  /** Each kind of loss or duplication found, with examples; empty when the run was clean. */
  problems: string[];
}

const LEVELS = ['GREEN', 'BLUE', 'YELLOW', 'ORANGE', 'RED'];
const rank = (level: string) => LEVELS.indexOf(level);

/**
 * Reminders tell people again on purpose: repeats of an unacknowledged alert, and escalations past
 * the top tier (step `round` of a thread at `level` whose previous step already reached RED), which
 * tell the federation's leadership again (libs/routing escalationAudience).
 */
function isReminder(notice: { reason: string; level: string; round: string }): boolean {
  if (notice.reason === 'repeat') return true;
  return notice.reason === 'escalated' && rank(notice.level) + Number(notice.round) - 1 >= rank('RED');
}

const countBy =
  <T>(key: (item: T) => string) =>
  (counts: Map<string, number>, item: T) =>
    counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);

/** Notices that tell a new alert version to its whole audience (escalations add people, repeats remind them). */
const VERSION_NOTICES = `('opened', 'raised', 'new_trigger', 'released')`;

/**
 * Reads every service's tables (and the webhook receiver) after a fault run and counts, per phase
 * and in all: events accepted (a 202 to the client) and scored, alert versions and who was told,
 * cases, and what was lost or duplicated on the way. Expectations come from the client's record
 * and the directory, not from the services' own bookkeeping, wherever the suite can know them.
 */
export async function checkChaosRun(sql: Client, sent: SentEvent[], directory: ChaosDirectory, webhook: HttpReceiver, windows: PhaseWindow[]): Promise<ChaosReport> {
  const problems: string[] = [];
  const note = (what: string, examples: unknown[]) => {
    if (examples.length > 0) problems.push(`${what}: ${examples.length} (e.g. ${JSON.stringify(examples.slice(0, 3))})`);
  };
  const rows = async <T extends object>(query: string, params: unknown[] = []) => (await sql.query<T & Record<string, unknown>>(query, params)).rows;

  // Events: every 202 reached the engine and was scored exactly once.
  const accepted = sent.filter((event) => event.accepted);
  note('events refused by the API', sent.filter((event) => event.refusedWith !== undefined).map((e) => ({ id: e.id, status: e.refusedWith })));
  note('events never accepted (the client gave up)', sent.filter((event) => !event.accepted && event.refusedWith === undefined).map((e) => e.id));
  const scores = await rows<{ id: string; n: string; scored_at: Date }>(
    `SELECT trigger_event_id AS id, count(*) AS n, min(scored_at) AS scored_at FROM risk.score_history WHERE trigger_event_id = ANY($1) GROUP BY 1`,
    [accepted.map((e) => e.id)],
  );
  const scoredCounts = new Map(scores.map((row) => [row.id, Number(row.n)]));
  const scoredAt = new Map(scores.map((row) => [row.id, row.scored_at.getTime()]));
  const unscored = accepted.filter((event) => !scoredCounts.has(event.id));
  const scoredTwice = accepted.filter((event) => (scoredCounts.get(event.id) ?? 0) > 1);
  note('accepted events never scored', unscored.map((e) => e.id));
  note('accepted events scored more than once', scoredTwice.map((e) => e.id));

  // Alerts: every alert version the engine published reached the notifier and the case service.
  const published = await rows<{ event_id: string; alert_id: string; level: string; status: string; published: boolean }>(
    `SELECT event_id, payload->'data'->>'alertId' AS alert_id, payload->'data'->>'level' AS level, payload->'data'->>'status' AS status,
            published_at IS NOT NULL AS published
       FROM risk.outbox WHERE topic LIKE '%risk.alerts'`,
  );
  note('alert versions never published by the engine', published.filter((a) => !a.published).map((a) => a.event_id));
  const claimedBy = async (schema: string, consumer: string) => new Set((await rows<{ event_id: string }>(`SELECT event_id FROM ${schema}.inbox WHERE consumer = $1`, [consumer])).map((r) => r.event_id));
  const notifierClaims = await claimedBy('notify', 'notifier.risk-alerts');
  const caseClaims = await claimedBy('cases', 'case-service.risk-alerts');
  note('alert versions the notifier never received', published.filter((a) => !notifierClaims.has(a.event_id)).map((a) => a.event_id));
  // The case service takes in (claims) only the versions that can open a case.
  const escalatedVersions = published.filter((a) => a.status === 'open' && rank(a.level) >= rank('ORANGE'));
  note('escalated alert versions the case service never received', escalatedVersions.filter((a) => !caseClaims.has(a.event_id)).map((a) => a.event_id));

  // Notifications: each version's whole audience told in-app once, every delivery done, every webhook received.
  const undelivered = await rows<{ id: string; channel: string; status: string }>(`SELECT id, channel, status FROM notify.deliveries WHERE status <> 'delivered'`);
  note('deliveries not delivered', undelivered);
  const toldTwice = (await rows<{ alert_id: string; alert_revision: number; person_id: string; reason: string; level: string; round: string }>(
    `SELECT n.alert_id, n.alert_revision, n.person_id, x.reason, x.level, x.round FROM notify.notifications n JOIN notify.notices x ON x.id = n.notice_id`,
  ))
    .filter((told) => !isReminder(told))
    .reduce(countBy((told) => `${told.alert_id}:${told.alert_revision}:${told.person_id}`), new Map<string, number>());
  const toldTwiceKeys = [...toldTwice].filter(([, n]) => n > 1).map(([key]) => key);
  note('people told twice in-app about the same alert version', toldTwiceKeys);
  const liaisonOf = new Map(directory.enterprises.map((e) => [e.id, e.liaisonId]));
  const versionNotices = await rows<{ id: string; enterprise_id: string; level: string; created_at: Date; told: string[] }>(
    `SELECT x.id, t.enterprise_id, x.level, x.created_at, array_remove(array_agg(n.person_id::text), NULL) AS told
       FROM notify.notices x JOIN notify.threads t ON t.id = x.thread_id LEFT JOIN notify.notifications n ON n.notice_id = x.id
      WHERE x.outcome = 'delivered' AND x.reason IN ${VERSION_NOTICES} GROUP BY x.id, t.enterprise_id, x.level, x.created_at`,
  );
  const missed: { notice: string; person: string }[] = [];
  const unintended: { notice: string; person: string }[] = [];
  for (const notice of versionNotices) {
    const audience = new Set([liaisonOf.get(notice.enterprise_id), ...directory.sharedAudience.filter((p) => rank(p.minLevel) <= rank(notice.level)).map((p) => p.personId)]);
    const told = new Set(notice.told);
    for (const person of audience) if (person && !told.has(person)) missed.push({ notice: notice.id, person });
    for (const person of told) if (!audience.has(person)) unintended.push({ notice: notice.id, person });
  }
  note('intended recipients never told', missed);
  note('people told who were not in the audience', unintended);
  const webhookDeliveries = await rows<{ id: string; notice_id: string; created_at: Date }>(`SELECT id, notice_id, created_at FROM notify.deliveries WHERE channel = 'webhook'`);
  const answered = new Set(webhook.received.filter((r) => r.answeredWith === 200).map((r) => String(r.headers[WEBHOOK_DELIVERY_HEADER])));
  note('webhook deliveries the receiver never got', webhookDeliveries.filter((d) => !answered.has(d.id)).map((d) => d.id));
  const webhooksPerNotice = new Map<string, number>();
  for (const delivery of webhookDeliveries) if (answered.has(delivery.id)) webhooksPerNotice.set(delivery.notice_id, (webhooksPerNotice.get(delivery.notice_id) ?? 0) + 1);
  note('notices that reached the webhook under two delivery ids', [...webhooksPerNotice].filter(([, n]) => n > 1).map(([id]) => id));

  // Cases: one per escalated (ORANGE or RED, open) alert.
  const escalatedAlerts = new Set(escalatedVersions.map((a) => a.alert_id));
  const cases = await rows<{ alert_id: string; n: string }>(`SELECT alert_id, count(*) AS n FROM cases.cases GROUP BY alert_id`);
  const caseCount = new Map(cases.map((c) => [c.alert_id, Number(c.n)]));
  note('escalated alerts without a case', [...escalatedAlerts].filter((id) => !caseCount.has(id)));
  note('alerts with more than one case', cases.filter((c) => Number(c.n) > 1).map((c) => c.alert_id));

  const escalations = Number((await rows<{ n: string }>(`SELECT count(*) AS n FROM notify.notices WHERE reason = 'escalated'`))[0].n);
  const notifications = await rows<{ created_at: Date }>(`SELECT created_at FROM notify.notifications`);
  const inWindow = (at: Date, window: PhaseWindow) => at >= window.startedAt && at < window.endedAt;
  const phases = windows.map((window): PhaseCounts => {
    const ofPhase = accepted.filter((event) => event.phase === window.name);
    return {
      phase: window.name,
      accepted: ofPhase.length,
      retried: ofPhase.filter((event) => event.attempts > 1).length,
      scored: ofPhase.filter((event) => scoredCounts.has(event.id)).length,
      slowestScoreMs: Math.max(0, ...ofPhase.map((event) => (scoredAt.get(event.id) ?? 0) - event.sentAt.getTime())),
      notified: notifications.filter((n) => inWindow(n.created_at, window)).length,
      lost:
        ofPhase.filter((event) => !scoredCounts.has(event.id)).length +
        missed.filter((m) => inWindow(versionNotices.find((n) => n.id === m.notice)?.created_at ?? new Date(0), window)).length +
        webhookDeliveries.filter((d) => inWindow(d.created_at, window) && !answered.has(d.id)).length,
      duplicated: ofPhase.filter((event) => (scoredCounts.get(event.id) ?? 0) > 1).length,
    };
  });
  const lost = unscored.length + missed.length + undelivered.length + webhookDeliveries.filter((d) => !answered.has(d.id)).length + [...escalatedAlerts].filter((id) => !caseCount.has(id)).length;
  const duplicated = scoredTwice.length + toldTwiceKeys.length + cases.filter((c) => Number(c.n) > 1).length + [...webhooksPerNotice.values()].filter((n) => n > 1).length;
  return {
    phases,
    totals: {
      accepted: accepted.length,
      refused: sent.filter((event) => event.refusedWith !== undefined).length,
      scored: scoredCounts.size,
      alerted: published.length,
      notified: notifications.length,
      webhooks: answered.size,
      cases: cases.length,
      escalations,
      lost,
      duplicated,
    },
    problems,
  };
}

import { randomUUID } from 'node:crypto';
import type { RiskAlertV1, RiskLevel } from '@concord/contracts';
import { syntheticRiskAlert } from '@concord/testing';
import { seededRandom } from '../engine/hr-event-stream';

/** Most alerts are early warnings, few are emergencies. */
export const LEVEL_MIX: readonly { level: RiskLevel; share: number }[] = [
  { level: 'BLUE', share: 0.4 },
  { level: 'YELLOW', share: 0.3 },
  { level: 'ORANGE', share: 0.2 },
  { level: 'RED', share: 0.1 },
];

/** One alert as produced: its id, its Kafka key and value, and its data (which the raw baseline's webhook body carries). */
export interface BenchAlert {
  alertId: string;
  enterpriseId: string;
  value: string;
  data: RiskAlertV1['data'];
}

function pickLevel(draw: number): RiskLevel {
  let cumulative = 0;
  for (const { level, share } of LEVEL_MIX) {
    cumulative += share;
    if (draw < cumulative) return level;
  }
  return LEVEL_MIX[LEVEL_MIX.length - 1].level;
}

/**
 * One `concord.risk.alert.v1` event per enterprise, as the risk engine publishes it: a new alert
 * (fresh id, revision 1, status open), its level drawn from LEVEL_MIX. One per enterprise because
 * the notifier keeps one thread per enterprise and category: a second alert of the same enterprise
 * in a burst supersedes the first before it is told, and a burst would then measure fewer webhooks
 * than alerts. The seed fixes the levels, so the raw baseline and the notifier get the same mix
 * in a round; the alert ids are always fresh.
 */
export function alertStream(enterpriseIds: readonly string[], seed: number): BenchAlert[] {
  const random = seededRandom(seed);
  return enterpriseIds.map((enterpriseId) => {
    const event = syntheticRiskAlert({ enterpriseId, alertId: randomUUID(), level: pickLevel(random()) });
    return { alertId: event.data.alertId, enterpriseId, value: JSON.stringify(event), data: event.data };
  });
}

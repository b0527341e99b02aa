import { emittedAlerts, scoredEvents } from '@concord/platform';
import type { AlertDecision } from '../alerts/decide-alert';
import type { Scored } from './enterprise-scorer';
import { countEmittedAlerts, countScoredEvents } from './scoring-metrics';

const scoredWith = (decision: AlertDecision) => ({ alert: { decision, alertId: null } }) as unknown as Scored;

async function valueOf(counter: typeof scoredEvents | typeof emittedAlerts, labels: Record<string, string>): Promise<number> {
  const { values } = await counter.get();
  return values.find((v) => Object.entries(labels).every(([name, value]) => (v.labels as Record<string, unknown>)[name] === value))?.value ?? 0;
}

describe('scoring metrics', () => {
  beforeEach(() => {
    scoredEvents.reset();
    emittedAlerts.reset();
  });

  it('counts scored events by type', async () => {
    countScoredEvents([{ type: 'concord.hr.wage_payment.v1' }, { type: 'concord.hr.wage_payment.v1' }, { type: 'concord.case.stage_changed.v1' }]);
    expect(await valueOf(scoredEvents, { type: 'concord.hr.wage_payment.v1' })).toBe(2);
    expect(await valueOf(scoredEvents, { type: 'concord.case.stage_changed.v1' })).toBe(1);
  });

  it('counts the alert revisions sent on, by action and level, and not the scores that moved no alert', async () => {
    countEmittedAlerts([
      scoredWith({ action: 'open', revision: 1, level: 'ORANGE', previousLevel: 'YELLOW' }),
      scoredWith({ action: 'updated', revision: 2, level: 'RED', previousLevel: 'ORANGE' }),
      scoredWith({ action: 'resolved', revision: 3, level: 'GREEN', previousLevel: 'BLUE' }),
      scoredWith({ action: 'none' }),
    ]);
    expect(await valueOf(emittedAlerts, { action: 'open', level: 'ORANGE' })).toBe(1);
    expect(await valueOf(emittedAlerts, { action: 'updated', level: 'RED' })).toBe(1);
    expect(await valueOf(emittedAlerts, { action: 'resolved', level: 'GREEN' })).toBe(1);
    expect((await emittedAlerts.get()).values.reduce((sum, v) => sum + v.value, 0)).toBe(3);
  });
});

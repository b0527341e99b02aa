import { TOPICS, parseTopicEvent } from '@concord/contracts';
import type { RiskScore } from '@concord/risk-rules';
import { toAlertEvent } from './alert-event.mapper';

const enterpriseId = '0b6f5c1e-3f1a-4c7e-9a51-6d2f4e8b7c10';
const alertId = '5c0a3b1e-7d2f-5e4a-8b6c-1f2e3d4c5b6a';

const score: RiskScore = {
  asOf: '2024-03-16',
  score: 55,
  categories: { wages: { raw: 55, capped: 55, cap: 60 } },
  sectorMultiplier: 1,
  groupPoints: 0,
  ceiling: null,
  band: 'YELLOW',
  level: 'ORANGE',
  ruleSetId: 'cn-default',
  ruleSetVersion: 1,
  fired: [
    {
      ruleId: 'W1',
      title: 'W1 title',
      category: 'wages',
      tierPoints: 0,
      weight: 1,
      trigger: false,
      ruleSetId: 'cn-default',
      ruleSetVersion: 1,
      points: 40,
      floor: 'YELLOW',
      values: { maxDaysLate: 35 },
      thresholds: { daysLateAbove: 30 },
      evidenceEventIds: ['evt-b', 'evt-a'],
      legalBasis: 'PRC Labor Law Art. 50',
      summary: 'Wages 35 days late (> 30): +40, floor YELLOW',
    },
    {
      ruleId: 'W3',
      title: 'W3 title',
      category: 'wages',
      tierPoints: 0,
      weight: 1,
      trigger: false,
      ruleSetId: 'cn-default',
      ruleSetVersion: 1,
      points: 15,
      floor: 'ORANGE',
      values: { workersOwed: 12 },
      thresholds: { minWorkersOwed: 10 },
      evidenceEventIds: ['evt-a'],
      legalBasis: 'LDMAL Art. 7',
      summary: 'Wages owed to 12 workers',
    },
  ],
};

describe('toAlertEvent', () => {
  const scoredAt = new Date('2024-03-16T08:00:00.000Z');
  const event = toAlertEvent({
    alertId,
    enterpriseId,
    decision: { action: 'updated', revision: 2, level: 'ORANGE', previousLevel: 'YELLOW' },
    score,
    scoredAt,
  });

  it('satisfies the risk.alerts contract', () => {
    expect(parseTopicEvent(TOPICS.riskAlerts, event)).toEqual({ ok: true, event });
  });

  it('has a deterministic id per alert revision, the enterprise as subject and the score time', () => {
    expect(event).toMatchObject({
      id: `${alertId}:2`,
      subject: enterpriseId,
      source: 'concord/risk-engine',
      type: 'concord.risk.alert.v1',
      time: '2024-03-16T08:00:00.000Z',
    });
  });

  it('carries the decision, the score and the evidence of every fired rule once', () => {
    expect(event.data).toMatchObject({
      alertId,
      status: 'updated',
      revision: 2,
      level: 'ORANGE',
      previousLevel: 'YELLOW',
      score: 55,
      evidenceEventIds: ['evt-a', 'evt-b'],
    });
    expect(event.data.fired.map((rule) => rule.ruleId)).toEqual(['W1', 'W3']);
  });
});

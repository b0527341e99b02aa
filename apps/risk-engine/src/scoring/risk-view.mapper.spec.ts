import type { FiredRule } from '@concord/risk-rules';
import type { EnterpriseRisk } from './enterprise-risk.entity';
import { toRiskView, toScoreView } from './risk-view.mapper';
import type { ScoreHistory } from './score-history.entity';

const w1: FiredRule = {
  ruleId: 'W1',
  title: 'Wages late',
  category: 'wages',
  tierPoints: 40,
  weight: 1,
  trigger: false,
  ruleSetId: 'cn-default',
  ruleSetVersion: 1,
  points: 40,
  floor: 'YELLOW',
  values: { maxDaysLate: 35 },
  thresholds: { daysLateAbove: 30 },
  evidenceEventIds: ['evt-1'],
  legalBasis: 'PRC Labor Law Art. 50',
  summary: 'Wages 35 days late (> 30): +40, floor YELLOW',
};

const explanation = [
  {
    ruleId: 'W1',
    title: 'Wages late',
    category: 'wages',
    weight: 1,
    trigger: false,
    summary: 'Wages 35 days late (> 30): +40, floor YELLOW',
    points: 40,
    floor: 'YELLOW',
    values: { maxDaysLate: 35 },
    thresholds: { daysLateAbove: 30 },
    legalBasis: 'PRC Labor Law Art. 50',
    evidenceEventIds: ['evt-1'],
  },
];

describe('risk views', () => {
  it('explains the current risk rule by rule, naming the rule set once', () => {
    const risk: EnterpriseRisk = {
      enterpriseId: '0b6f5c1e-3f1a-4c7e-9a51-6d2f4e8b7c10',
      historyVersion: null,
      score: 40,
      band: 'YELLOW',
      level: 'YELLOW',
      ruleSetId: 'cn-default',
      ruleSetVersion: 1,
      fired: [w1],
      evidenceEventIds: ['evt-1'],
      asOf: new Date('2024-03-16T00:00:00Z'),
      scoredAt: new Date('2024-03-16T08:00:00Z'),
      heldBy: null,
      updatedAt: new Date('2024-03-16T08:00:00Z'),
    };
    expect(toRiskView(risk)).toEqual({
      enterpriseId: '0b6f5c1e-3f1a-4c7e-9a51-6d2f4e8b7c10',
      level: 'YELLOW',
      band: 'YELLOW',
      score: 40,
      ruleSet: { id: 'cn-default', version: 1 },
      asOf: '2024-03-16T00:00:00.000Z',
      scoredAt: '2024-03-16T08:00:00.000Z',
      evidenceEventIds: ['evt-1'],
      explanation,
    });
  });

  it('shows a history row with the event that triggered it', () => {
    const row: ScoreHistory = {
      id: '7',
      enterpriseId: '0b6f5c1e-3f1a-4c7e-9a51-6d2f4e8b7c10',
      triggerEventId: 'evt-1',
      score: 40,
      band: 'YELLOW',
      level: 'YELLOW',
      fired: [w1],
      ruleSetId: 'cn-default',
      ruleSetVersion: 1,
      asOf: new Date('2024-03-16T00:00:00Z'),
      scoredAt: new Date('2024-03-16T08:00:00Z'),
      heldBy: null,
    };
    expect(toScoreView(row)).toEqual({
      triggerEventId: 'evt-1',
      level: 'YELLOW',
      band: 'YELLOW',
      score: 40,
      ruleSet: { id: 'cn-default', version: 1 },
      asOf: '2024-03-16T00:00:00.000Z',
      scoredAt: '2024-03-16T08:00:00.000Z',
      explanation,
    });
  });
});

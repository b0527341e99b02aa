import type { RiskAlertV1 } from '@concord/contracts';
import { renderAlertNotification } from './notification-content.renderer';

const w1 = {
  ruleId: 'W1',
  ruleSetId: 'default',
  ruleSetVersion: 1,
  points: 25,
  floor: 'YELLOW' as const,
  values: { daysLate: 12 },
  thresholds: { days: 8 },
  evidenceEventIds: ['ev-1'],
  legalBasis: 'Labor Law Art. 50',
  summary: 'Wages 12 days late',
};
const w3 = { ...w1, ruleId: 'W3', points: 15, floor: 'ORANGE' as const, values: { workersOwed: 40 }, legalBasis: 'LDMAL Art. 7', summary: '40 workers owed wages' };

const alert: RiskAlertV1['data'] = {
  alertId: '7d9e1c62-2b1a-4a4e-9a57-0f8f7d1b2c3d',
  enterpriseId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  status: 'open',
  revision: 1,
  level: 'ORANGE',
  previousLevel: 'GREEN',
  score: 65,
  fired: [w1, w3, { ...w1, ruleId: 'W6', legalBasis: 'Labor Law Art. 50' }],
  evidenceEventIds: ['ev-1'],
  scoredAt: '2026-01-05T08:00:00.000Z',
};
const enterprise = { id: alert.enterpriseId, name: 'Harbour Textiles' };

describe('renderAlertNotification', () => {
  const { title, body } = renderAlertNotification(alert, enterprise, 'https://console.example/');

  it('titles with the level and the enterprise', () => {
    expect(title).toBe('ORANGE risk alert: Harbour Textiles');
    expect(renderAlertNotification({ ...alert, status: 'updated', revision: 2 }, enterprise, 'x').title).toBe('ORANGE risk alert updated: Harbour Textiles');
  });

  it('states the evidence with the values that fired', () => {
    expect(body.evidence.map((e) => [e.ruleId, e.values])).toEqual([
      ['W1', { daysLate: 12 }],
      ['W3', { workersOwed: 40 }],
      ['W6', { daysLate: 12 }],
    ]);
    expect(body.evidence[0]).toMatchObject({ summary: 'Wages 12 days late', thresholds: { days: 8 }, evidenceEventIds: ['ev-1'] });
  });

  it('lists each legal basis once', () => {
    expect(body.legalBasis).toEqual(['Labor Law Art. 50', 'LDMAL Art. 7']);
  });

  it('recommends the level’s action, due by its acknowledgement deadline from the scoring time', () => {
    expect(body.recommendedAction).toMatch(/mediation case/);
    expect(body.dueAt).toBe('2026-01-05T12:00:00.000Z');
    expect(renderAlertNotification({ ...alert, level: 'RED' }, enterprise, 'x').body.dueAt).toBe('2026-01-05T09:00:00.000Z');
  });

  it('links to the alert in the console', () => {
    expect(body.link).toBe(`https://console.example/alerts/${alert.alertId}`);
  });

  it('names the enterprise by id and name only, whatever else the caller knows of it', () => {
    const routed = { ...enterprise, regionPath: ['county', 'street'], jurisdiction: 'CN' };
    expect(renderAlertNotification(alert, routed, 'x').body.enterprise).toEqual(enterprise);
  });
});

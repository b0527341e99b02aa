import type { CaseNoticeBody } from '../cases/case-notice-body';
import { renderCaseMessage } from './case-message-templates';

function caseBody(overrides: Partial<CaseNoticeBody> = {}): CaseNoticeBody {
  return {
    kind: 'assigned',
    caseId: '3f2a9c1e-0000-4000-8000-000000000001',
    enterprise: { id: 'e1', name: 'Riverside <Textiles>' },
    mediators: [{ id: 'm1', name: 'Wang Li' }],
    addressedToMediator: true,
    from: null,
    to: null,
    command: null,
    tier: null,
    note: 'expertise wages; workload 1 of 5',
    acceptBy: '2026-03-05T15:59:59.999Z',
    at: '2026-03-02T08:00:00.000Z',
    link: 'https://console.test/cases/3f2a9c1e-0000-4000-8000-000000000001',
    ...overrides,
  };
}

describe('renderCaseMessage', () => {
  it('asks an assigned mediator to accept by the deadline, in English and Chinese', () => {
    const en = renderCaseMessage(caseBody(), 'en');
    expect(en.subject).toBe('Mediation case assigned to you: Riverside <Textiles>');
    expect(en.text).toContain('You are assigned mediation case 3f2a9c1e of Riverside <Textiles>. Please accept it by 2026-03-05 15:59 (UTC)');
    expect(en.text).toContain('Open in the console: https://console.test/cases/3f2a9c1e-0000-4000-8000-000000000001');
    const zh = renderCaseMessage(caseBody(), 'zh-CN');
    expect(zh.subject).toBe('【调解案件指派】Riverside <Textiles>');
    expect(zh.text).toContain('请于2026-03-05 23:59（北京时间）前受理');
  });

  it('tells the liaison and the committee who was assigned', () => {
    const en = renderCaseMessage(caseBody({ addressedToMediator: false }), 'en');
    expect(en.subject).toBe('Mediator assigned: Riverside <Textiles>');
    expect(en.text).toContain('Wang Li assigned to mediation case 3f2a9c1e');
  });

  it('states an escalation with its tier and stages', () => {
    const body = caseBody({ kind: 'escalated', addressedToMediator: false, from: 'failed', to: 'escalated', command: 'escalate', tier: 'county', acceptBy: null, note: 'no agreement within 15 days' });
    const en = renderCaseMessage(body, 'en');
    expect(en.subject).toBe('Mediation case escalated: Riverside <Textiles>');
    expect(en.text).toContain('escalated to the county federation');
    expect(en.text).toContain('Stage: failed → escalated');
    expect(en.text).not.toContain('Accept by');
    const zh = renderCaseMessage(body, 'zh-CN');
    expect(zh.subject).toBe('【调解案件升级】Riverside <Textiles>');
    expect(zh.text).toContain('已升级至县级总工会');
    expect(zh.text).toContain('阶段：调解失败 → 已升级');
  });

  it('escapes data in the HTML form', () => {
    expect(renderCaseMessage(caseBody(), 'en').html).toContain('Riverside &#60;Textiles&#62;');
    expect(renderCaseMessage(caseBody(), 'en').html).not.toContain('<Textiles>');
  });
});

import type { NotificationBody } from '../notifications/notification-content.renderer';
import { type MessageLanguage, RECOMMENDED_ACTIONS_ZH_CN, renderMessage } from './message-templates';

const ACK_URL = 'https://console.test/ack?alert=a1&token=t0k3n';

function alertBody(overrides: Partial<NotificationBody> = {}): NotificationBody {
  return {
    alertId: 'a1',
    revision: 1,
    status: 'open',
    level: 'ORANGE',
    previousLevel: 'YELLOW',
    score: 64.256,
    enterprise: { id: 'e1', name: 'Riverside Textiles' },
    evidence: [
      {
        ruleId: 'W3',
        summary: '40 workers owed wages for 35 days',
        points: 15,
        values: { workersOwed: 40, daysLate: 35 },
        thresholds: { workers: 10, days: 30 },
        evidenceEventIds: ['wage-run-1'],
      },
      { ruleId: 'H1', summary: 'Overtime above the legal limit', points: 8, values: { hours: 61.333 }, thresholds: {}, evidenceEventIds: [] },
    ],
    legalBasis: ['LDMAL Art. 7', 'Labor Law Art. 41, 44'],
    recommendedAction: 'A mediation case is opened with an auto-assigned mediator.',
    dueAt: '2025-03-04T06:30:00.000Z',
    link: 'https://console.test/alerts/a1',
    ...overrides,
  };
}

/** Text, HTML and markdown each state everything; the SMS states the essentials. */
const fullForms = (message: ReturnType<typeof renderMessage>) => ({ text: message.text, html: message.html, markdown: message.markdown });

describe('message templates', () => {
  describe('zh-CN', () => {
    const message = renderMessage(alertBody(), { language: 'zh-CN', acknowledgeUrl: ACK_URL });

    it('names the level in Chinese and the enterprise in the subject', () => {
      expect(message.subject).toBe('【橙色预警】Riverside Textiles');
    });

    it.each(Object.entries(fullForms(message)))('states every required element in %s', (_form, content) => {
      for (const element of [
        '橙色预警',
        '原为黄色预警',
        '风险分 64.26',
        'Riverside Textiles',
        '40 workers owed wages for 35 days',
        'workersOwed = 40',
        'daysLate = 35',
        'workers = 10',
        'hours = 61.33',
        'LDMAL Art. 7',
        'Labor Law Art. 41, 44',
        RECOMMENDED_ACTIONS_ZH_CN.ORANGE,
        // Asia/Shanghai is UTC+8
        '2025-03-04 14:30（北京时间）',
        'https://console.test/alerts/a1',
      ]) {
        expect(content).toContain(element);
      }
      expect(content).toMatch(/ack\?alert=a1&(amp;|#38;)?token=t0k3n/);
    });

    it('uses the Chinese labels', () => {
      for (const label of ['预警等级', '企业', '风险事实', '法律依据', '建议措施', '确认期限', '在控制台查看', '确认收到']) {
        expect(message.text).toContain(label);
      }
    });

    it('sends a short SMS with level, enterprise, the heaviest finding, the due time and the acknowledge link', () => {
      expect(message.sms).toBe(`【Concord】【橙色预警】Riverside Textiles。40 workers owed wages for 35 days等2项。请于2025-03-04 14:30（北京时间）前确认：${ACK_URL}`);
    });
  });

  describe('en', () => {
    const message = renderMessage(alertBody(), { language: 'en', acknowledgeUrl: ACK_URL });

    it('names the level and the enterprise in the subject', () => {
      expect(message.subject).toBe('ORANGE alert: Riverside Textiles');
    });

    it.each(Object.entries(fullForms(message)))('states every required element in %s', (_form, content) => {
      for (const element of [
        'Level',
        'ORANGE (was YELLOW), score 64.26',
        'Riverside Textiles',
        'W3: 40 workers owed wages for 35 days (workersOwed = 40, daysLate = 35; thresholds: workers = 10, days = 30)',
        'LDMAL Art. 7; Labor Law Art. 41, 44',
        'A mediation case is opened with an auto-assigned mediator.',
        '2025-03-04 06:30 (UTC)',
        'https://console.test/alerts/a1',
      ]) {
        expect(content).toContain(element);
      }
      expect(content).toMatch(/ack\?alert=a1&(amp;|#38;)?token=t0k3n/);
    });

    it('sends a short SMS', () => {
      expect(message.sms).toBe(`[Concord] ORANGE alert: Riverside Textiles. 40 workers owed wages for 35 days (+1 more). Acknowledge by 2025-03-04 06:30 (UTC): ${ACK_URL}`);
    });
  });

  it.each<[MessageLanguage, string]>([
    ['en', '2025-03-04 15:30 (Asia/Tokyo)'],
    ['zh-CN', '2025-03-04 15:30（Asia/Tokyo）'],
  ])('formats the due time in the recipient’s time zone (%s)', (language, due) => {
    const message = renderMessage(alertBody(), { language, acknowledgeUrl: ACK_URL, timeZone: 'Asia/Tokyo' });
    expect(message.text).toContain(due);
    expect(message.sms).toContain(due);
  });

  it.each<[MessageLanguage, string, string]>([
    ['en', '[ESCALATED] ORANGE alert: Riverside Textiles', 'Escalated: nobody acknowledged this alert by 2025-03-04 06:30 (UTC).'],
    ['zh-CN', '【升级】【橙色预警】Riverside Textiles', '【升级】该预警未在2025-03-04 14:30（北京时间）前得到确认，现升级通知。'],
  ])('marks an escalation in the subject, every body and the SMS (%s)', (language, subject, notice) => {
    const message = renderMessage(alertBody(), { language, acknowledgeUrl: ACK_URL, escalation: { missedDueAt: '2025-03-04T06:30:00Z' } });
    expect(message.subject).toBe(subject);
    for (const content of Object.values(fullForms(message))) expect(content).toContain(notice);
    expect(message.sms).toContain(subject);
  });

  it.each<[MessageLanguage, string, string, string]>([
    ['en', 'RED alert updated: Riverside Textiles', 'Alert resolved: Riverside Textiles', 'no acknowledgement needed'],
    ['zh-CN', '【红色预警·更新】Riverside Textiles', '【预警解除】Riverside Textiles', '无需确认'],
  ])('says when an alert was updated or resolved (%s)', (language, updated, resolved, nothingDue) => {
    expect(renderMessage(alertBody({ status: 'updated', level: 'RED' }), { language, acknowledgeUrl: ACK_URL }).subject).toBe(updated);
    const message = renderMessage(alertBody({ status: 'resolved', level: 'GREEN', previousLevel: 'RED', evidence: [], legalBasis: [], dueAt: null }), {
      language,
      acknowledgeUrl: ACK_URL,
    });
    expect(message.subject).toBe(resolved);
    expect(message.text).toContain(nothingDue);
    // Nothing to acknowledge: the messages link to the console only.
    for (const content of [...Object.values(fullForms(message)), message.sms]) {
      expect(content).toContain('https://console.test/alerts/a1');
      expect(content).not.toContain('token=t0k3n');
    }
  });

  it('words every level in zh-CN with the colour names of the warning system', () => {
    const names = (['GREEN', 'BLUE', 'YELLOW', 'ORANGE', 'RED'] as const).map(
      (level) => renderMessage(alertBody({ level, previousLevel: level }), { language: 'zh-CN', acknowledgeUrl: ACK_URL }).text.split('\n')[2],
    );
    expect(names).toEqual(['预警等级：绿色，风险分 64.26', '预警等级：蓝色预警，风险分 64.26', '预警等级：黄色预警，风险分 64.26', '预警等级：橙色预警，风险分 64.26', '预警等级：红色预警，风险分 64.26']);
  });

  it('has a Chinese recommended action for every level', () => {
    for (const action of Object.values(RECOMMENDED_ACTIONS_ZH_CN)) expect(action).toMatch(/[\u4e00-\u9fff]/);
  });

  describe('escaping', () => {
    const hostile = alertBody({
      enterprise: { id: 'e1', name: 'Acme <script>alert("x")</script> & [Sons](https://evil.test) *Ltd*' },
      evidence: [{ ruleId: 'W1', summary: "Wages < minimum & 'late'", points: 5, values: { note: '<b>' }, thresholds: {}, evidenceEventIds: [] }],
    });

    it('escapes enterprise names and evidence in HTML', () => {
      const { html } = renderMessage(hostile, { language: 'en', acknowledgeUrl: ACK_URL });
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<b>');
      expect(html).toContain('Acme &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; [Sons](https://evil.test) *Ltd*');
      expect(html).toContain('Wages &#60; minimum &#38; &#39;late&#39;');
      expect(html).toContain(`href="https://console.test/ack?alert=a1&#38;token=t0k3n"`);
    });

    it('keeps enterprise names from becoming links, emphasis or tags in markdown', () => {
      const { markdown } = renderMessage(hostile, { language: 'zh-CN', acknowledgeUrl: ACK_URL });
      expect(markdown).toContain('Acme \\<script>alert("x")\\</script> & \\[Sons\\](https://evil.test) \\*Ltd\\*');
      expect(markdown).not.toContain('[Sons](');
    });

    it('leaves the plain text and the SMS as they are', () => {
      const message = renderMessage(hostile, { language: 'en', acknowledgeUrl: ACK_URL });
      expect(message.text).toContain('Acme <script>alert("x")</script> & [Sons](https://evil.test) *Ltd*');
      expect(message.sms).toContain("Wages < minimum & 'late'");
    });
  });

  it('keeps the SMS short and its acknowledge link whole however long the name and the finding are', () => {
    const long = alertBody({
      enterprise: { id: 'e1', name: '某'.repeat(300) },
      evidence: [{ ruleId: 'W3', summary: 'x'.repeat(1_000), points: 1, values: {}, thresholds: {}, evidenceEventIds: [] }],
    });
    for (const language of ['en', 'zh-CN'] as const) {
      const { sms } = renderMessage(long, { language, acknowledgeUrl: ACK_URL });
      expect(sms.length).toBeLessThan(300);
      expect(sms.endsWith(ACK_URL)).toBe(true);
      expect(sms).toContain('…');
    }
  });
});

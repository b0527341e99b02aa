import { auditVerdict } from './audit-verdict';

const report = (vulnerabilities: object, counts: Partial<Record<'critical' | 'high' | 'moderate' | 'low', number>>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { critical: 0, high: 0, moderate: 0, low: 0, ...counts } } });

describe('auditVerdict', () => {
  it('fails on a high advisory and names it, ignoring a moderate one', () => {
    const verdict = auditVerdict(
      report(
        {
          lodash: { name: 'lodash', severity: 'high', range: '<4.17.21', via: [{ title: 'Prototype Pollution' }] },
          debug: { name: 'debug', severity: 'moderate', range: '<2', via: ['ms'] },
        },
        { high: 1, moderate: 1 },
      ),
    );
    expect(verdict).toEqual({ exitCode: 1, lines: ['high: lodash <4.17.21 (Prototype Pollution)', 'audit:deps FAILED: critical=0 high=1 moderate=1 low=0'] });
  });

  it('passes a report with only moderate advisories as clean', () => {
    const verdict = auditVerdict(report({ debug: { name: 'debug', severity: 'moderate', range: '<2', via: ['ms'] } }, { moderate: 1 }));
    expect(verdict).toEqual({ exitCode: 0, lines: ['audit:deps clean: critical=0 high=0 moderate=1 low=0'] });
  });

  it('says "not checked" with the registry error, never "clean", when npm got no report', () => {
    const verdict = auditVerdict(JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 }));
    expect(verdict.exitCode).toBe(0);
    expect(verdict.lines).toEqual(['audit:deps not checked: the registry audit endpoint could not be used (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk)']);
  });

  it('says "not checked" when npm printed nothing (timed out)', () => {
    expect(auditVerdict('').lines).toEqual(['audit:deps not checked: the registry audit endpoint could not be used (no answer within the time allowed)']);
  });
});

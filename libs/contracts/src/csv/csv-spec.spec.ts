import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { HR_EVENT_CONTRACTS } from '../hr/hr-event-contracts';
import { TOPICS } from '../topics';
import { parseTopicEvent } from '../validation';
import { HR_CSV_SPECS, csvTemplate, isHrEventType } from './csv-spec';

const enterpriseId = randomUUID();
const TYPES = HR_EVENT_CONTRACTS.map((c) => c.type);

function templateRecord(type: (typeof TYPES)[number]): Record<string, string> {
  const [record] = parse<Record<string, string>>(csvTemplate(type), { columns: true, skip_empty_lines: true });
  return record;
}

describe('HR CSV specs', () => {
  it.each(TYPES)('%s: the template row parses into a valid event', (type) => {
    const result = HR_CSV_SPECS[type].toEvent(templateRecord(type), enterpriseId, 'csv-upload');
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.event).toMatchObject({ specversion: '1.0', type, subject: enterpriseId, source: 'csv-upload', id: 'hr-2026-000123' });
    expect(parseTopicEvent(TOPICS.hrEvents, result.event).ok).toBe(true);
  });

  it('every spec has id and time columns and unique, dotted header names', () => {
    for (const spec of Object.values(HR_CSV_SPECS)) {
      expect(spec.header.slice(0, 2)).toEqual(['id', 'time']);
      expect(new Set(spec.header).size).toBe(spec.header.length);
    }
    expect(HR_CSV_SPECS['concord.hr.wage_payment.v1'].header).toEqual(expect.arrayContaining(['deferral.payBy', 'constructionProject.dedicatedAccount']));
  });

  const wage = 'concord.hr.wage_payment.v1' as const;
  const row = (patch: Record<string, string>) => HR_CSV_SPECS[wage].toEvent({ ...templateRecord(wage), ...patch }, enterpriseId, 'csv-upload');
  const errorsOf = (patch: Record<string, string>) => {
    const result = row(patch);
    return result.ok ? [] : result.errors;
  };

  it.each([
    ['a word in a count', { headcount: 'many' }, 'headcount', 'must be a whole number'],
    ['a bad boolean in a nested column', { 'deferral.approvedByUnion': 'maybe' }, 'deferral.approvedByUnion', 'must be true or false'],
    ['a bad date', { scheduledPayDate: '15/10/2026' }, 'scheduledPayDate', 'must be a date YYYY-MM-DD'],
    ['an empty required cell', { period: '' }, 'period', expect.any(String)],
    ['a broken cross-field rule', { workersPaid: '121' }, 'workersPaid', 'cannot exceed workersDue'],
    ['a nested rule', { 'deferral.payBy': '2026-10-01' }, 'deferral.payBy', 'cannot be before scheduledPayDate'],
    ['a bad event time', { time: 'yesterday' }, 'time', expect.any(String)],
    ['an unknown column', { workerName: 'Zhang San' }, 'workerName', expect.stringContaining('unknown column')],
  ])('names the column of %s', (_what, patch, column, message) => {
    expect(errorsOf(patch)).toEqual([{ column, message }]);
  });

  it('reads an empty nullable cell as null and leaves out empty optional nested groups', () => {
    const result = row({ actualPayDate: '', 'deferral.approvedByUnion': '', 'deferral.payBy': '' });
    expect(result.ok && result.event.type === wage && [result.event.data.actualPayDate, result.event.data.deferral]).toEqual([null, undefined]);
  });

  it('splits list cells on ; and names a bad item', () => {
    const type = 'concord.hr.collective_incident.v1' as const;
    const spec = HR_CSV_SPECS[type];
    const ok = spec.toEvent({ ...templateRecord(type), demandCategories: 'pay; safety' }, enterpriseId, 's');
    expect(ok.ok && ok.event.type === type && ok.event.data.demandCategories).toEqual(['pay', 'safety']);
    const bad = spec.toEvent({ ...templateRecord(type), demandCategories: 'pay;cake' }, enterpriseId, 's');
    expect(bad.ok ? [] : bad.errors.map((e) => e.column)).toEqual(['demandCategories']);
  });

  it('reports a bad subject on the row, not on a column', () => {
    const result = HR_CSV_SPECS[wage].toEvent(templateRecord(wage), 'not-a-uuid', 'csv-upload');
    expect(result.ok ? [] : result.errors.map((e) => e.column)).toEqual(['(row)']);
  });

  it('quotes template cells that contain commas or quotes', () => {
    expect(csvTemplate('concord.hr.complaint.v1')).toContain('"October wages for the assembly line, still unpaid; we were told ""next month""."');
  });

  it('knows which types have a spec', () => {
    expect(isHrEventType('concord.hr.complaint.v1')).toBe(true);
    expect(isHrEventType('toString')).toBe(false);
  });
});

import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { TOPICS } from '../topics';
import { parseTopicEvent } from '../validation';
import { HR_EVENT_CONTRACTS, type HrEventType } from './hr-event-contracts';
import { HR_EVENT_EXAMPLES } from './hr-event-examples';

type Data = Record<string, unknown>;

function envelope(type: HrEventType, data: Data) {
  return { specversion: '1.0', id: 'evt-1', source: 'enterprise/hr', type, subject: randomUUID(), time: '2026-11-01T08:00:00+08:00', data };
}

function example(type: HrEventType): Data {
  return structuredClone<Data>(HR_EVENT_EXAMPLES[type]);
}

function violationsOf(type: HrEventType, data: Data) {
  const result = parseTopicEvent(TOPICS.hrEvents, envelope(type, data));
  return result.ok ? [] : result.violations;
}

const TYPES = HR_EVENT_CONTRACTS.map((c) => c.type);

/** Required data fields of a contract (not optional, no default), from its shape. */
function requiredFields(type: HrEventType): string[] {
  const contract = HR_EVENT_CONTRACTS.find((c) => c.type === type);
  const shape: Record<string, z.ZodType> = contract?.data.shape ?? {};
  return Object.entries(shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

/** A value of the wrong JSON type for the example value. */
function wrongTypeFor(value: unknown): unknown {
  return typeof value === 'string' || Array.isArray(value) ? 12345 : 'not-the-right-type';
}

describe('HR event contracts', () => {
  it('covers every DOMAIN.md §2 event type once, all versioned concord.hr.*.v1', () => {
    expect(new Set(TYPES).size).toBe(TYPES.length);
    expect(TYPES).toHaveLength(24);
    for (const type of TYPES) expect(type).toMatch(/^concord\.hr\.[a-z_]+\.v1$/);
  });

  describe.each(TYPES)('%s', (type) => {
    it('accepts the example payload', () => {
      expect(violationsOf(type, example(type))).toEqual([]);
    });

    it('accepts supersedes (a correction) and refuses an empty one', () => {
      expect(violationsOf(type, { ...example(type), supersedes: 'evt-0' })).toEqual([]);
      expect(violationsOf(type, { ...example(type), supersedes: '' }).map((v) => v.path)).toEqual(['data.supersedes']);
    });

    it('names a missing required field', () => {
      const [field] = requiredFields(type);
      const data = example(type);
      delete data[field];
      expect(violationsOf(type, data).map((v) => v.path)).toEqual([`data.${field}`]);
    });

    it('names a field of the wrong type', () => {
      const fields = requiredFields(type);
      const field = fields[fields.length - 1];
      const data = example(type);
      data[field] = wrongTypeFor(data[field]);
      expect(violationsOf(type, data).map((v) => v.path)).toEqual([`data.${field}`]);
    });

    it('refuses an unknown field, naming it', () => {
      const violations = violationsOf(type, { ...example(type), workerName: 'Zhang San' });
      expect(violations).toHaveLength(1);
      expect(violations[0].path).toBe('data');
      expect(violations[0].message).toContain('workerName');
    });
  });

  // Out-of-range values and cross-field rules, each with the exact path it must be reported on.
  const cases: [HrEventType, string, Data, string][] = [
    ['concord.hr.wage_payment.v1', 'headcount 0', { headcount: 0, workersDue: 0, workersPaid: 0, workersBelowMinimumWage: 0 }, 'data.headcount'],
    ['concord.hr.wage_payment.v1', 'a fractional amount', { amountPaidMinor: 1.5 }, 'data.amountPaidMinor'],
    ['concord.hr.wage_payment.v1', 'more below minimum than employed', { workersBelowMinimumWage: 121 }, 'data.workersBelowMinimumWage'],
    ['concord.hr.wage_payment.v1', 'a deferral before the due date', { deferral: { approvedByUnion: true, payBy: '2026-10-01' } }, 'data.deferral.payBy'],
    ['concord.hr.wage_payment.v1', 'an unknown deferral field', { deferral: { approvedByUnion: true, payBy: '2026-10-31', by: 'x' } }, 'data.deferral'],
    ['concord.hr.wage_payment.v1', 'an impossible period', { period: '2026-13' }, 'data.period'],
    ['concord.hr.social_insurance.v1', 'more insured than employed', { insuredHeadcount: 121 }, 'data.insuredHeadcount'],
    ['concord.hr.social_insurance.v1', 'negative arrears', { monthsInArrears: -1 }, 'data.monthsInArrears'],
    ['concord.hr.working_time.v1', 'an unknown hour system', { hourSystem: 'none' }, 'data.hourSystem'],
    ['concord.hr.working_time.v1', 'a flexible system without approval', { hourSystem: 'flexible', specialHourSystemApproved: undefined }, 'data.specialHourSystemApproved'],
    ['concord.hr.working_time.v1', 'more overtime workers than employed', { workersOver36hOvertime: 500 }, 'data.workersOver36hOvertime'],
    ['concord.hr.working_time.v1', '32 days', { daysOver3hOvertime: 32 }, 'data.daysOver3hOvertime'],
    ['concord.hr.complaint.v1', 'an unknown category', { category: 'weather' }, 'data.category'],
    ['concord.hr.complaint.v1', 'resolved before received', { resolvedAt: '2026-11-01T10:15:00+08:00' }, 'data.resolvedAt'],
    ['concord.hr.complaint.v1', 'an empty text', { text: '   ' }, 'data.text'],
    ['concord.hr.contract_signed.v1', 'a fixed term without months', { termMonths: null }, 'data.termMonths'],
    ['concord.hr.contract_signed.v1', 'more signers than employed', { workers: 121 }, 'data.workers'],
    ['concord.hr.contract_expiry_scheduled.v1', 'an impossible date', { expiresOn: '2026-02-30' }, 'data.expiresOn'],
    ['concord.hr.contract_expiry_scheduled.v1', 'more expiring than employed', { workers: 121 }, 'data.workers'],
    ['concord.hr.contract_renewal_decision.v1', 'more decided than covered', { notRenewed: 6 }, 'data.notRenewed'],
    ['concord.hr.layoff_plan.v1', 'effective before announced', { effectiveOn: '2026-10-01' }, 'data.effectiveOn'],
    ['concord.hr.layoff_plan.v1', 'more affected than employed', { workersAffected: 121 }, 'data.workersAffected'],
    ['concord.hr.layoff_plan.v1', 'more protected than affected', { protectedWorkersIncluded: 26 }, 'data.protectedWorkersIncluded'],
    ['concord.hr.termination_batch.v1', 'more terminated than employed', { workers: 121 }, 'data.workers'],
    ['concord.hr.termination_batch.v1', 'an unknown ground', { legalGround: 'mood' }, 'data.legalGround'],
    ['concord.hr.business_status_change.v1', 'an end before the start', { expectedEndOn: '2026-11-01' }, 'data.expectedEndOn'],
    ['concord.hr.business_status_change.v1', 'more affected than employed', { workersAffected: 121 }, 'data.workersAffected'],
    ['concord.hr.collective_incident.v1', 'no participants', { participants: 0 }, 'data.participants'],
    ['concord.hr.collective_incident.v1', 'no demands', { demandCategories: [] }, 'data.demandCategories'],
    ['concord.hr.collective_incident.v1', 'an unknown demand', { demandCategories: ['pay', 'cake'] }, 'data.demandCategories[1]'],
    ['concord.hr.collective_incident.v1', 'ended before it started', { endedAt: '2026-11-02T08:00:00+08:00' }, 'data.endedAt'],
    ['concord.hr.union_status.v1', 'members without a union', { hasUnion: false }, 'data.hasUnion'],
    ['concord.hr.union_status.v1', 'more members than workers', { members: 121 }, 'data.members'],
    ['concord.hr.collective_contract.v1', 'a term ending before it starts', { endsOn: '2025-12-31' }, 'data.endsOn'],
    ['concord.hr.consultation_request.v1', 'an unknown topic', { topics: ['pensions?'] }, 'data.topics[0]'],
    ['concord.hr.consultation_reply.v1', 'no request id', { requestEventId: '' }, 'data.requestEventId'],
    ['concord.hr.supervision_letter.v1', 'answered before issued', { answeredOn: '2026-10-01' }, 'data.answeredOn'],
    ['concord.hr.committee_meeting.v1', 'more settled than raised', { issuesSettled: 5 }, 'data.issuesSettled'],
    ['concord.hr.committee_meeting.v1', 'nobody present', { attendees: 0 }, 'data.attendees'],
    ['concord.hr.platform_work_summary.v1', '25 hours a day', { averageDailyHours: 25 }, 'data.averageDailyHours'],
    ['concord.hr.platform_work_summary.v1', 'more deactivated than active', { deactivations: 241 }, 'data.deactivations'],
    ['concord.hr.platform_rule_change.v1', 'effective before announced', { effectiveOn: '2026-10-01' }, 'data.effectiveOn'],
    ['concord.hr.mediation_applied.v1', 'a collective dispute of 3', { workers: 3 }, 'data.collective'],
    ['concord.hr.arbitration_filed.v1', 'a collective dispute of 9', { workers: 9 }, 'data.collective'],
    ['concord.hr.arbitration_filed.v1', 'a lowercase currency', { currency: 'cny' }, 'data.currency'],
    ['concord.hr.agreement_due.v1', 'due before reached', { dueOn: '2026-11-01' }, 'data.dueOn'],
    ['concord.hr.agreement_performed.v1', 'money paid without performance', { performance: 'none' }, 'data.amountPaidMinor'],
    ['concord.hr.headcount_change.v1', 'more dispatched than employed', { dispatchedWorkers: 96 }, 'data.dispatchedWorkers'],
    ['concord.hr.headcount_change.v1', 'a negative headcount', { headcountAfter: -1, dispatchedWorkers: undefined, workersWithoutWrittenContract: undefined }, 'data.headcountAfter'],
  ];

  it.each(cases)('%s: refuses %s at the right path', (type, _what, patch, path) => {
    const violations = violationsOf(type, { ...example(type), ...patch });
    expect(violations.map((v) => v.path)).toEqual([path]);
    expect(violations[0].message).not.toBe('');
  });

  it('wage payment: old producers without the new optional fields are still accepted', () => {
    const { workersBelowMinimumWage: _w, deferral: _d, constructionProject: _c, ...old } = example('concord.hr.wage_payment.v1');
    expect(violationsOf('concord.hr.wage_payment.v1', old)).toEqual([]);
  });

  it('complaint: carries no identity fields besides an optional pseudonym', () => {
    const complaint = HR_EVENT_CONTRACTS.find((c) => c.type === 'concord.hr.complaint.v1');
    expect(Object.keys(complaint?.data.shape ?? {}).filter((key) => /name|phone|email|idnumber|identity|worker/i.test(key))).toEqual([]);
  });
});

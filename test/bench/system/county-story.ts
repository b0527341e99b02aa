import { randomUUID } from 'node:crypto';
import type { HrEventEnvelope, HrEventType } from '@concord/contracts';
import { seededRandom } from '../engine/hr-event-stream';
import type { SeededEnterprise } from './directory-seed';

/** One `POST /v1/events/batch`: an enterprise's reports of one business month (or a few). */
export interface MonthlyReport {
  enterprise: SeededEnterprise;
  events: HrEventEnvelope[];
}

type Trouble = 'arrears' | 'overtime' | 'insurance' | 'layoff' | 'crisis';

interface Episode {
  trouble: Trouble;
  /** Months of the episode reported so far. */
  month: number;
  length: number;
  /** Workers left unpaid by the wage runs of the episode but its last. */
  unpaid: number;
  /** The event id of the episode's layoff plan, which its terminations name. */
  layoffPlanId?: string;
}

/** Chance per enterprise and month that trouble starts, and which: most months of most enterprises are uneventful. */
const TROUBLE_PER_MONTH = 0.05;
const TROUBLES: readonly { trouble: Trouble; share: number; months: [number, number] }[] = [
  { trouble: 'arrears', share: 0.4, months: [2, 4] },
  { trouble: 'overtime', share: 0.25, months: [1, 3] },
  { trouble: 'insurance', share: 0.15, months: [2, 4] },
  { trouble: 'layoff', share: 0.12, months: [2, 2] },
  { trouble: 'crisis', share: 0.08, months: [3, 3] },
];
/**
 * The risk engine's working-day calendars cover 2024–2026 (it refuses to score a day outside
 * them), so the story runs from January 2024 and must not report past 2026.
 */
export const FIRST_PERIOD = '2024-01';
const LAST_PERIOD = '2026-10';
const MONTHLY_WAGE_MINOR = 600_000;
const INSURANCE_PER_WORKER_MINOR = 120_000;
/** Wages and working time are reported on the 10th (the pay day), social insurance and the rest on the 20th. */
const PAY_DAY = 10;
const MID_MONTH = 20;

function addMonths(period: string, months: number): string {
  const [year, month] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 7);
}

function dayOf(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, '0')}`;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A county's HR reporting, month after month: every enterprise posts one batch a month (its wage
 * run, working time and social insurance, a committee meeting each quarter) and some run into
 * trouble for a few months — wages in arrears, overtime, social-insurance arrears, a layoff, or a
 * crisis with a stoppage — with complaints, and then settle. Trouble starts at random at a steady
 * rate, so levels rise and fall (alerts, notifications, cases) all through a run, not only at its
 * start. Seeded, so every run tells the same story with fresh event ids.
 */
export class CountyStory {
  private readonly random: () => number;
  private readonly episodes = new Map<string, Episode>();
  private period: string;

  constructor(
    private readonly enterprises: readonly SeededEnterprise[],
    seed: number,
  ) {
    this.random = seededRandom(seed);
    this.period = FIRST_PERIOD;
  }

  /**
   * Every enterprise's reports of the next `months` business months, one batch each (an HR system
   * that uploads a quarter at once sends 3), enterprises in a random order.
   */
  nextMonths(months: number): MonthlyReport[] {
    const reports = this.nextMonth();
    const byEnterprise = new Map(reports.map((report) => [report.enterprise.enterpriseId, report.events]));
    for (let month = 1; month < months; month++) for (const report of this.nextMonth()) byEnterprise.get(report.enterprise.enterpriseId)?.push(...report.events);
    return reports;
  }

  private nextMonth(): MonthlyReport[] {
    if (this.period > LAST_PERIOD) throw new Error(`the county's story reached ${this.period}, past the risk engine's calendars: raise BENCH_ENTERPRISES or lower BENCH_SECONDS`);
    const reports = this.enterprises.map((enterprise) => ({ enterprise, events: this.reportOf(enterprise) }));
    for (let i = reports.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [reports[i], reports[j]] = [reports[j], reports[i]];
    }
    this.period = addMonths(this.period, 1);
    return reports;
  }

  private reportOf(enterprise: SeededEnterprise): HrEventEnvelope[] {
    const episode = this.episodeOf(enterprise);
    const report = new Report(enterprise, this.period);
    const { headcount } = enterprise;
    const some = (share: number) => Math.max(3, Math.round(headcount * share));
    const trouble = episode?.trouble;
    const settling = episode !== undefined && episode.month === episode.length;
    report.wageRun(settling ? 0 : (episode?.unpaid ?? 0));
    report.workingTime(trouble === 'overtime' || (trouble === 'crisis' && episode?.month === 1) ? { over36h: some(0.25), maxHours: 72, weeksWithoutRest: 2 } : { over36h: 0, maxHours: 20, weeksWithoutRest: 0 });
    report.insurance(trouble === 'insurance' ? (episode?.month ?? 0) : 0);
    if (Number(this.period.slice(5)) % 3 === 0) report.committeeMeeting();
    if (episode) {
      if ((trouble === 'arrears' || trouble === 'crisis') && this.random() < 0.5) report.complaint('pay', episode.unpaid, 'Wages of last month still unpaid for part of the line.');
      if (trouble === 'overtime' && this.random() < 0.3) report.complaint('working_time', 3, 'Forced overtime every weekend this month.');
      if (trouble === 'insurance' && episode.month >= 2) report.complaint('pay', 2, 'Social insurance has not been paid for months.');
      if (trouble === 'layoff' && episode.month === 1) episode.layoffPlanId = report.layoffPlan(some(0.2), this.random() < 0.5);
      if (trouble === 'layoff' && episode.month === 2) report.terminations(some(0.2), episode.layoffPlanId ?? '');
      if (trouble === 'crisis' && episode.month === 2) report.stoppage(Math.min(headcount, some(0.3)));
    }
    // The month the trouble ends, its arrears are settled: each unpaid run reported again, everyone paid.
    if (settling) {
      if (episode.unpaid > 0) for (let back = 1; back < episode.length; back++) report.settlement(addMonths(this.period, -back));
      this.episodes.delete(enterprise.enterpriseId);
    }
    return report.events;
  }

  /** The enterprise's trouble this month, if any: an ongoing episode advanced, or one that starts now. */
  private episodeOf(enterprise: SeededEnterprise): Episode | undefined {
    const ongoing = this.episodes.get(enterprise.enterpriseId);
    if (ongoing) {
      ongoing.month++;
      return ongoing;
    }
    if (this.random() >= TROUBLE_PER_MONTH) return undefined;
    let draw = this.random();
    const kind = TROUBLES.find((t) => (draw -= t.share) < 0) ?? TROUBLES[0];
    const [min, max] = kind.months;
    const unpaid = kind.trouble === 'arrears' ? Math.max(3, Math.round(enterprise.headcount * 0.04)) : kind.trouble === 'crisis' ? Math.round(enterprise.headcount * 0.4) : 0;
    const episode = { trouble: kind.trouble, month: 1, length: min + Math.floor(this.random() * (max - min + 1)), unpaid };
    this.episodes.set(enterprise.enterpriseId, episode);
    return episode;
  }
}

/** The events of one enterprise's monthly report, as its HR system words them. */
class Report {
  readonly events: HrEventEnvelope[] = [];
  private readonly payDay: string;
  private readonly midMonth: string;

  constructor(
    private readonly enterprise: SeededEnterprise,
    private readonly period: string,
  ) {
    const next = addMonths(period, 1);
    this.payDay = dayOf(next, PAY_DAY);
    this.midMonth = dayOf(next, MID_MONTH);
  }

  /** This month's wage run, paid on the pay day except to `unpaid` workers, each still owed 40 % of the month. */
  wageRun(unpaid: number): void {
    this.wagePayment(this.period, this.payDay, unpaid, unpaid > 0 ? null : this.payDay);
  }

  /** The run of an earlier `period`, reported again now that everyone is paid. */
  settlement(period: string): void {
    this.wagePayment(period, this.midMonth, 0, this.midMonth);
  }

  private wagePayment(period: string, reportedOn: string, unpaid: number, actualPayDate: string | null): void {
    const { headcount } = this.enterprise;
    const due = headcount * MONTHLY_WAGE_MINOR;
    this.add('concord.hr.wage_payment.v1', reportedOn, {
      period,
      scheduledPayDate: dayOf(addMonths(period, 1), PAY_DAY),
      actualPayDate,
      headcount,
      workersDue: headcount,
      workersPaid: headcount - unpaid,
      amountDueMinor: due,
      amountPaidMinor: due - unpaid * MONTHLY_WAGE_MINOR * 0.4,
      currency: 'CNY',
    });
  }

  workingTime({ over36h, maxHours, weeksWithoutRest }: { over36h: number; maxHours: number; weeksWithoutRest: number }): void {
    this.add('concord.hr.working_time.v1', this.payDay, {
      period: this.period,
      headcount: this.enterprise.headcount,
      hourSystem: 'standard',
      workersOver36hOvertime: over36h,
      maxOvertimeHoursPerWorker: maxHours,
      daysOver3hOvertime: over36h > 0 ? 4 : 0,
      weeksWithoutRestDay: weeksWithoutRest,
      overtimePayMultiple: 1.5,
    });
  }

  insurance(monthsInArrears: number): void {
    const employed = this.enterprise.headcount;
    const due = employed * INSURANCE_PER_WORKER_MINOR;
    this.add('concord.hr.social_insurance.v1', this.midMonth, {
      period: this.period,
      employedHeadcount: employed,
      insuredHeadcount: employed,
      amountDueMinor: due,
      amountPaidMinor: monthsInArrears > 0 ? 0 : due,
      currency: 'CNY',
      monthsInArrears,
    });
  }

  committeeMeeting(): void {
    this.add('concord.hr.committee_meeting.v1', this.midMonth, { heldOn: this.midMonth, attendees: 7, issuesRaised: 2, issuesSettled: 2 });
  }

  complaint(category: 'pay' | 'working_time', coSigners: number, text: string): void {
    this.add('concord.hr.complaint.v1', this.midMonth, { channel: 'hotline_12351', category, coSigners, anonymous: true, text, receivedAt: `${this.midMonth}T09:30:00+08:00`, resolvedAt: null });
  }

  /** Returns the plan's event id. */
  layoffPlan(workers: number, procedureFollowed: boolean): string {
    return this.add('concord.hr.layoff_plan.v1', this.midMonth, {
      headcountBefore: this.enterprise.headcount,
      workersAffected: workers,
      legalGround: 'serious_operating_difficulty',
      announcedOn: this.midMonth,
      effectiveOn: addDays(this.midMonth, procedureFollowed ? 30 : 10),
      thirtyDayProcedure: procedureFollowed,
      unionNotified: procedureFollowed,
      laborAuthorityNotified: procedureFollowed,
      protectedWorkersIncluded: 0,
      compensationPlannedMinor: workers * MONTHLY_WAGE_MINOR * 2,
      currency: 'CNY',
    });
  }

  terminations(workers: number, layoffPlanEventId: string): void {
    const { headcount } = this.enterprise;
    this.add('concord.hr.termination_batch.v1', this.midMonth, {
      layoffPlanEventId,
      terminatedOn: this.midMonth,
      headcountBefore: headcount,
      workers,
      legalGround: 'serious_operating_difficulty',
      protectedWorkersIncluded: 0,
      compensationDueMinor: workers * MONTHLY_WAGE_MINOR * 2,
      compensationPaidMinor: workers * MONTHLY_WAGE_MINOR,
      currency: 'CNY',
    });
    this.add('concord.hr.headcount_change.v1', this.midMonth, {
      effectiveOn: this.midMonth,
      headcountBefore: headcount,
      headcountAfter: headcount - workers,
      reason: 'layoff',
      dispatchedWorkers: 0,
      workersWithoutWrittenContract: 0,
    });
  }

  stoppage(participants: number): void {
    this.add('concord.hr.collective_incident.v1', this.midMonth, {
      form: 'stoppage',
      location: 'workplace',
      participants,
      startedAt: `${this.midMonth}T08:00:00+08:00`,
      endedAt: null,
      demandCategories: ['pay'],
      demands: 'Pay the wages owed, in full and on time.',
    });
  }

  /** Adds the event and returns its id. */
  private add(type: HrEventType, day: string, data: Record<string, unknown>): string {
    const { enterpriseId } = this.enterprise;
    const id = randomUUID();
    // 10:00 in China, so the event's UTC day is its local business day.
    this.events.push({ specversion: '1.0', id, source: `enterprise/${enterpriseId}/hr`, type, subject: enterpriseId, time: `${day}T10:00:00+08:00`, datacontenttype: 'application/json', data });
    return id;
  }
}

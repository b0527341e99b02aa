/**
 * Six months of a believable county, told per enterprise as HR events on their own business days:
 * most enterprises pay and report on time, some slip and recover, a few slide into arrears, and
 * one construction firm ends up owing 40 workers past the criminal threshold (RED). Every event
 * is what an enterprise's HR system would post to the public ingest API.
 */
import type { HrEventEnvelope, HrEventType } from '@concord/contracts';

export interface DemoEnterpriseKey {
  enterpriseId: string;
  name: string;
  registeredCode: string;
  key: string;
  headcount: number;
}

export interface StoryEvent {
  /** The business day (YYYY-MM-DD, China local): the envelope's `time` falls on it. */
  day: string;
  envelope: HrEventEnvelope;
}

/**
 * What happens to an enterprise over the six months. The board ends with every level present:
 * steady → GREEN, overtime → BLUE, slipped → a bump that fades, insurance → contributions in
 * arrears with complaints, late → one run long overdue (YELLOW), sliding → runs late two months
 * running (ORANGE), crisis → the RED one.
 */
export type Fortune = 'steady' | 'overtime' | 'slipped' | 'insurance' | 'late' | 'sliding' | 'crisis';

/** Fortunes by the last four digits of the demo registered code; the rest are steady. */
export const FORTUNES: Record<string, Fortune> = {
  '0001': 'crisis',
  '0003': 'sliding',
  '0007': 'sliding',
  '0004': 'overtime',
  '0005': 'late',
  '0009': 'late',
  '0014': 'late',
  '0006': 'insurance',
  '0018': 'insurance',
  '0008': 'slipped',
  '0012': 'slipped',
  '0021': 'slipped',
  '0016': 'overtime',
  '0025': 'overtime',
  '0030': 'overtime',
  '0027': 'sliding',
};

export function fortuneOf(registeredCode: string): Fortune {
  return FORTUNES[registeredCode.slice(-4)] ?? 'steady';
}

const MONTHLY_WAGE_MINOR = 600_000;
const HISTORY_MONTHS = 6;

/**
 * Reports land on two days of each month: wages and working time on the 10th (the pay day),
 * social insurance, committee meetings and settlements on the 20th. Few distinct days keep the
 * backfill to a dozen rounds; two a month still show arrears ageing (on the day, 10 and 31 days late).
 */
const PAY_DAY = 10;
const MID_MONTH = 20;
/** Committees meet every quarter: in these months of the six (0 = oldest). */
const COMMITTEE_MONTHS = [0, 3];

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addMonths(period: string, months: number): string {
  const [year, month] = period.split('-').map(Number);
  return isoDay(new Date(Date.UTC(year, month - 1 + months, 1))).slice(0, 7);
}

function dayOf(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** An event's instant: 10:00 in China, so its UTC day is its local business day. */
function at(day: string): string {
  return `${day}T10:00:00+08:00`;
}

class EnterpriseStory {
  readonly events: StoryEvent[] = [];

  constructor(
    private readonly enterprise: DemoEnterpriseKey,
    private readonly today: string,
  ) {}

  add(type: HrEventType, day: string, data: Record<string, unknown>, tag: string): void {
    if (day > this.today) return;
    const id = `demo-${this.enterprise.registeredCode.slice(-4)}-${tag}`;
    this.events.push({
      day,
      envelope: {
        specversion: '1.0',
        id,
        source: `enterprise/${this.enterprise.enterpriseId}/hr`,
        type,
        subject: this.enterprise.enterpriseId,
        time: at(day),
        datacontenttype: 'application/json',
        data,
      },
    });
  }

  /** The wage run of `period`, paid on the 10th of the next month except to `unpaid` workers owed `owedPerWorker`. */
  wageRun(period: string, unpaid = 0, owedPerWorker = MONTHLY_WAGE_MINOR * 0.4, reportedOn?: string): void {
    const payDate = dayOf(addMonths(period, 1), PAY_DAY);
    const headcount = this.enterprise.headcount;
    const amountDueMinor = headcount * MONTHLY_WAGE_MINOR;
    const settled = reportedOn !== undefined;
    this.add(
      'concord.hr.wage_payment.v1',
      reportedOn ?? payDate,
      {
        period,
        scheduledPayDate: payDate,
        // Those who were paid were paid on the pay date; the run is settled when the last one is.
        actualPayDate: settled ? reportedOn : unpaid < headcount ? payDate : null,
        headcount,
        workersDue: headcount,
        workersPaid: headcount - unpaid,
        amountDueMinor,
        amountPaidMinor: amountDueMinor - unpaid * owedPerWorker,
        currency: 'CNY',
      },
      settled ? `wage-${period}-settled` : `wage-${period}`,
    );
  }

  /** The arrears of `period` paid in full on `paidOn`: the run reported again, everyone paid. */
  settle(period: string, paidOn: string): void {
    this.wageRun(period, 0, 0, paidOn);
  }

  workingTime(period: string, overtime: { workersOver36h: number; maxHours: number; weeksWithoutRest?: number }): void {
    this.add(
      'concord.hr.working_time.v1',
      dayOf(addMonths(period, 1), PAY_DAY),
      {
        period,
        headcount: this.enterprise.headcount,
        hourSystem: 'standard',
        workersOver36hOvertime: overtime.workersOver36h,
        maxOvertimeHoursPerWorker: overtime.maxHours,
        daysOver3hOvertime: overtime.workersOver36h > 0 ? 4 : 0,
        weeksWithoutRestDay: overtime.weeksWithoutRest ?? 0,
        overtimePayMultiple: 1.5,
      },
      `time-${period}`,
    );
  }

  insurance(period: string, monthsInArrears = 0): void {
    const employed = this.enterprise.headcount;
    const amountDueMinor = employed * 120_000;
    this.add(
      'concord.hr.social_insurance.v1',
      dayOf(addMonths(period, 1), MID_MONTH),
      { period, employedHeadcount: employed, insuredHeadcount: employed, amountDueMinor, amountPaidMinor: monthsInArrears > 0 ? 0 : amountDueMinor, currency: 'CNY', monthsInArrears },
      `insurance-${period}`,
    );
  }

  complaint(day: string, category: string, coSigners: number, text: string, tag: string): void {
    this.add('concord.hr.complaint.v1', day, { channel: 'hotline_12351', category, coSigners, anonymous: true, text, receivedAt: at(day), resolvedAt: null }, `complaint-${tag}`);
  }

  committeeMeeting(day: string, issuesRaised: number): void {
    this.add('concord.hr.committee_meeting.v1', day, { heldOn: day, attendees: 7, issuesRaised, issuesSettled: issuesRaised }, `committee-${day}`);
  }

  stoppage(day: string, participants: number, demands: string): void {
    this.add(
      'concord.hr.collective_incident.v1',
      day,
      { form: 'stoppage', location: 'workplace', participants, startedAt: at(day), endedAt: null, demandCategories: ['pay'], demands },
      `incident-${day}`,
    );
  }
}

/** The pay periods of the last six months, oldest first: the months whose pay day is within the history. */
function periodsUpTo(today: string): string[] {
  const latestPaid = addMonths(today.slice(0, 7), today.slice(8) >= String(PAY_DAY).padStart(2, '0') ? -1 : -2);
  return Array.from({ length: HISTORY_MONTHS }, (_, index) => addMonths(latestPaid, index - HISTORY_MONTHS + 1));
}

/** Every event of one enterprise's six months, according to its fortune. */
export function storyOf(enterprise: DemoEnterpriseKey, today: string): StoryEvent[] {
  const story = new EnterpriseStory(enterprise, today);
  const periods = periodsUpTo(today);
  const last = periods.length - 1;
  const headcount = enterprise.headcount;
  const some = (share: number) => Math.max(3, Math.round(headcount * share));
  const fortune = fortuneOf(enterprise.registeredCode);
  for (const [index, period] of periods.entries()) {
    const monthsLeft = last - index;
    const insuranceArrears = fortune === 'insurance' && monthsLeft <= 2 ? 3 - monthsLeft : 0;
    story.insurance(period, insuranceArrears);
    // The crisis firm's committee met once and then stopped meeting: part of its story (U5).
    if (COMMITTEE_MONTHS.includes(index) && !(fortune === 'crisis' && index > 0)) story.committeeMeeting(dayOf(addMonths(period, 1), MID_MONTH), index === 0 ? 2 : 1);
    const busy = fortune === 'overtime' || (fortune === 'crisis' && monthsLeft <= 3);
    story.workingTime(period, busy ? { workersOver36h: some(0.25), maxHours: 72, weeksWithoutRest: 2 } : { workersOver36h: 0, maxHours: 20 });
    switch (fortune) {
      case 'crisis':
        // From three months back 40 workers go unpaid ¥2,400 a month and nothing is settled.
        story.wageRun(period, monthsLeft <= 2 ? 40 : 0);
        break;
      case 'sliding':
        // The last two runs leave six workers ¥800 short: late two months running, far below the criminal threshold.
        story.wageRun(period, monthsLeft <= 1 ? 6 : 0, 80_000);
        break;
      case 'late':
        // Two months ago a few workers were not paid, and still are not.
        story.wageRun(period, monthsLeft === 1 ? 3 : 0);
        break;
      case 'slipped': {
        // Four months ago five workers were paid ten days late; long since settled.
        const slipped = monthsLeft === 3;
        story.wageRun(period, slipped ? 5 : 0);
        if (slipped) story.settle(period, dayOf(addMonths(period, 1), MID_MONTH));
        break;
      }
      default:
        story.wageRun(period);
    }
  }
  if (fortune === 'crisis') {
    const latest = periods[last];
    story.complaint(dayOf(latest, MID_MONTH), 'pay', 12, '三个月工资只发了一部分，项目部说等甲方付款。', 'arrears-1');
    story.complaint(dayOf(addMonths(latest, 1), PAY_DAY), 'pay', 35, '工地四十多名工人被拖欠工资，要求结清。', 'arrears-2');
    story.stoppage(dayOf(addMonths(latest, 1), MID_MONTH), 38, '结清拖欠的工资，按时足额发放。');
  }
  if (fortune === 'insurance') {
    story.complaint(dayOf(addMonths(periods[last], 1), PAY_DAY), 'pay', 4, '公司连续几个月没有缴纳社保。', 'insurance');
  }
  return story.events;
}

/**
 * Builders for the scenario specs (libs/risk-rules/src/scenarios): enterprise histories told as
 * stories. Every builder takes the few facts a story is about, fills the rest as a producer would,
 * and checks the payload against its contract (libs/contracts/src/hr/*.v1.ts), so a story can only
 * say what Concord could really receive. Amounts are minor units (fen): ¥2,400 is `2_400_00`.
 */
import { HR_EVENT_CONTRACTS, type HrEventType } from '@concord/contracts';
import type { HrEventData, RecordedEvent } from '../src/history/enterprise-history';
import type { Sector } from '../src/history/enterprise-profile.model';
import type { Level } from '../src/level.model';
import { assessRisk } from '../src/scoring/assess-risk';
import { type ScoreInput, scoreEnterprise } from '../src/scoring/score-enterprise';
import type { FiredRule, RiskAssessment, RiskScore } from '../src/scoring/score.model';
import { recorded, scoreInput, testProfile } from './rules.fixture';
import { MONTHLY_WAGE_MINOR } from './wage-payment.fixture';

type Data<T extends HrEventType> = HrEventData<T>;

/** A recorded event whose payload its contract accepts, else the story throws. */
function hrEvent<T extends HrEventType>(type: T, day: string, data: HrEventData<T>, id?: string): RecordedEvent<T> {
  const contract = HR_EVENT_CONTRACTS.find((candidate) => candidate.type === type);
  if (!contract) throw new Error(`No contract for ${type}`);
  const parsed = contract.data.safeParse(data);
  if (!parsed.success) throw new Error(`A ${type} payload the contract refuses: ${parsed.error.message}`);
  return recorded(type, day, data, id);
}

// ---------------------------------------------------------------------------------------------
// Late reports
//
// A later state of the same fact (a complaint resolved, an incident over, a letter answered) is a
// correction that keeps the business day of the fact it corrects, received late. It must: the
// hysteresis replays earlier days from business days, and a correction removes what it supersedes
// from every day, so a correction dated on its own later day would erase the fact from the days
// before it.

/** An event Concord received after its business day (a late report or a correction). */
export interface LateReport {
  event: RecordedEvent;
  reportedOn: string;
}

export type StoryEvent = RecordedEvent | LateReport;

export function reportedOn(day: string, event: RecordedEvent): LateReport {
  return { event, reportedOn: day };
}

function isLate(entry: StoryEvent): entry is LateReport {
  return 'reportedOn' in entry;
}

/** Local business hours in China, so the UTC day of the instant is the local day. */
function at(day: string, time = '10:00'): string {
  return `${day}T${time}:00+08:00`;
}

// ---------------------------------------------------------------------------------------------
// Wages

export interface WageRunFacts {
  period: string;
  scheduledPayDate: string;
  /** The day everyone was paid in full; null while someone is still owed. */
  paidOn: string | null;
  headcount: number;
  /** Workers still owed (the others were paid on the pay date); everyone while `paidOn` is null, unless given. */
  unpaid?: number;
  /** What each of them is still owed; a whole month's wage (MONTHLY_WAGE_MINOR) unless given. */
  owedPerWorker?: number;
  workersBelowMinimumWage?: number;
  /** A union-approved deferral: the pay-by date it allows. */
  deferredUntil?: string;
  constructionProject?: Data<'concord.hr.wage_payment.v1'>['constructionProject'];
  /** A correction: the id of the report this one replaces. */
  supersedes?: string;
}

/** One pay period's wage run as reported on its pay date (or on the day it was paid in full). */
export function wageRun(facts: WageRunFacts): RecordedEvent<'concord.hr.wage_payment.v1'> {
  const { period, scheduledPayDate, paidOn, headcount } = facts;
  const unpaid = facts.unpaid ?? (paidOn === null ? headcount : 0);
  if (paidOn !== null && unpaid > 0) throw new Error('A run paid in full owes no one: give paidOn null while workers are owed');
  const owedPerWorker = facts.owedPerWorker ?? MONTHLY_WAGE_MINOR;
  const amountDueMinor = headcount * MONTHLY_WAGE_MINOR;
  return hrEvent('concord.hr.wage_payment.v1', paidOn ?? scheduledPayDate, {
    period,
    scheduledPayDate,
    // Those who were paid were paid on the pay date; the run is settled when the last one is.
    actualPayDate: paidOn ?? (unpaid < headcount ? scheduledPayDate : null),
    headcount,
    workersDue: headcount,
    workersPaid: headcount - unpaid,
    amountDueMinor,
    amountPaidMinor: amountDueMinor - unpaid * owedPerWorker,
    currency: 'CNY',
    ...(facts.workersBelowMinimumWage !== undefined && { workersBelowMinimumWage: facts.workersBelowMinimumWage }),
    ...(facts.deferredUntil && { deferral: { approvedByUnion: true, payBy: facts.deferredUntil } }),
    ...(facts.constructionProject && { constructionProject: facts.constructionProject }),
    ...(facts.supersedes && { supersedes: facts.supersedes }),
  });
}

/** The pay date of `period` ('YYYY-MM'): `payDay` of the following month. */
export function payDateOf(period: string, payDay = 10): string {
  const [year, month] = period.split('-').map(Number);
  const [nextYear, nextMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${nextYear}-${String(nextMonth).padStart(2, '0')}-${String(payDay).padStart(2, '0')}`;
}

/** The months from `first` to `last` inclusive ('YYYY-MM'). */
export function months(first: string, last: string): string[] {
  const periods: string[] = [];
  for (let period = first; period <= last; period = payDateOf(period).slice(0, 7)) periods.push(period);
  return periods;
}

/** Every period from `first` to `last` paid in full on its pay date. */
export function onTimeWageRuns(first: string, last: string, headcount: number, payDay = 10): RecordedEvent[] {
  return months(first, last).map((period) => {
    const payDate = payDateOf(period, payDay);
    return wageRun({ period, scheduledPayDate: payDate, paidOn: payDate, headcount });
  });
}

// ---------------------------------------------------------------------------------------------
// Social insurance, working time

/** A month's social insurance report; contributions paid in full unless months are in arrears. */
export function insuranceMonth(facts: { period: string; reportedOn: string; employed: number; monthsInArrears?: number }) {
  const { employed, monthsInArrears = 0 } = facts;
  const amountDueMinor = employed * 1_200_00;
  return hrEvent('concord.hr.social_insurance.v1', facts.reportedOn, {
    period: facts.period,
    employedHeadcount: employed,
    insuredHeadcount: employed,
    amountDueMinor,
    amountPaidMinor: monthsInArrears > 0 ? 0 : amountDueMinor,
    currency: 'CNY',
    monthsInArrears,
  });
}

/** A month's working-time summary: standard hours, a little lawful overtime unless told otherwise. */
export function workingTimeMonth(facts: {
  period: string;
  reportedOn: string;
  headcount: number;
  workersOver36h?: number;
  maxOvertimeHours?: number;
  overtimePayMultiple?: number;
  daysOver3hOvertime?: number;
  weeksWithoutRestDay?: number;
}) {
  return hrEvent('concord.hr.working_time.v1', facts.reportedOn, {
    period: facts.period,
    headcount: facts.headcount,
    hourSystem: 'standard',
    workersOver36hOvertime: facts.workersOver36h ?? 0,
    maxOvertimeHoursPerWorker: facts.maxOvertimeHours ?? 24,
    daysOver3hOvertime: facts.daysOver3hOvertime ?? 0,
    weeksWithoutRestDay: facts.weeksWithoutRestDay ?? 0,
    overtimePayMultiple: facts.overtimePayMultiple ?? 1.5,
  });
}

// ---------------------------------------------------------------------------------------------
// Complaints

type ComplaintData = Data<'concord.hr.complaint.v1'>;

/** A complaint received on `receivedOn` (its business day), open unless `resolvedOn` is given. */
export function complaint(facts: {
  receivedOn: string;
  channel?: ComplaintData['channel'];
  category?: ComplaintData['category'];
  coSigners?: number;
  resolvedOn?: string | null;
  complainant?: string;
  text?: string;
}) {
  const { receivedOn, channel = 'internal', category = 'pay', coSigners = 0, resolvedOn = null } = facts;
  return hrEvent('concord.hr.complaint.v1', receivedOn, {
    channel,
    category,
    coSigners,
    anonymous: true,
    text: facts.text ?? `Complaint about ${category.replace(/_/g, ' ')}.`,
    receivedAt: at(receivedOn),
    resolvedAt: resolvedOn && at(resolvedOn, '16:00'),
    ...(facts.complainant && { complainantPseudonym: facts.complainant }),
  });
}

/**
 * The complaint resolved on `resolvedOn`: a correction of it, reported that day, that keeps its
 * business day (the day it was received), so it is still counted where it was received.
 */
export function complaintResolved(original: RecordedEvent<'concord.hr.complaint.v1'>, resolvedOn: string): LateReport {
  const resolution = hrEvent('concord.hr.complaint.v1', original.day, { ...original.data, resolvedAt: at(resolvedOn, '16:00'), supersedes: original.id });
  return reportedOn(resolvedOn, resolution);
}

// ---------------------------------------------------------------------------------------------
// Contracts and workforce

/** A workforce report on `effectiveOn`, optionally stating the workers without a written contract. */
export function headcountReport(facts: {
  effectiveOn: string;
  before: number;
  after: number;
  reason: Data<'concord.hr.headcount_change.v1'>['reason'];
  withoutWrittenContract?: number;
}) {
  return hrEvent('concord.hr.headcount_change.v1', facts.effectiveOn, {
    effectiveOn: facts.effectiveOn,
    headcountBefore: facts.before,
    headcountAfter: facts.after,
    reason: facts.reason,
    ...(facts.withoutWrittenContract !== undefined && { workersWithoutWrittenContract: facts.withoutWrittenContract }),
  });
}

export function contractExpiry(facts: { reportedOn: string; expiresOn: string; workers: number; headcount: number }) {
  return hrEvent('concord.hr.contract_expiry_scheduled.v1', facts.reportedOn, { expiresOn: facts.expiresOn, workers: facts.workers, headcount: facts.headcount });
}

export function renewalDecision(facts: { decidedOn: string; expiresOn: string; workers: number; renewed: number }) {
  const { decidedOn, expiresOn, workers, renewed } = facts;
  return hrEvent('concord.hr.contract_renewal_decision.v1', decidedOn, { expiresOn, decidedOn, workers, renewed, notRenewed: workers - renewed });
}

// ---------------------------------------------------------------------------------------------
// Layoffs and business status

/** An economic layoff plan, reported on its announcement; the procedure flags follow `thirtyDayProcedure`. */
export function layoffPlan(facts: { headcountBefore: number; workersAffected: number; announcedOn: string; effectiveOn: string; thirtyDayProcedure: boolean; severancePerWorker?: number }) {
  const { thirtyDayProcedure, severancePerWorker = 18_000_00 } = facts;
  return hrEvent('concord.hr.layoff_plan.v1', facts.announcedOn, {
    headcountBefore: facts.headcountBefore,
    workersAffected: facts.workersAffected,
    legalGround: 'serious_operating_difficulty',
    announcedOn: facts.announcedOn,
    effectiveOn: facts.effectiveOn,
    thirtyDayProcedure,
    unionNotified: thirtyDayProcedure,
    laborAuthorityNotified: thirtyDayProcedure,
    protectedWorkersIncluded: 0,
    compensationPlannedMinor: facts.workersAffected * severancePerWorker,
    currency: 'CNY',
  });
}

/**
 * The dismissals a plan carried out, with the severance paid so far (all of it unless told),
 * reported on the termination day, or on `day` when a later report updates what was paid.
 */
export function terminationBatch(facts: { plan: RecordedEvent<'concord.hr.layoff_plan.v1'>; terminatedOn: string; severancePaidMinor?: number; day?: string }) {
  const { data } = facts.plan;
  return hrEvent('concord.hr.termination_batch.v1', facts.day ?? facts.terminatedOn, {
    layoffPlanEventId: facts.plan.id,
    terminatedOn: facts.terminatedOn,
    headcountBefore: data.headcountBefore,
    workers: data.workersAffected,
    legalGround: data.legalGround,
    protectedWorkersIncluded: 0,
    compensationDueMinor: data.compensationPlannedMinor,
    compensationPaidMinor: facts.severancePaidMinor ?? data.compensationPlannedMinor,
    currency: 'CNY',
  });
}

/** A business status change, reported when it takes effect or, announced ahead, on `announcedOn`. */
export function statusChange(facts: {
  status: Data<'concord.hr.business_status_change.v1'>['status'];
  effectiveOn: string;
  announcedOn?: string;
  expectedEndOn?: string | null;
  headcount: number;
  workersAffected: number;
  supersedes?: string;
}) {
  return hrEvent('concord.hr.business_status_change.v1', facts.announcedOn ?? facts.effectiveOn, {
    status: facts.status,
    effectiveOn: facts.effectiveOn,
    expectedEndOn: facts.expectedEndOn ?? null,
    headcount: facts.headcount,
    workersAffected: facts.workersAffected,
    ...(facts.supersedes && { supersedes: facts.supersedes }),
  });
}

// ---------------------------------------------------------------------------------------------
// Collective incidents

type IncidentData = Data<'concord.hr.collective_incident.v1'>;

/**
 * A collective incident that started on `startedOn`, reported that day (a planned action on
 * `plannedOn`, before its start). Its end is reported later with `incidentEnded`.
 */
export function incident(facts: {
  form: IncidentData['form'];
  location?: IncidentData['location'];
  participants: number;
  startedOn: string;
  endedOn?: string;
  demandCategories?: IncidentData['demandCategories'];
  plannedOn?: string;
}) {
  return hrEvent('concord.hr.collective_incident.v1', facts.plannedOn ?? facts.startedOn, {
    form: facts.form,
    location: facts.location ?? 'workplace',
    participants: facts.participants,
    startedAt: at(facts.startedOn, '08:00'),
    endedAt: facts.endedOn ? at(facts.endedOn, '17:00') : null,
    demandCategories: facts.demandCategories ?? ['pay'],
  });
}

/** The incident over at 17:00 on `endedOn`: a correction of its report, received that day. */
export function incidentEnded(report: RecordedEvent<'concord.hr.collective_incident.v1'>, endedOn: string): LateReport {
  return reportedOn(endedOn, hrEvent('concord.hr.collective_incident.v1', report.day, { ...report.data, endedAt: at(endedOn, '17:00'), supersedes: report.id }));
}

// ---------------------------------------------------------------------------------------------
// Union and consultation

/** A county federation's opinion letter on working time delivered on `issuedOn`, unanswered. */
export function opinionLetter(facts: { issuedOn: string }) {
  return hrEvent('concord.hr.supervision_letter.v1', facts.issuedOn, {
    letterKind: 'opinion',
    issuer: 'county_federation',
    issuedOn: facts.issuedOn,
    category: 'working_time',
    answeredOn: null,
  });
}

/** The letter answered on `answeredOn`: a correction of it, received that day. */
export function letterAnswered(letter: RecordedEvent<'concord.hr.supervision_letter.v1'>, answeredOn: string): LateReport {
  return reportedOn(answeredOn, hrEvent('concord.hr.supervision_letter.v1', letter.day, { ...letter.data, answeredOn, supersedes: letter.id }));
}

export function committeeMeeting(heldOn: string) {
  return hrEvent('concord.hr.committee_meeting.v1', heldOn, { heldOn, attendees: 7, issuesRaised: 3, issuesSettled: 2 });
}

export function consultationRequest(requestedOn: string) {
  return hrEvent('concord.hr.consultation_request.v1', requestedOn, { requestedOn, requestedBy: 'union', topics: ['wages', 'working_time'] });
}

export function consultationReply(request: RecordedEvent<'concord.hr.consultation_request.v1'>, repliedOn: string) {
  return hrEvent('concord.hr.consultation_reply.v1', repliedOn, { requestEventId: request.id, repliedOn, outcome: 'partly_accepted' });
}

// ---------------------------------------------------------------------------------------------
// Platform work

/** A platform cohort's month, reported early in the next month; injury cover for everyone. */
export function platformMonth(facts: {
  period: string;
  reportedOn: string;
  city: string;
  station?: string;
  riders: number;
  over4hWithoutRest: number;
  p10NetHourlyIncomeMinor: number;
  localHourlyMinimumMinor: number;
}) {
  return hrEvent('concord.hr.platform_work_summary.v1', facts.reportedOn, {
    period: facts.period,
    city: facts.city,
    ...(facts.station && { station: facts.station }),
    workers: facts.riders,
    workersOver4hContinuous: facts.over4hWithoutRest,
    averageDailyHours: 10.5,
    p10NetHourlyIncomeMinor: facts.p10NetHourlyIncomeMinor,
    localHourlyMinimumMinor: facts.localHourlyMinimumMinor,
    currency: 'CNY',
    penalties: 40,
    deactivations: 2,
    workersWithInjuryCover: facts.riders,
  });
}

export function platformRuleChange(facts: { ruleArea: Data<'concord.hr.platform_rule_change.v1'>['ruleArea']; announcedOn: string; effectiveOn: string; unionConsulted: boolean; city: string; workersAffected: number; summary: string }) {
  return hrEvent('concord.hr.platform_rule_change.v1', facts.announcedOn, { ...facts });
}

// ---------------------------------------------------------------------------------------------
// Dispute pipeline

export function mediationApplied(facts: { appliedOn: string; workers: number; amountClaimedMinor: number }) {
  return hrEvent('concord.hr.mediation_applied.v1', facts.appliedOn, {
    appliedOn: facts.appliedOn,
    mediationBody: 'regional_centre',
    workers: facts.workers,
    collective: facts.workers >= 10,
    claimCategory: 'pay',
    amountClaimedMinor: facts.amountClaimedMinor,
    currency: 'CNY',
  });
}

export function arbitrationFiled(facts: { filedOn: string; workers: number; amountClaimedMinor: number }) {
  return hrEvent('concord.hr.arbitration_filed.v1', facts.filedOn, {
    filedOn: facts.filedOn,
    workers: facts.workers,
    collective: facts.workers >= 10,
    claimCategory: 'pay',
    amountClaimedMinor: facts.amountClaimedMinor,
    currency: 'CNY',
  });
}

export function agreementDue(facts: { reachedOn: string; dueOn: string; workers: number; amountDueMinor: number }) {
  return hrEvent('concord.hr.agreement_due.v1', facts.reachedOn, { agreementKind: 'mediation_agreement', ...facts, currency: 'CNY' });
}

export function agreementPerformed(agreement: RecordedEvent<'concord.hr.agreement_due.v1'>, facts: { performedOn: string; amountPaidMinor: number }) {
  const performance = facts.amountPaidMinor >= agreement.data.amountDueMinor ? 'full' : facts.amountPaidMinor > 0 ? 'partial' : 'none';
  return hrEvent('concord.hr.agreement_performed.v1', facts.performedOn, { agreementEventId: agreement.id, ...facts, performance, currency: 'CNY' });
}

// ---------------------------------------------------------------------------------------------
// Assessing a story

/** Who the story is about; unless told, a manufacturer (no sector prior) of 100 in the directory. */
export interface StoryEnterprise {
  sector?: Sector;
  /** The directory's headcount, used until an event reports one. */
  registeredHeadcount?: number;
  siblingLevels?: Level[];
}

/**
 * The enterprise's assessment on `asOf` from what Concord had received by then: each event on its
 * business day, late reports on the day they arrived.
 */
export function assessOn(story: readonly StoryEvent[], asOf: string, enterprise: StoryEnterprise = {}): RiskAssessment {
  return assessRisk(storyInput(story, asOf, enterprise));
}

/** The day's score alone, without the hysteresis that `assessOn` adds: cheaper, for day-by-day sweeps. */
export function scoreOn(story: readonly StoryEvent[], asOf: string, enterprise: StoryEnterprise = {}): RiskScore {
  return scoreEnterprise(storyInput(story, asOf, enterprise));
}

function storyInput(story: readonly StoryEvent[], asOf: string, enterprise: StoryEnterprise): ScoreInput {
  const known = story.filter((entry) => (isLate(entry) ? entry.reportedOn : entry.day) <= asOf).map((entry) => (isLate(entry) ? entry.event : entry));
  const profile = testProfile({ sector: enterprise.sector ?? 'manufacturing', registeredHeadcount: enterprise.registeredHeadcount ?? 100 });
  return scoreInput(known, asOf, { profile, siblingLevels: enterprise.siblingLevels });
}

/** The day's assessment as a person reads it: the level, the score, why, and what holds the level. */
export interface Verdict {
  level: Level;
  score: number;
  /** One entry per fired rule: 'W1 +25', 'W2 +30 floor ORANGE', 'W3L floor ORANGE', 'W4 trigger RED'. */
  fired: string[];
  /** 'YYYY-MM-DD LEVEL' of the earlier day that holds the level up (hysteresis); null when none does. */
  heldBy: string | null;
}

export function verdict({ level, score, heldBy }: RiskAssessment): Verdict {
  return { level, score: score.score, fired: score.fired.map(effectOf), heldBy: heldBy && `${heldBy.day} ${heldBy.level}` };
}

function effectOf(rule: FiredRule): string {
  const floor = rule.floor && `${rule.trigger ? 'trigger' : 'floor'} ${rule.floor}`;
  const points = rule.points > 0 || !floor ? `+${rule.points}` : null;
  return [rule.ruleId, points, floor].filter(Boolean).join(' ');
}

/** The explanation of one fired rule; fails the test, naming what did fire, when it did not. */
export function firedRule(assessment: RiskAssessment, ruleId: string): FiredRule {
  const rule = assessment.score.fired.find((candidate) => candidate.ruleId === ruleId);
  if (!rule) throw new Error(`${ruleId} did not fire on ${assessment.score.asOf}; fired: ${assessment.score.fired.map((r) => r.ruleId).join(', ') || 'nothing'}`);
  return rule;
}

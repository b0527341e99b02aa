import { daysBetween } from '../../calendar-day.util';
import type { RecordedEvent } from '../../history/enterprise-history';
import type { MeasureContext } from '../indicator.model';

export type WorkingTimeReport = RecordedEvent<'concord.hr.working_time.v1'>;

/** How badly one monthly summary breaches an hours condition; null where it does not. */
type Severity = (report: WorkingTimeReport) => number | null;

/** An hours condition as the recent monthly summaries show it. */
export interface WorkingTimeBreach {
  /** The month with the worst breach; of equally bad months the latest, so decay counts from it. */
  worst: WorkingTimeReport;
  severity: number;
  /** Every month that breached, oldest month first. */
  breaching: WorkingTimeReport[];
  /** The latest month reported: the breach is open while it still breaches. */
  newest: WorkingTimeReport;
  open: boolean;
}

/**
 * The summary of each month (a later report of a month replaces the earlier one) reported in the
 * `lookbackDays` days up to the evaluation day, oldest month first. Reports made after the
 * evaluation day are not known yet.
 */
function recentMonthlyReports({ history, asOf, params }: Pick<MeasureContext, 'history' | 'asOf' | 'params'>): WorkingTimeReport[] {
  const known = history.of('concord.hr.working_time.v1').filter((report) => report.day <= asOf);
  // The history is in canonical order (day, then id), so the last report of a month wins.
  const byMonth = new Map(known.map((report) => [report.data.period, report]));
  return [...byMonth.values()]
    .filter((report) => daysBetween(report.day, asOf) <= params.lookbackDays)
    .sort((a, b) => (a.data.period < b.data.period ? -1 : a.data.period > b.data.period ? 1 : 0));
}

/**
 * The worst breach in the recent months, kept after later months are lawful so that it decays by
 * recency (DOMAIN.md §3) instead of vanishing with the next lawful month; null when no recent
 * month breaches.
 */
export function worstWorkingTimeBreach(context: Pick<MeasureContext, 'history' | 'asOf' | 'params'>, severityOf: Severity): WorkingTimeBreach | null {
  const reports = recentMonthlyReports(context);
  const breaches = reports.flatMap((report) => {
    const severity = severityOf(report);
    return severity === null ? [] : [{ report, severity }];
  });
  if (breaches.length === 0) return null;
  const worst = breaches.reduce((a, b) => (b.severity >= a.severity ? b : a));
  const newest = reports[reports.length - 1];
  return { worst: worst.report, severity: worst.severity, breaching: breaches.map(({ report }) => report), newest, open: severityOf(newest) !== null };
}

/** The explanation's account of the newest month, named once it no longer breaches (as S1 names the clearing month). */
export function clearedInPeriod({ newest, open }: WorkingTimeBreach): { clearedInPeriod?: string } {
  return open ? {} : { clearedInPeriod: newest.data.period };
}

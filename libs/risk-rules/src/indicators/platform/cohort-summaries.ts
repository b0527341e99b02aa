import { daysBetween } from '../../calendar-day.util';
import type { RecordedEvent } from '../../history/enterprise-history';
import type { MeasureContext } from '../indicator.model';

export type WorkSummaryEvent = RecordedEvent<'concord.hr.platform_work_summary.v1'>;

/** How badly one cohort's month breaches a platform condition; null where it does not. */
type Severity = (summary: WorkSummaryEvent) => number | null;

/** A platform condition as the recent cohort summaries show it. */
export interface CohortBreach {
  /** The cohort month with the worst breach; of equally bad ones the latest, so decay counts from it. */
  worst: WorkSummaryEvent;
  severity: number;
  /** Every cohort month that breached, oldest month first. */
  breaching: WorkSummaryEvent[];
  /** Cohorts reported within the lookback. */
  cohorts: number;
  /** Cohorts whose newest month still breaches: the breach is open while there is one. */
  cohortsStillBreaching: number;
  /** The newest month of the worst cohort, when it no longer breaches. */
  clearedInPeriod: string | null;
}

/** A cohort is a city, or one station of it. */
export function cohortOf({ data }: WorkSummaryEvent): string {
  return data.station ? `${data.city} / ${data.station}` : data.city;
}

/**
 * The summary of each cohort's month (a later report of a month replaces the earlier one)
 * reported in the `lookbackDays` days up to the evaluation day, oldest month first. Reports made
 * after the evaluation day are not known yet; a cohort that stopped reporting is not judged on
 * an older month.
 */
function recentCohortSummaries({ history, asOf, params }: Pick<MeasureContext, 'history' | 'asOf' | 'params'>): WorkSummaryEvent[] {
  const known = history.of('concord.hr.platform_work_summary.v1').filter((event) => event.day <= asOf);
  // The history is in canonical order (day, then id), so the last report of a cohort's month wins.
  // Periods are fixed-width 'YYYY-MM', so the key cannot run into the cohort name.
  const byCohortMonth = new Map(known.map((event) => [`${event.data.period} ${cohortOf(event)}`, event]));
  return [...byCohortMonth.values()]
    .filter((event) => daysBetween(event.day, asOf) <= params.lookbackDays)
    .sort((a, b) => (a.data.period < b.data.period ? -1 : a.data.period > b.data.period ? 1 : 0));
}

/**
 * The worst breach in any cohort's recent months, kept after later months are within the limits
 * so that it decays by recency (DOMAIN.md §3) instead of vanishing with the next month; null when
 * no recent cohort month breaches.
 */
export function worstCohortBreach(context: Pick<MeasureContext, 'history' | 'asOf' | 'params'>, severityOf: Severity): CohortBreach | null {
  const summaries = recentCohortSummaries(context);
  const breaches = summaries.flatMap((summary) => {
    const severity = severityOf(summary);
    return severity === null ? [] : [{ summary, severity }];
  });
  if (breaches.length === 0) return null;
  const worst = breaches.reduce((a, b) => (b.severity >= a.severity ? b : a));
  // Oldest month first, so each cohort ends on its newest month.
  const newestByCohort = new Map(summaries.map((summary) => [cohortOf(summary), summary]));
  const worstCohortNewest = newestByCohort.get(cohortOf(worst.summary)) ?? worst.summary;
  return {
    worst: worst.summary,
    severity: worst.severity,
    breaching: breaches.map(({ summary }) => summary),
    cohorts: newestByCohort.size,
    cohortsStillBreaching: [...newestByCohort.values()].filter((summary) => severityOf(summary) !== null).length,
    clearedInPeriod: severityOf(worstCohortNewest) === null ? worstCohortNewest.data.period : null,
  };
}

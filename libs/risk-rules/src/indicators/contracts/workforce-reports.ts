import { daysBetween } from '../../calendar-day.util';
import type { RecordedEvent } from '../../history/enterprise-history';
import type { MeasureContext } from '../indicator.model';

export type HeadcountReport = RecordedEvent<'concord.hr.headcount_change.v1'>;

/** headcount_change reports by the evaluation day that state `field` (it is optional), oldest first. */
export function reportsStating(
  { history, asOf }: Pick<MeasureContext, 'history' | 'asOf'>,
  field: 'workersWithoutWrittenContract' | 'dispatchedWorkers',
): HeadcountReport[] {
  return history.of('concord.hr.headcount_change.v1').filter((report) => report.day <= asOf && report.data[field] !== undefined);
}

/** A condition on the workforce, as the reports show it. */
export interface WorkforceBreach {
  /** The newest report on which the condition holds. */
  report: HeadcountReport;
  /** The first later report on which it no longer holds; null while the newest report shows it. */
  clearedBy: HeadcountReport | null;
}

/**
 * The condition as it stands: held by the newest report (open), or the last report that showed it
 * when a later report cleared it no more than `lookbackDays` ago.
 */
export function latestBreach(reports: readonly HeadcountReport[], holds: (report: HeadcountReport) => boolean, asOf: string, lookbackDays: number): WorkforceBreach | null {
  const index = reports.findLastIndex(holds);
  if (index < 0) return null;
  const clearedBy = reports[index + 1] ?? null;
  if (clearedBy && daysBetween(clearedBy.day, asOf) > lookbackDays) return null;
  return { report: reports[index], clearedBy };
}

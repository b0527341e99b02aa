import type { RecordedEvent } from '../../history/enterprise-history';
import type { MeasureContext } from '../indicator.model';

export type InsuranceReport = RecordedEvent<'concord.hr.social_insurance.v1'>;

/**
 * Every social insurance report known on the evaluation day, ordered by contribution month, then
 * as reported: the last report of a month (a payment after an arrears report) is its current state.
 */
export function insuranceReports({ history, asOf }: Pick<MeasureContext, 'history' | 'asOf'>): InsuranceReport[] {
  const known = history.of('concord.hr.social_insurance.v1').filter((report) => report.day <= asOf);
  // Stable sort: reports of one month keep the history's canonical order (day, then id).
  return known.sort((a, b) => (a.data.period < b.data.period ? -1 : a.data.period > b.data.period ? 1 : 0));
}

/** The current report of each contribution month, oldest month first. */
export function currentMonthlyReports(reports: readonly InsuranceReport[]): InsuranceReport[] {
  return [...new Map(reports.map((report) => [report.data.period, report])).values()];
}

/** The month before a 'YYYY-MM' month. */
export function previousMonth(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

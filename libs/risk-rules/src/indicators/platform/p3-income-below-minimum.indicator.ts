import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { type WorkSummaryEvent, cohortOf, worstCohortBreach } from './cohort-summaries';

/**
 * P3: the 10th-percentile net hourly income of a platform cohort below the local hourly minimum
 * wage, by the shortfall per hour (minor units) in the worst cohort month reported within
 * `lookbackDays`. Open while some cohort's newest month is still below; once none is, the worst
 * month still counts, decaying from its report. Each cohort is held to its own city's minimum as
 * reported with it (cohorts of one platform span cities and provinces); a summary without one
 * falls back to the enterprise's province.
 */
export const P3_INCOME_BELOW_MINIMUM: IndicatorDefinition = {
  id: 'P3',
  category: 'platform',
  title: 'Platform income below the hourly minimum',
  unit: 'shortfall per hour (minor units)',
  measure(context) {
    const minimumOf = ({ data }: WorkSummaryEvent) => (data.localHourlyMinimumMinor > 0 ? data.localHourlyMinimumMinor : context.province.hourlyMinimumWageMinor);
    const breach = worstCohortBreach(context, (event) => {
      const shortfall = minimumOf(event) - event.data.p10NetHourlyIncomeMinor;
      return shortfall > 0 ? shortfall : null;
    });
    if (!breach) return null;
    const { worst } = breach;
    return {
      value: breach.severity,
      values: {
        cohort: cohortOf(worst),
        period: worst.data.period,
        p10NetHourlyIncomeMinor: worst.data.p10NetHourlyIncomeMinor,
        hourlyMinimumMinor: minimumOf(worst),
        cohortsBelowMinimum: breach.cohortsStillBreaching,
        ...(breach.clearedInPeriod ? { clearedInPeriod: breach.clearedInPeriod } : {}),
      },
      evidenceEventIds: breach.breaching.map((event) => event.id).sort(),
      lastEvidenceDay: worst.day,
      unresolved: breach.cohortsStillBreaching > 0,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 20)],
    params: { lookbackDays: 180 },
    legalBasis:
      'No statutory threshold; federation practice (default). Platform pay not below the local minimum wage: MOHRSS et al. Guidance on Protecting the Rights of Workers in New Forms of Employment (人社部发〔2021〕56号)',
  },
};

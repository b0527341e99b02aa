import { type IndicatorDefinition, triggerTier } from '../indicator.model';
import { wageRuns } from './wage-runs';

/**
 * W4: arrears reach the province's criminal threshold for refusing to pay wages — one worker owed
 * for `minMonthsOneWorker` months or more and at least the one-worker amount, or `minWorkers`
 * workers owed at least the group amount in total. Value 1 when either holds.
 */
export const W4_CRIMINAL_THRESHOLD: IndicatorDefinition = {
  id: 'W4',
  category: 'wages',
  title: 'Arrears at the criminal threshold',
  unit: '(1 = reached)',
  measure(context) {
    const open = wageRuns(context).filter((run) => run.open);
    if (open.length === 0) return null;
    const totalOwedMinor = open.reduce((sum, run) => sum + run.amountOwedMinor, 0);
    const perWorkerOwedMinor = Math.round(open.reduce((sum, run) => sum + (run.workersOwed > 0 ? run.amountOwedMinor / run.workersOwed : 0), 0));
    const workersOwed = Math.max(...open.map((run) => run.workersOwed));
    const { criminalThresholdOneWorkerMinor, criminalThresholdGroupMinor } = context.province;
    const oneWorker = open.length >= context.params.minMonthsOneWorker && perWorkerOwedMinor >= criminalThresholdOneWorkerMinor;
    const group = workersOwed >= context.params.minWorkers && totalOwedMinor >= criminalThresholdGroupMinor;
    return {
      value: oneWorker || group ? 1 : 0,
      values: {
        monthsOwed: open.length,
        perWorkerOwedMinor,
        totalOwedMinor,
        workersOwed,
        thresholdOneWorkerMinor: criminalThresholdOneWorkerMinor,
        thresholdGroupMinor: criminalThresholdGroupMinor,
        province: context.province.code,
      },
      evidenceEventIds: open.map((run) => run.event.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [triggerTier(1, 'RED')],
    params: { minMonthsOneWorker: 3, minWorkers: 10 },
    legalBasis: 'Criminal Law Art. 276-1; SPC Interpretation 法释〔2013〕3号 Art. 3 (thresholds set per province)',
  },
};

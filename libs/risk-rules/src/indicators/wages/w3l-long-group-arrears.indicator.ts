import { type IndicatorDefinition, floorTier } from '../indicator.model';
import { wageRuns } from './wage-runs';

/** W3 (long): group arrears that have also run more than `daysLateAbove` days — floor ORANGE. */
export const W3L_LONG_GROUP_ARREARS: IndicatorDefinition = {
  id: 'W3L',
  category: 'wages',
  title: 'Long-running group wage arrears',
  unit: 'workers owed',
  measure(context) {
    const long = wageRuns(context).filter((run) => run.open && run.daysLate > context.params.daysLateAbove);
    if (long.length === 0) return null;
    const workersOwed = Math.max(...long.map((run) => run.workersOwed));
    return {
      value: workersOwed,
      values: { workersOwed, maxDaysLate: Math.max(...long.map((run) => run.daysLate)) },
      evidenceEventIds: long.map((run) => run.event.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [floorTier(10, 0, 'ORANGE')],
    params: { daysLateAbove: 30 },
    legalBasis: 'Labor Dispute Mediation and Arbitration Law Art. 7; Regulations on Ensuring Payment of Wages to Migrant Workers Art. 12',
  },
};

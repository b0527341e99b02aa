import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { type WageRun, wageRuns } from './wage-runs';

/** W6: wages paid short: the share of the amount due still unpaid in the worst open run. */
export const W6_SHORT_PAYMENT: IndicatorDefinition = {
  id: 'W6',
  category: 'wages',
  title: 'Wages paid short',
  unit: 'share of wages unpaid',
  measure(context) {
    const short = wageRuns(context).filter((run) => run.open && run.event.data.amountDueMinor > 0);
    if (short.length === 0) return null;
    const worst = short.reduce((a, b) => (unpaidPerMille(b) > unpaidPerMille(a) ? b : a));
    const value = unpaidPerMille(worst) / 1000;
    return {
      value,
      values: { paidRatio: (1000 - unpaidPerMille(worst)) / 1000, period: worst.period },
      evidenceEventIds: [worst.event.id],
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    // Paid ratio below 0.8 = more than 0.2 of the wages unpaid.
    tiers: [pointsTier(0.2001, 10)],
    params: {},
    legalBasis: 'PRC Labor Law Art. 50 (wages paid in full)',
  },
};

/**
 * The unpaid share in thousandths, rounded up in integer arithmetic: any shortfall above 0.2 (a
 * paid ratio of 0.7999 too) reaches the 0.2001 tier, exactly 0.2 does not.
 */
function unpaidPerMille(run: WageRun): number {
  const { amountDueMinor, amountPaidMinor } = run.event.data;
  return Math.ceil((Math.max(0, amountDueMinor - amountPaidMinor) * 1000) / amountDueMinor);
}

import { daysBetween } from '../../calendar-day.util';
import { springFestivalDate } from '../../calendar/spring-festival';
import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { wageRuns } from './wage-runs';

/**
 * W8: wages owed in the pay season before the Spring Festival, when migrant workers go home and
 * arrears turn into disputes (the yearly winter campaign against wage arrears). Moves forecasts:
 * the same open arrears weigh more as the festival approaches.
 */
export const W8_PRE_FESTIVAL_SEASON: IndicatorDefinition = {
  id: 'W8',
  category: 'wages',
  title: 'Wages owed before the Spring Festival',
  unit: 'days to the festival',
  measure(context) {
    const year = Number(context.asOf.slice(0, 4));
    const festival = [springFestivalDate(year), springFestivalDate(year + 1)].find((day) => day >= context.asOf) as string;
    const daysToFestival = daysBetween(context.asOf, festival);
    if (daysToFestival > context.params.seasonDays) return null;
    const open = wageRuns(context).filter((run) => run.open);
    if (open.length === 0) return null;
    return {
      // Inverted so that a closer festival is a larger value: tiers stay "at least".
      value: context.params.seasonDays - daysToFestival,
      values: { daysToFestival, festival, openPeriods: open.length },
      evidenceEventIds: open.map((run) => run.event.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(0, 10)],
    params: { seasonDays: 45 },
    legalBasis: 'Regulations on Ensuring Payment of Wages to Migrant Workers Art. 3; MOHRSS winter campaign against wage arrears (yearly, before the Spring Festival)',
  },
};

import type { FiredRule } from './risk-score.model';
import type { RuleSet } from './rule-set.model';
import { plural } from './text.util';
import type { WageFeatures } from './wage-payment.model';

/** W3: group arrears, by count of workers owed or, in larger enterprises, by share of headcount. */
export function evaluateW3(features: WageFeatures, ruleSet: RuleSet): FiredRule | null {
  const w3 = ruleSet.w3;
  const { workersOwed, headcount, maxDaysLate } = features;
  const shareOwed = headcount > 0 ? workersOwed / headcount : 0;
  const byCount = workersOwed >= w3.minWorkersOwed;
  const byShare = headcount >= w3.shareMinHeadcount && shareOwed >= w3.minShareOwed;
  if (!byCount && !byShare) return null;

  const floored = workersOwed >= w3.floorMinWorkersOwed && maxDaysLate > w3.floorDaysLateAbove;
  const trigger = byCount ? `≥ ${w3.minWorkersOwed}` : `≥ ${formatPercent(w3.minShareOwed)} of headcount`;
  const floorText = floored ? `, floor ${w3.floor} (also > ${w3.floorDaysLateAbove} days late)` : '';
  return {
    ruleId: 'W3',
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    points: w3.points,
    floor: floored ? w3.floor : null,
    values: { workersOwed, headcount, shareOwed, maxDaysLate },
    thresholds: {
      minWorkersOwed: w3.minWorkersOwed,
      minShareOwed: w3.minShareOwed,
      shareMinHeadcount: w3.shareMinHeadcount,
      floorMinWorkersOwed: w3.floorMinWorkersOwed,
      floorDaysLateAbove: w3.floorDaysLateAbove,
    },
    evidenceEventIds: [...features.evidenceEventIds],
    legalBasis: w3.legalBasis,
    summary: `Wages owed to ${plural(workersOwed, 'worker')} of ${headcount} (${trigger}): +${w3.points}${floorText}`,
  };
}

function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}

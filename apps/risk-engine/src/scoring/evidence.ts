import type { FiredRule } from '@concord/risk-rules';

/** The events behind a score: every fired rule's evidence, once each, in a stable order. */
export function evidenceEventIds(fired: readonly FiredRule[]): string[] {
  return [...new Set(fired.flatMap((rule) => rule.evidenceEventIds))].sort();
}

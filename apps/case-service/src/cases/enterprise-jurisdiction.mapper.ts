import { JURISDICTIONS, type Jurisdiction } from '@concord/risk-rules';
import type { EnterpriseProfileRow } from '../assignment/roster.mapper';

/** The directory's jurisdiction for the enterprise; China (the default legal profile) when unknown. */
export function jurisdictionOf(profile: EnterpriseProfileRow | null): Jurisdiction {
  const value = profile?.jurisdiction;
  return value && (JURISDICTIONS as readonly string[]).includes(value) ? (value as Jurisdiction) : 'CN';
}

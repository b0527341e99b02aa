import type { Jurisdiction } from '../history/enterprise-profile.model';
import { CHINA_LEGAL_PROFILE } from './china.legal-profile';
import { EU_MINIMUM_LEGAL_PROFILE } from './eu-minimum.legal-profile';
import type { LegalProfile, ProvinceValues } from './legal-profile.model';
import { US_FEDERAL_LEGAL_PROFILE } from './us-federal.legal-profile';

/** The legal numbers of every jurisdiction Concord supports (DOMAIN.md §6). */
export const LEGAL_PROFILES: Readonly<Record<Jurisdiction, LegalProfile>> = {
  CN: CHINA_LEGAL_PROFILE,
  US: US_FEDERAL_LEGAL_PROFILE,
  EU: EU_MINIMUM_LEGAL_PROFILE,
};

export function legalProfileFor(jurisdiction: Jurisdiction): LegalProfile {
  // Jurisdictions arrive from stored enterprise profiles, so the type alone does not guarantee one.
  if (!Object.hasOwn(LEGAL_PROFILES, jurisdiction)) {
    throw new RangeError(`No legal profile for jurisdiction ${String(jurisdiction)}`);
  }
  return LEGAL_PROFILES[jurisdiction];
}

/**
 * The values of `provinceCode`, or of the profile's default province when the enterprise has no
 * province on record or one the profile has no data for. The returned `code` says which province
 * was used, so an explanation can show a fallback.
 */
export function provinceValues(profile: LegalProfile, provinceCode: string | null): ProvinceValues {
  const code = provinceCode !== null && Object.hasOwn(profile.provinces, provinceCode) ? provinceCode : profile.defaultProvince;
  const values = profile.provinces[code];
  if (values === undefined) {
    throw new Error(`Legal profile ${profile.name} names default province ${code} but has no values for it`);
  }
  return values;
}

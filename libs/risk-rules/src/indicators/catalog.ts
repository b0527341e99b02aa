import { BUSINESS_INDICATORS } from './business';
import { COMPLAINT_INDICATORS } from './complaints';
import { CONTRACT_INDICATORS } from './contracts';
import { DISPUTE_INDICATORS } from './disputes';
import { HOURS_INDICATORS } from './hours';
import { INCIDENT_INDICATORS } from './incidents';
import type { IndicatorDefinition } from './indicator.model';
import { LAYOFF_INDICATORS } from './layoffs';
import { PLATFORM_INDICATORS } from './platform';
import { SOCIAL_INSURANCE_INDICATORS } from './social-insurance';
import { UNION_INDICATORS } from './union';
import { WAGE_INDICATORS } from './wages';

/** Every indicator of DOMAIN.md §4, in the order explanations list them. */
export const INDICATOR_CATALOG: readonly IndicatorDefinition[] = Object.freeze([
  ...WAGE_INDICATORS,
  ...SOCIAL_INSURANCE_INDICATORS,
  ...HOURS_INDICATORS,
  ...COMPLAINT_INDICATORS,
  ...CONTRACT_INDICATORS,
  ...LAYOFF_INDICATORS,
  ...BUSINESS_INDICATORS,
  ...INCIDENT_INDICATORS,
  ...UNION_INDICATORS,
  ...PLATFORM_INDICATORS,
  ...DISPUTE_INDICATORS,
]);

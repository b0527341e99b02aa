import type { IndicatorDefinition } from '../indicator.model';
import { S1_INSURANCE_ARREARS } from './s1-insurance-arrears.indicator';
import { S2_INSURED_HEADCOUNT_DROP } from './s2-insured-headcount-drop.indicator';

export const SOCIAL_INSURANCE_INDICATORS: readonly IndicatorDefinition[] = [S1_INSURANCE_ARREARS, S2_INSURED_HEADCOUNT_DROP];

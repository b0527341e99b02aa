import type { IndicatorDefinition } from '../indicator.model';
import { W1_LATE_WAGES } from './w1-late-wages.indicator';
import { W2_REPEATED_LATE_PERIODS } from './w2-repeated-late-periods.indicator';
import { W3_GROUP_ARREARS } from './w3-group-arrears.indicator';
import { W3L_LONG_GROUP_ARREARS } from './w3l-long-group-arrears.indicator';
import { W4_CRIMINAL_THRESHOLD } from './w4-criminal-threshold.indicator';
import { W5_BELOW_MINIMUM_WAGE } from './w5-below-minimum-wage.indicator';
import { W6_SHORT_PAYMENT } from './w6-short-payment.indicator';
import { W7_APPROVED_DEFERRAL } from './w7-approved-deferral.indicator';
import { W8_PRE_FESTIVAL_SEASON } from './w8-pre-festival-season.indicator';

export const WAGE_INDICATORS: readonly IndicatorDefinition[] = [
  W1_LATE_WAGES,
  W2_REPEATED_LATE_PERIODS,
  W3_GROUP_ARREARS,
  W3L_LONG_GROUP_ARREARS,
  W4_CRIMINAL_THRESHOLD,
  W5_BELOW_MINIMUM_WAGE,
  W6_SHORT_PAYMENT,
  W7_APPROVED_DEFERRAL,
  W8_PRE_FESTIVAL_SEASON,
];

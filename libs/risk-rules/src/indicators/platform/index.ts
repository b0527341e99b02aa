import type { IndicatorDefinition } from '../indicator.model';
import { P1_CONTINUOUS_WORK } from './p1-continuous-work.indicator';
import { P3_INCOME_BELOW_MINIMUM } from './p3-income-below-minimum.indicator';
import { P4_UNCONSULTED_RULE_CHANGE } from './p4-unconsulted-rule-change.indicator';

export const PLATFORM_INDICATORS: readonly IndicatorDefinition[] = [P1_CONTINUOUS_WORK, P3_INCOME_BELOW_MINIMUM, P4_UNCONSULTED_RULE_CHANGE];

import type { IndicatorDefinition } from '../indicator.model';
import { H1_OVERTIME_OVER_LIMIT } from './h1-overtime-over-limit.indicator';
import { H2_EXTREME_OVERTIME } from './h2-extreme-overtime.indicator';
import { H5_OVERTIME_UNDERPAID } from './h5-overtime-underpaid.indicator';

export const HOURS_INDICATORS: readonly IndicatorDefinition[] = [H1_OVERTIME_OVER_LIMIT, H2_EXTREME_OVERTIME, H5_OVERTIME_UNDERPAID];

import type { IndicatorDefinition } from '../indicator.model';
import { L1_MASS_LAYOFF } from './l1-mass-layoff.indicator';
import { L1B_MASS_LAYOFF_WITHOUT_PROCEDURE } from './l1b-mass-layoff-without-procedure.indicator';
import { L5_SEVERANCE_UNPAID } from './l5-severance-unpaid.indicator';

export const LAYOFF_INDICATORS: readonly IndicatorDefinition[] = [L1_MASS_LAYOFF, L1B_MASS_LAYOFF_WITHOUT_PROCEDURE, L5_SEVERANCE_UNPAID];

import type { IndicatorDefinition } from '../indicator.model';
import { D3_COLLECTIVE_ARBITRATION } from './d3-collective-arbitration.indicator';
import { D4_MEDIATION_FAILED } from './d4-mediation-failed.indicator';
import { D5_AGREEMENT_PERFORMED } from './d5-agreement-performed.indicator';

export const DISPUTE_INDICATORS: readonly IndicatorDefinition[] = [D3_COLLECTIVE_ARBITRATION, D4_MEDIATION_FAILED, D5_AGREEMENT_PERFORMED];

import type { IndicatorDefinition } from '../indicator.model';
import { D3_COLLECTIVE_ARBITRATION } from './d3-collective-arbitration.indicator';

export const DISPUTE_INDICATORS: readonly IndicatorDefinition[] = [D3_COLLECTIVE_ARBITRATION];

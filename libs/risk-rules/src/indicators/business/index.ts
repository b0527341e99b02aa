import type { IndicatorDefinition } from '../indicator.model';
import { B1_SUSPENSION } from './b1-suspension.indicator';
import { B2_REORGANISATION } from './b2-reorganisation.indicator';
import { B3_CLOSURE } from './b3-closure.indicator';
import { B4_OWNER_GONE } from './b4-owner-gone.indicator';

export const BUSINESS_INDICATORS: readonly IndicatorDefinition[] = [B1_SUSPENSION, B2_REORGANISATION, B3_CLOSURE, B4_OWNER_GONE];

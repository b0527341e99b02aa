import type { IndicatorDefinition } from '../indicator.model';
import { U3_CONSULTATION_UNANSWERED } from './u3-consultation-unanswered.indicator';
import { U4_OPINION_LETTER_UNANSWERED } from './u4-opinion-letter-unanswered.indicator';
import { U5_COMMITTEE_IDLE } from './u5-committee-idle.indicator';

export const UNION_INDICATORS: readonly IndicatorDefinition[] = [U3_CONSULTATION_UNANSWERED, U4_OPINION_LETTER_UNANSWERED, U5_COMMITTEE_IDLE];

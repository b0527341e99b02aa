import type { IndicatorDefinition } from '../indicator.model';
import { I1_STOPPAGE } from './i1-stoppage.indicator';
import { I2_PUBLIC_GATHERING } from './i2-public-gathering.indicator';
import { I3_PETITION } from './i3-petition.indicator';

export const INCIDENT_INDICATORS: readonly IndicatorDefinition[] = [I1_STOPPAGE, I2_PUBLIC_GATHERING, I3_PETITION];

import type { IndicatorDefinition } from '../indicator.model';
import { C1_COMPLAINT_RATE } from './c1-complaint-rate.indicator';
import { C2_COLLECTIVE_COMPLAINT } from './c2-collective-complaint.indicator';
import { C2L_LARGE_COLLECTIVE_COMPLAINT } from './c2l-large-collective-complaint.indicator';
import { C3_EXTERNAL_COMPLAINTS } from './c3-external-complaints.indicator';
import { C4_LONG_OPEN_COMPLAINTS } from './c4-long-open-complaints.indicator';
import { C5_PLANNED_GATHERING } from './c5-planned-gathering.indicator';

export const COMPLAINT_INDICATORS: readonly IndicatorDefinition[] = [
  C1_COMPLAINT_RATE,
  C2_COLLECTIVE_COMPLAINT,
  C2L_LARGE_COLLECTIVE_COMPLAINT,
  C3_EXTERNAL_COMPLAINTS,
  C4_LONG_OPEN_COMPLAINTS,
  C5_PLANNED_GATHERING,
];

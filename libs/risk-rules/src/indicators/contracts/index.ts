import type { IndicatorDefinition } from '../indicator.model';
import { K1_NO_WRITTEN_CONTRACT } from './k1-no-written-contract.indicator';
import { K2_EXPIRING_CONTRACTS } from './k2-expiring-contracts.indicator';
import { K5_DISPATCH_OVER_CAP } from './k5-dispatch-over-cap.indicator';

export const CONTRACT_INDICATORS: readonly IndicatorDefinition[] = [K1_NO_WRITTEN_CONTRACT, K2_EXPIRING_CONTRACTS, K5_DISPATCH_OVER_CAP];

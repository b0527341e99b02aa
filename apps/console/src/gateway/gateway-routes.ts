import type { Owner } from '../owners/owner-api.client';

/** The one origin the browser talks to: each prefix is stripped and the rest sent to its owner. */
export const GATEWAY_ROUTES: readonly { prefix: string; owner: Owner; service: string }[] = [
  { prefix: '/api/risk', owner: 'riskEngine', service: 'risk-engine' },
  { prefix: '/api/notifier', owner: 'notifier', service: 'notifier' },
  { prefix: '/api/cases', owner: 'caseService', service: 'case-service' },
];

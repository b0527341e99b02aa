/** LDMAL art. 7: a dispute of ten or more workers with a common claim is collective. */
export const COLLECTIVE_DISPUTE_MIN_WORKERS = 10;

export function isCollective(workerCount: number, commonClaim: boolean): boolean {
  return commonClaim && workerCount >= COLLECTIVE_DISPUTE_MIN_WORKERS;
}

/**
 * An amount in major units (yuan, dollars) as whole minor units (fen, cents). Rounds because
 * decimal fractions are inexact in binary: 27.7 * 100 is 2770.0000000000005.
 */
export function toMinorUnits(majorUnits: number): number {
  return Math.round(majorUnits * 100);
}

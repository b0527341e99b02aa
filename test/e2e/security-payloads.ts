/**
 * Hostile inputs for the security suite. The SQL strings are the classic probes: a tautology
 * that would widen a WHERE clause, a stacked statement, a UNION that would read another table,
 * and a comment that would cut the rest of a query off.
 */
export const SQL_INJECTIONS = [
  "' OR 1=1 --",
  '1; DROP TABLE x',
  '" OR ""="',
  "00000000-0000-0000-0000-000000000000' UNION SELECT current_user, null --",
  "x'); DELETE FROM directory.people; --",
] as const;

/** `{"a":{"a":…}}` nested `depth` levels deep, as raw JSON text (JSON.stringify itself would recurse that deep). */
export function deeplyNestedJson(depth: number, leaf = '1'): string {
  return `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
}

/** `[[[…]]]` nested `depth` levels deep, as raw JSON text. */
export function deeplyNestedArray(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** An array of `width` small numbers: wide rather than deep, still under the services' body limits. */
export function wideArray(width: number): number[] {
  return Array.from({ length: width }, (_, i) => i);
}

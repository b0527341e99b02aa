/**
 * One part of the board's single statement: CTEs over `board_set` (none if empty) and the
 * expression selecting the part as JSON. One statement, so the set is computed once for all parts.
 */
export interface BoardPart {
  ctes: string[];
  json: string;
}

import type { CsvCellError, CsvSpec } from '@concord/contracts';
import type { EventResult } from '../events/use-cases/accept-events.use-case';

const ROW = '(row)';

/**
 * The pipeline's problems (field paths such as `data.deferral.payBy`) as CSV problems: the column
 * whose path is the field or holds it, or `(row)` with the path kept in the message. A conflict
 * is about the id column; a refusal without field problems concerns the whole row.
 */
export function problemColumns(result: EventResult, spec: CsvSpec): CsvCellError[] {
  if (result.status === 'conflict') return [{ column: 'id', message: result.message ?? 'conflict' }];
  if (result.status !== 'rejected') return [];
  if (!result.problems?.length) return [{ column: ROW, message: result.message ?? result.error ?? 'rejected' }];
  return result.problems.map((problem) => {
    const column = spec.columns.find((c) => {
      const path = c.path.join('.');
      return problem.path === path || problem.path.startsWith(`${path}.`);
    });
    return column ? { column: column.name, message: problem.message } : { column: ROW, message: `${problem.path || '(root)'}: ${problem.message}` };
  });
}

import { HR_CSV_SPECS } from '@concord/contracts';
import { problemColumns } from './problem-columns';

const spec = HR_CSV_SPECS['concord.hr.wage_payment.v1'];

describe('problemColumns', () => {
  it('maps field paths to their column, nested paths to the column holding them, the rest to (row)', () => {
    const problems = [
      { path: 'data.headcount', message: 'too small' },
      { path: 'data.deferral.payBy', message: 'bad date' },
      { path: 'data.deferral.payBy.extra', message: 'inner' },
      { path: 'id', message: 'missing' },
      { path: 'data', message: 'workersPaid exceeds workersDue' },
    ];
    expect(problemColumns({ index: 0, id: 'x', status: 'rejected', problems }, spec)).toEqual([
      { column: 'headcount', message: 'too small' },
      { column: 'deferral.payBy', message: 'bad date' },
      { column: 'deferral.payBy', message: 'inner' },
      { column: 'id', message: 'missing' },
      { column: '(row)', message: 'data: workersPaid exceeds workersDue' },
    ]);
  });

  it('puts a conflict on the id column, a refusal without paths on the row, and nothing on an accepted row', () => {
    expect(problemColumns({ index: 0, id: 'x', status: 'conflict', message: 'used' }, spec)).toEqual([{ column: 'id', message: 'used' }]);
    expect(problemColumns({ index: 0, id: 'x', status: 'rejected', message: 'no' }, spec)).toEqual([{ column: '(row)', message: 'no' }]);
    expect(problemColumns({ index: 0, id: 'x', status: 'accepted' }, spec)).toEqual([]);
  });
});

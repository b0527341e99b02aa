import { DomainError } from '@concord/platform';
import { MAX_CSV_DATA_ROWS, readCsvRows } from './csv-rows';

const COLUMNS = ['id', 'time', 'headcount'];

function refusal(text: string): DomainError {
  try {
    readCsvRows(text, COLUMNS);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('readCsvRows', () => {
  it('reads records keyed by header with BOM, CRLF, quoted newlines, trimming and blank lines', () => {
    const text = '\uFEFFid,headcount\r\n a , 10 \r\n\r\n"b\nc","1,2"\r\n';
    expect(readCsvRows(text, COLUMNS)).toEqual([
      { id: 'a', headcount: '10' },
      { id: 'b\nc', headcount: '1,2' },
    ]);
  });

  it.each([
    ['', /empty/],
    ['\uFEFF \r\n', /empty/],
    ['id,time\r\n', /no data rows/],
  ])('refuses %j', (text, message) => {
    expect(refusal(text)).toMatchObject({ code: 'validation_failed', message: expect.stringMatching(message) });
  });

  it('names the line of unbalanced quotes and of a wrong cell count', () => {
    expect(refusal('id,time\n1,2\n"3,4\n')).toMatchObject({ message: expect.stringMatching(/opened on line 3/), problems: [{ path: 'line 3' }] });
    expect(refusal('id,time\r\n1,"2\r\n""x"""\r\n"3,4\r\n\r\n')).toMatchObject({ message: expect.stringMatching(/opened on line 4 is never closed/), problems: [{ path: 'line 4' }] });
    expect(refusal('id,time\n1,2\n3,4,5\n')).toMatchObject({ message: expect.stringMatching(/line 3/), problems: [{ path: 'line 3' }] });
  });

  it('names unknown, empty and duplicate header cells', () => {
    expect(refusal('id,colour,\n1,2,3\n')).toMatchObject({ message: expect.stringMatching(/colour, \(empty header cell\)/), problems: [{ path: 'colour' }, { path: '(empty header cell)' }] });
    expect(refusal('id,id\n1,2\n')).toMatchObject({ message: expect.stringMatching(/more than once.*id/) });
  });

  it(`accepts ${MAX_CSV_DATA_ROWS} data rows and refuses one more`, () => {
    const rows = (n: number) => `id\n${Array.from({ length: n }, (_, i) => `e${i}`).join('\n')}\n`;
    expect(readCsvRows(rows(MAX_CSV_DATA_ROWS), COLUMNS)).toHaveLength(MAX_CSV_DATA_ROWS);
    expect(refusal(rows(MAX_CSV_DATA_ROWS + 1)).message).toMatch(/at most 1000 data rows/);
  });
});

import { DomainError } from '@concord/platform';
// The sync entry point bundles its own CsvError class: import both from it so `instanceof` holds.
import { CsvError, parse } from 'csv-parse/sync';

/** One upload is one AcceptEventsUseCase call, which takes at most as many events as a batch. */
export const MAX_CSV_DATA_ROWS = 1_000;

export type CsvRecord = Record<string, string>;

/**
 * Reads the data rows of an uploaded CSV file (RFC 4180, header line first, UTF-8 with or without
 * BOM, cells trimmed, blank lines skipped). Everything else that is off is refused with 400 rather
 * than guessed at: unbalanced quotes, a row with more or fewer cells than the header, duplicate or
 * unknown columns, no data rows, more than MAX_CSV_DATA_ROWS. Missing columns are allowed: their
 * cells are empty, so a required one is reported on every row by the event type's CSV spec.
 */
export function readCsvRows(text: string, knownColumns: readonly string[]): CsvRecord[] {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw invalid('The CSV file is empty; send the header line and at least one data row');
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      columns: (header: string[]) => checkHeader(header, knownColumns),
      // One record past the limit is enough to know the file is too long.
      to: MAX_CSV_DATA_ROWS + 1,
    });
  } catch (error) {
    if (error instanceof CsvError) throw malformed(error, text);
    throw error;
  }
  if (records.length === 0) throw invalid('The CSV file has a header line but no data rows');
  if (records.length > MAX_CSV_DATA_ROWS) throw invalid(`A CSV file may hold at most ${MAX_CSV_DATA_ROWS} data rows; split it into several uploads`);
  return records;
}

function checkHeader(header: string[], knownColumns: readonly string[]): string[] {
  const known = new Set(knownColumns);
  const unknown = header.filter((name) => !known.has(name)).map((name) => (name === '' ? '(empty header cell)' : name));
  if (unknown.length > 0) {
    const message = `Unknown column(s): ${unknown.join(', ')}; the columns of this type are: ${knownColumns.join(', ')}`;
    throw invalid(message, unknown.map((name) => ({ path: name, message: 'unknown column' })));
  }
  const repeated = header.filter((name, index) => header.indexOf(name) !== index);
  if (repeated.length > 0) {
    throw invalid(`Column(s) appear more than once in the header: ${[...new Set(repeated)].join(', ')}`, repeated.map((name) => ({ path: name, message: 'duplicate column' })));
  }
  return header;
}

/** csv-parse names the line in its message ("… at line 3"); the problem path repeats it for machines. */
function malformed(error: CsvError, text: string): DomainError {
  // An unclosed quote is only noticed at the end of the file: name the line where it opened instead.
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const line = unclosedQuoteLine(text);
    const message = `a quoted cell opened on line ${line} is never closed`;
    return invalid(`Malformed CSV: ${message}`, [{ path: `line ${line}`, message }]);
  }
  const line = typeof error.lines === 'number' ? `line ${error.lines}` : '(file)';
  return invalid(`Malformed CSV: ${error.message}`, [{ path: line, message: error.message }]);
}

/** The line on which the last quoted cell opened (RFC 4180: `""` inside quotes is an escaped quote). */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let inQuotes = false;
  let openedOn = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') {
      if (inQuotes && text[i + 1] === '"') i += 1;
      else {
        inQuotes = !inQuotes;
        if (inQuotes) openedOn = line;
      }
    } else if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line += 1;
    }
  }
  return openedOn;
}

function invalid(message: string, problems?: { path: string; message: string }[]): DomainError {
  return new DomainError('validation_failed', message, problems);
}

import { HR_EVENT_CONTRACTS, type HrEventType } from '../hr/hr-event-contracts';
import { HR_EVENT_EXAMPLES } from '../hr/hr-event-examples';
import type { TopicEvent } from '../topics';
import { formatPath } from '../validation';
import { type CsvColumn, column, dataColumns } from './csv-columns';

export type HrEvent = TopicEvent<'hr.events'>;

/** A problem with one row, named by its CSV column (`(row)` when no single column is at fault). */
export interface CsvCellError {
  column: string;
  message: string;
}

export type CsvRowResult = { ok: true; event: HrEvent } | { ok: false; errors: CsvCellError[] };

/** How the rows of one event type's CSV file map to CloudEvents. */
export interface CsvSpec {
  readonly type: HrEventType;
  readonly columns: readonly CsvColumn[];
  readonly header: readonly string[];
  /** Builds and validates the event of one row (a record keyed by header name). */
  toEvent(row: Readonly<Record<string, string>>, enterpriseId: string, source: string): CsvRowResult;
}

const ROW = '(row)';

const ENVELOPE_COLUMNS: readonly CsvColumn[] = [
  column('id', ['id'], 'string', false, "The event id, unique per enterprise: the idempotency key (e.g. the HR system's record id)"),
  column('time', ['time'], 'datetime', false, 'When the reported fact happened (ISO date-time with offset)'),
];

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/** The column a contract violation belongs to: `data.deferral.payBy` → `deferral.payBy`. */
function columnOf(path: readonly PropertyKey[], names: ReadonlySet<string>): string {
  const keys = path.filter((key): key is string => typeof key === 'string');
  const name = keys[0] === 'data' ? keys.slice(1).join('.') : keys.join('.');
  return names.has(name) ? name : ROW;
}

function specOf(contract: (typeof HR_EVENT_CONTRACTS)[number]): CsvSpec {
  const columns = [...ENVELOPE_COLUMNS, ...dataColumns(contract.data.shape)];
  const header = columns.map((c) => c.name);
  const names = new Set(header);
  return {
    type: contract.type,
    columns,
    header,
    toEvent(row, enterpriseId, source) {
      const errors: CsvCellError[] = Object.keys(row)
        .filter((name) => !names.has(name))
        .map((name) => ({ column: name, message: `unknown column for ${contract.type}; expected: ${header.join(', ')}` }));
      const event: Record<string, unknown> = { specversion: '1.0', type: contract.type, source, subject: enterpriseId };
      for (const c of columns) {
        const cell = c.parse(row[c.name] ?? '');
        if (!cell.ok) errors.push({ column: c.name, message: cell.message });
        else if (cell.value !== undefined) setPath(event, c.path, cell.value);
      }
      event.data ??= {};
      const parsed = contract.schema.safeParse(event);
      if (parsed.success && errors.length === 0) return { ok: true, event: parsed.data };
      const reported = new Set(errors.map((e) => e.column));
      for (const issue of parsed.error?.issues ?? []) {
        const name = columnOf(issue.path, names);
        if (reported.has(name)) continue;
        errors.push({ column: name, message: name === ROW ? `${formatPath(issue.path) || '(root)'}: ${issue.message}` : issue.message });
      }
      return { ok: false, errors };
    },
  };
}

/** The CSV column spec of every HR event type. */
export const HR_CSV_SPECS: Readonly<Record<HrEventType, CsvSpec>> = Object.freeze(
  Object.fromEntries(HR_EVENT_CONTRACTS.map((contract) => [contract.type, specOf(contract)])) as Record<HrEventType, CsvSpec>,
);

export function isHrEventType(type: string): type is HrEventType {
  return Object.prototype.hasOwnProperty.call(HR_CSV_SPECS, type);
}

const EXAMPLE_ENVELOPE: Record<string, unknown> = { id: 'hr-2026-000123', time: '2026-10-31T18:00:00+08:00' };

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(';');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function csvQuote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function valueAt(source: Record<string, unknown>, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), source);
}

/** The CSV template of an event type: the header line and one example row, CRLF-terminated (RFC 4180). */
export function csvTemplate(type: HrEventType): string {
  const spec = HR_CSV_SPECS[type];
  const example = { ...EXAMPLE_ENVELOPE, data: HR_EVENT_EXAMPLES[type] };
  const row = spec.columns.map((c) => csvQuote(cellText(valueAt(example, c.path))));
  return `${spec.header.map(csvQuote).join(',')}\r\n${row.join(',')}\r\n`;
}

import type { z } from 'zod';

export type CellKind = 'string' | 'int' | 'number' | 'boolean' | 'date' | 'datetime' | 'enum' | 'list';

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

/** One CSV column: a flat, dotted header name mapped to a path in the event. */
export interface CsvColumn {
  readonly name: string;
  /** Where the value goes: `['id']`, `['time']` or `['data', ...]`. */
  readonly path: readonly string[];
  readonly kind: CellKind;
  /** An empty cell means null (rather than "absent"). */
  readonly nullable: boolean;
  readonly options?: readonly string[];
  readonly description: string;
  /** Parses one cell; `value: undefined` means the field is left out. */
  parse(cell: string): CellResult;
}

const LIST_SEPARATOR = ';';
const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };

function parseScalar(kind: CellKind, cell: string, options?: readonly string[]): CellResult {
  switch (kind) {
    case 'int':
      return /^[+-]?\d+$/.test(cell) ? { ok: true, value: Number(cell) } : { ok: false, message: 'must be a whole number' };
    case 'number':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell) ? { ok: true, value: Number(cell) } : { ok: false, message: 'must be a number' };
    case 'boolean': {
      const value = BOOLEANS[cell.toLowerCase()];
      return value === undefined ? { ok: false, message: 'must be true or false' } : { ok: true, value };
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(cell) ? { ok: true, value: cell } : { ok: false, message: 'must be a date YYYY-MM-DD' };
    case 'enum':
      return options?.includes(cell) ? { ok: true, value: cell } : { ok: false, message: `must be one of: ${(options ?? []).join(', ')}` };
    default:
      return { ok: true, value: cell };
  }
}

/** A cell parser for a column: empty means null or absent; lists are `;`-separated. */
export function cellParser(kind: CellKind, nullable: boolean, options?: readonly string[]): (cell: string) => CellResult {
  return (raw) => {
    const cell = kind === 'string' ? raw : raw.trim();
    if (cell.trim() === '') return { ok: true, value: nullable ? null : undefined };
    if (kind !== 'list') return parseScalar(kind, cell, options);
    const items = cell.split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');
    const bad = options ? items.filter((item) => !options.includes(item)) : [];
    if (bad.length > 0) return { ok: false, message: `'${bad.join(`${LIST_SEPARATOR} `)}' not allowed; items must be among: ${options?.join(', ')} (separated by ${LIST_SEPARATOR})` };
    return { ok: true, value: items };
  };
}

interface Unwrapped {
  inner: z.ZodType;
  nullable: boolean;
  description: string | undefined;
}

/** Peels optional / nullable / default wrappers off a field schema, keeping the outermost description. */
function unwrap(schema: z.ZodType): Unwrapped {
  let inner = schema;
  let nullable = false;
  let description = schema.description;
  for (;;) {
    const def = inner.def as { type: string; innerType?: z.ZodType };
    if (!['optional', 'nullable', 'default'].includes(def.type) || !def.innerType) break;
    if (def.type === 'nullable') nullable = true;
    inner = def.innerType;
    description ??= inner.description;
  }
  return { inner, nullable, description };
}

function kindOf(schema: z.ZodType): { kind: CellKind; options?: readonly string[] } {
  const def = schema.def as { type: string; element?: z.ZodType };
  const format = (schema as { format?: string | null }).format;
  switch (def.type) {
    case 'number':
      return { kind: format === 'safeint' || format === 'int32' ? 'int' : 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', options: (schema as z.ZodEnum).options.map(String) };
    case 'array': {
      const element = def.element ? kindOf(def.element) : { kind: 'string' as const };
      return { kind: 'list', options: element.options };
    }
    case 'string':
      return { kind: format === 'date' ? 'date' : format === 'datetime' ? 'datetime' : 'string' };
    default:
      throw new Error(`no CSV cell for a field of zod type '${def.type}'`);
  }
}

/** The columns of a data object, nested objects flattened to dotted names (`deferral.payBy`). */
export function dataColumns(shape: Record<string, z.ZodType>, prefix: readonly string[] = []): CsvColumn[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const { inner, nullable, description } = unwrap(field);
    const path = [...prefix, key];
    if ((inner.def as { type: string }).type === 'object') return dataColumns((inner as z.ZodObject).shape, path);
    const { kind, options } = kindOf(inner);
    return [column(path.join('.'), ['data', ...path], kind, nullable, description ?? key, options)];
  });
}

export function column(
  name: string,
  path: readonly string[],
  kind: CellKind,
  nullable: boolean,
  description: string,
  options?: readonly string[],
): CsvColumn {
  return { name, path, kind, nullable, options, description, parse: cellParser(kind, nullable, options) };
}

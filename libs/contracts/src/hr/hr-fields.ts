import { z } from 'zod';

/**
 * Field builders shared by the HR event contracts, so a unit means the same thing everywhere and
 * every field carries a description (it ends up in the JSON Schema, OpenAPI and CSV template).
 */
const MAX_WORKERS = 1_000_000;

/** Calendar date `YYYY-MM-DD` (business date, enterprise local). */
export const isoDateField = (meaning: string) => z.iso.date().describe(`${meaning} (ISO date YYYY-MM-DD)`);

/** Instant with offset, e.g. `2026-10-15T09:00:00+08:00`. */
export const isoDateTimeField = (meaning: string) => z.iso.datetime({ offset: true }).describe(`${meaning} (ISO date-time with offset)`);

/** A number of workers, 0 … 1,000,000. */
export const workerCountField = (meaning: string, min = 0) =>
  z.int().min(min).max(MAX_WORKERS).describe(`${meaning} (count of workers)`);

/** Any other non-negative count (meetings, penalties, complaints …). */
export const countField = (meaning: string, max = MAX_WORKERS) => z.int().min(0).max(max).describe(`${meaning} (count)`);

/** A money amount in minor currency units (fen for CNY), never a float. */
export const minorAmountField = (meaning: string) =>
  z.int().min(0).describe(`${meaning} (minor currency units, e.g. fen; see currency)`);

export const currencyField = () => z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like CNY').default('CNY').describe('ISO 4217 currency of every amount in this event; CNY when omitted');

/** A calendar month `YYYY-MM` the summary covers. */
export const periodField = (meaning: string) =>
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM').describe(`${meaning} (month YYYY-MM)`);

/** The id of an earlier event (any HR type) of the same enterprise, e.g. a request this event answers. */
export const eventIdField = (meaning: string) => z.string().min(1).max(200).describe(`${meaning} (CloudEvents id of that earlier event)`);

export const textField = (meaning: string, max = 2_000) => z.string().trim().min(1).max(max).describe(`${meaning} (free text, at most ${max} characters)`);

/**
 * Every HR event may correct an earlier one: the correction carries the earlier event's id and
 * replaces it as a whole (events are immutable, DOMAIN.md §2).
 */
export const supersedesField = eventIdField('The earlier event this one corrects and replaces as a whole').optional();

/** The data object of an HR contract: the given fields plus `supersedes`, unknown fields refused. */
export function hrData<S extends z.ZodRawShape>(shape: S) {
  return z.object({ ...shape, supersedes: supersedesField }).strict();
}

type Rule<K extends string> = [check: (d: Partial<Record<K, unknown>>) => boolean, params: { path: string[]; message: string }];

/** Cross-field rule `data[field] <= data[limit]`, reported on `field`; silent while either is absent. */
export function notAbove<F extends string, L extends string>(field: F, limit: L): Rule<F | L> {
  const check = (d: Partial<Record<F | L, unknown>>) => {
    const value = d[field];
    const max = d[limit];
    return typeof value !== 'number' || typeof max !== 'number' || value <= max;
  };
  return [check, { path: [field], message: `cannot exceed ${limit}` }];
}

/** Cross-field rule: the date or date-time `field` is not before `earliest`; silent while either is absent. */
export function notBefore<F extends string, E extends string>(field: F, earliest: E): Rule<F | E> {
  const check = (d: Partial<Record<F | E, unknown>>) => {
    const value = d[field];
    const min = d[earliest];
    if (typeof value !== 'string' || typeof min !== 'string') return true;
    // A malformed date is reported by its own field's format check, not again here.
    const [at, earliestAt] = [Date.parse(value), Date.parse(min)];
    return Number.isNaN(at) || Number.isNaN(earliestAt) || at >= earliestAt;
  };
  return [check, { path: [field], message: `cannot be before ${earliest}` }];
}

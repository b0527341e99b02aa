import { type EntityManager, QueryFailedError } from 'typeorm';

/**
 * A statement Postgres parses and plans once per connection instead of on every call: a hot path's
 * SQL, run by name. TypeORM sends every query unnamed, so Postgres plans it afresh each time; with
 * small batches (a few events per consumed Kafka batch, one API key per request) that planning
 * was as costly as the execution itself (pg_stat_statements over `npm run bench`: 4.8 s of
 * planning beside 6.4 s of execution). A named statement gets a generic plan after its fifth
 * execution when that plan is no worse than the custom ones (plan_cache_mode auto).
 *
 * Only for statements whose best plan does not depend on their parameters' values: keys, arrays
 * of keys, JSON batches.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/** Every name in this process: pg refuses one name for two texts on a connection, so two call sites must not share it. */
const texts = new Map<string, string>();

export function preparedStatement(name: string, text: string): PreparedStatement {
  const known = texts.get(name);
  if (known !== undefined && known !== text) throw new Error(`two prepared statements are named ${name}`);
  texts.set(name, text);
  return Object.freeze({ name, text });
}

/**
 * Postgres refuses to run a prepared statement whose result columns changed type since it was
 * prepared (a migration altered a column): "cached plan must not change result type", code 0A000.
 * Every connection holding it would refuse it until it closes; so the process moves to a new
 * generation of names, which each connection prepares afresh. The call that met the error still
 * fails (its transaction is aborted), and its retry runs under the new name.
 */
const RESULT_TYPE_CHANGED = '0A000';
let generation = 0;

function nameOf(statement: PreparedStatement): string {
  return generation === 0 ? statement.name : `${statement.name}#${generation}`;
}

interface NamedQueryClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs `statement` on the manager's connection: inside the caller's transaction when the manager
 * has one, else on a pooled connection of its own. Answers the rows (also of an UPDATE …
 * RETURNING, where TypeORM's `query` answers [rows, count]); a failure is a QueryFailedError, as
 * from `manager.query`.
 */
export async function runPrepared<T>(manager: EntityManager, statement: PreparedStatement, values: readonly unknown[]): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const ownRunner = manager.queryRunner === undefined;
  try {
    const client = (await runner.connect()) as NamedQueryClient;
    const result = await client.query({ name: nameOf(statement), text: statement.text, values: [...values] }).catch((error: unknown) => {
      if ((error as { code?: string }).code === RESULT_TYPE_CHANGED) generation++;
      throw error instanceof Error ? new QueryFailedError(statement.text, [...values], error) : error;
    });
    return result.rows as T[];
  } finally {
    if (ownRunner) await runner.release();
  }
}

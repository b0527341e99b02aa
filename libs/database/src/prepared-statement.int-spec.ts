import { type TestDatabase, createTestDatabase } from '@concord/testing';
import { DataSource, QueryFailedError } from 'typeorm';
import { violatedUniqueConstraint } from './postgres-errors';
import { preparedStatement, runPrepared } from './prepared-statement';

const INSERT_ITEMS = preparedStatement(
  'prepared-statement-spec.insert-items',
  `INSERT INTO items (id, label) SELECT * FROM unnest($1::int[], $2::text[]) RETURNING id`,
);
const RENAME_ITEM = preparedStatement('prepared-statement-spec.rename-item', `UPDATE items SET label = $2 WHERE id = $1 RETURNING id, label`);
const ITEMS = preparedStatement('prepared-statement-spec.items', `SELECT id, label FROM items WHERE id = ANY($1::int[]) ORDER BY id`);

describe('prepared statements run by name through TypeORM connections (integration, real Postgres)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('concord_prepared');
    dataSource = new DataSource({ type: 'postgres', url: database.url, poolSize: 2 });
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('answers rows on a pooled connection, and again once the statement is prepared on it', async () => {
    await runPrepared(dataSource.manager, INSERT_ITEMS, [
      [1, 2, 3],
      ['one', 'two', 'three'],
    ]);
    for (let run = 0; run < 8; run++) {
      await expect(runPrepared(dataSource.manager, ITEMS, [[3, 1]])).resolves.toEqual([
        { id: 1, label: 'one' },
        { id: 3, label: 'three' },
      ]);
    }
  });

  it('prepares the statement on the connection, under its name', async () => {
    const prepared = await dataSource.transaction(async (manager) => {
      await runPrepared(manager, ITEMS, [[1]]);
      return manager.query<{ name: string; statement: string }[]>(`SELECT name, statement FROM pg_prepared_statements WHERE name = $1`, [ITEMS.name]);
    });
    expect(prepared).toEqual([{ name: ITEMS.name, statement: ITEMS.text }]);
  });

  it("runs inside the caller's transaction: its writes roll back with it", async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await runPrepared(manager, INSERT_ITEMS, [[10], ['ten']]);
        expect(await runPrepared(manager, ITEMS, [[10]])).toEqual([{ id: 10, label: 'ten' }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await expect(runPrepared(dataSource.manager, ITEMS, [[10]])).resolves.toEqual([]);
  });

  it("answers an UPDATE … RETURNING's rows, not TypeORM's [rows, count]", async () => {
    await expect(runPrepared(dataSource.manager, RENAME_ITEM, [2, 'deux'])).resolves.toEqual([{ id: 2, label: 'deux' }]);
  });

  it('fails as manager.query fails: a QueryFailedError that names the violated constraint', async () => {
    const failure = await runPrepared(dataSource.manager, INSERT_ITEMS, [[1], ['again']]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(violatedUniqueConstraint(failure)).toBe('items_pkey');
    // The connection went back to the pool in working order.
    await expect(runPrepared(dataSource.manager, ITEMS, [[1]])).resolves.toEqual([{ id: 1, label: 'one' }]);
  });

  it('recovers once a migration changed the type of a column it answers: the failed call fails, the next one runs', async () => {
    const queryRunner = dataSource.createQueryRunner();
    await queryRunner.connect();
    try {
      // One connection throughout, so the statement it prepared is the one the change invalidates.
      const onConnection = queryRunner.manager;
      await expect(runPrepared(onConnection, ITEMS, [[1]])).resolves.toEqual([{ id: 1, label: 'one' }]);
      await dataSource.query(`ALTER TABLE items ALTER COLUMN label TYPE varchar(100)`);
      const failure = await runPrepared(onConnection, ITEMS, [[1]]).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(QueryFailedError);
      expect((failure as QueryFailedError).message).toContain('cached plan must not change result type');
      await expect(runPrepared(onConnection, ITEMS, [[1]])).resolves.toEqual([{ id: 1, label: 'one' }]);
    } finally {
      await queryRunner.release();
    }
  });

  it('refuses a second text under a name already taken', () => {
    expect(() => preparedStatement('prepared-statement-spec.items', 'SELECT 1')).toThrow('two prepared statements are named prepared-statement-spec.items');
    expect(preparedStatement('prepared-statement-spec.items', ITEMS.text)).toEqual(ITEMS);
  });
});

import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { migrateServiceSchema } from '@concord/database';
import { type TestDatabase, createTestDatabase, uniqueName } from '@concord/testing';
import argon2 from 'argon2';
import { Client } from 'pg';
import { DIRECTORY_ENTITIES, DIRECTORY_SCHEMA } from '../directory.entities';
import { DIRECTORY_MIGRATIONS } from '../migrations';
import { DEMO_ENTERPRISES, DEMO_MEDIATORS, DEMO_STAFF_ACCOUNTS, DEMO_STAFF_PASSWORD, DEMO_STREETS } from './demo-directory.data';
import type { DemoApiKey } from './use-cases/seed-demo-directory.use-case';
import { seedCommand } from './seed.command';

const quiet = () => new Writable({ write: (_chunk, _encoding, done) => done() });

describe('console seed (real Postgres)', () => {
  let db: TestDatabase;
  let sql: Client;
  const keysFile = join(tmpdir(), `${uniqueName('demo_keys')}.json`);
  const config = (password = 'first admin password') => ({
    DATABASE_URL: db.url,
    ADMIN_EMAIL: 'admin@seed.concord.example',
    ADMIN_PASSWORD: password,
    DEMO_KEYS_FILE: keysFile,
  });
  const count = async (table: string, where = 'true') => Number((await sql.query(`SELECT count(*) FROM directory.${table} WHERE ${where}`)).rows[0].count);

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrateServiceSchema({ url: db.url, schema: DIRECTORY_SCHEMA, entities: DIRECTORY_ENTITIES, migrations: DIRECTORY_MIGRATIONS });
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await db?.drop();
    await rm(keysFile, { force: true });
  });

  it('bootstraps the administrator, and leaves it alone or updates it on later runs', async () => {
    expect((await seedCommand(config(), { demo: false }, quiet())).admin).toBe('created');
    expect((await seedCommand(config(), { demo: false }, quiet())).admin).toBe('unchanged');
    expect((await seedCommand(config('second admin password'), { demo: false }, quiet())).admin).toBe('updated');
    const { rows } = await sql.query('SELECT password_hash, roles, disabled FROM directory.staff_accounts');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ roles: ['admin'], disabled: false });
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(await argon2.verify(rows[0].password_hash, 'second admin password')).toBe(true);
  });

  it('seeds the demo directory idempotently and writes one working key per enterprise', async () => {
    await seedCommand(config(), { demo: true }, quiet());
    const firstKeys = JSON.parse(await readFile(keysFile, 'utf8')) as DemoApiKey[];
    const snapshot = async () => ({
      regions: await count('regions'),
      counties: await count('regions', `tier = 'county'`),
      communities: await count('regions', `tier = 'community'`),
      people: await count('people'),
      enterprises: await count('enterprises'),
      contacts: await count('enterprise_contacts'),
      regionContacts: await count('region_contacts'),
      mediators: await count('mediators'),
      activeKeys: await count('api_key_credentials_v1', 'active'),
    });
    const first = await snapshot();
    const communities = DEMO_STREETS.flatMap((street) => street.communities).length;
    const enterprises = DEMO_ENTERPRISES.length;
    expect(first).toMatchObject({
      regions: 1 + DEMO_STREETS.length + communities,
      counties: 1,
      communities,
      enterprises,
      contacts: enterprises * 4,
      mediators: DEMO_MEDIATORS.length,
      activeKeys: enterprises,
    });

    await seedCommand(config(), { demo: true }, quiet());
    expect(await snapshot()).toEqual(first);
    const keys = JSON.parse(await readFile(keysFile, 'utf8')) as DemoApiKey[];
    expect(keys).toHaveLength(DEMO_ENTERPRISES.length);
    for (const key of keys) {
      const digest = createHash('sha256').update(key.key).digest('hex');
      const { rows } = await sql.query('SELECT enterprise_id, active FROM directory.api_key_credentials_v1 WHERE key_hash = $1', [digest]);
      expect(rows).toEqual([{ enterprise_id: key.enterpriseId, active: true }]);
    }
    const oldDigest = createHash('sha256').update(firstKeys[0].key).digest('hex');
    expect((await sql.query('SELECT active FROM directory.api_key_credentials_v1 WHERE key_hash = $1', [oldDigest])).rows).toEqual([{ active: false }]);
  });

  it('gives every demo enterprise its liaison, committee, union chair and region contacts', async () => {
    const { rows } = await sql.query<{ registered_code: string; roles: string[]; path_length: number }>(`
      SELECT p.registered_code, array_agg(c.role ORDER BY c.role) AS roles, cardinality(p.region_path) AS path_length
        FROM directory.enterprise_profile_v1 p
        JOIN directory.enterprise_contacts_v1 c USING (enterprise_id)
       GROUP BY p.registered_code, p.region_path`);
    expect(rows).toHaveLength(DEMO_ENTERPRISES.length);
    for (const row of rows) {
      expect(row.path_length).toBe(3);
      expect(row.roles).toEqual([
        'committee_employee',
        'committee_management',
        'committee_union',
        'county_federation',
        'federation_leadership',
        'grassroots_union_chair',
        'labor_inspection_liaison',
        'liaison',
        'mediation_centre',
        'street_union',
      ]);
    }
    const roster = await sql.query(`SELECT tiers, languages FROM directory.mediator_roster_v1 WHERE 'pay' = ANY (expertise) AND active`);
    expect(roster.rows).toHaveLength(DEMO_MEDIATORS.length);
  });

  it('gives the demo staff accounts with the demo password, each scoped to its street, county or enterprise', async () => {
    const { rows } = await sql.query<{ email: string; roles: string[]; region: string | null; enterprise: string | null; password_hash: string }>(`
      SELECT a.email, a.roles, r.name AS region, e.registered_code AS enterprise, a.password_hash
        FROM directory.staff_accounts a
        LEFT JOIN directory.regions r ON r.id = a.region_id
        LEFT JOIN directory.enterprises e ON e.id = a.enterprise_id
       WHERE a.email LIKE '%@demo.concord.example'`);
    expect(rows).toHaveLength(DEMO_STAFF_ACCOUNTS.length);
    const streetStaff = rows.filter((row) => row.roles.includes('federation_staff') && row.region !== '海曙区');
    expect(streetStaff.map((row) => row.region).sort()).toEqual(DEMO_STREETS.map((street) => street.name).sort());
    expect(rows.filter((row) => row.roles.includes('mediator'))).toHaveLength(DEMO_MEDIATORS.length);
    expect(rows.find((row) => row.roles.includes('committee_member'))?.enterprise).toBe('91330203MADEMO0001');
    expect(await argon2.verify(rows[0].password_hash, DEMO_STAFF_PASSWORD)).toBe(true);
  });
});

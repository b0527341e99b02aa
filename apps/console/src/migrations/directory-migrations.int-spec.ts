import { migrateServiceSchema } from '@concord/database';
import { type TestDatabase, createTestDatabase } from '@concord/testing';
import { Client } from 'pg';
import { DIRECTORY_ENTITIES, DIRECTORY_SCHEMA } from '../directory.entities';
import { DIRECTORY_MIGRATIONS } from './index';

describe('directory migrations (real Postgres)', () => {
  let db: TestDatabase;
  let sql: Client;
  const options = () => ({ url: db.url, schema: DIRECTORY_SCHEMA, entities: DIRECTORY_ENTITIES, migrations: DIRECTORY_MIGRATIONS });
  const relations = async () =>
    (await sql.query<{ relname: string }>(`SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'directory' AND c.relkind IN ('r', 'v') AND c.relname <> 'migrations' ORDER BY 1`)).rows.map((r) => r.relname);

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await db?.drop();
  });

  it('creates the tables and the published views (six v1, two v2), and reverts cleanly', async () => {
    await migrateServiceSchema(options());
    expect(await relations()).toEqual([
      'api_key_credentials_v1',
      'api_keys',
      'enterprise_contacts',
      'enterprise_contacts_v1',
      'enterprise_contacts_v2',
      'enterprise_profile_v1',
      'enterprises',
      'mediator_roster_v1',
      'mediator_roster_v2',
      'mediators',
      'people',
      'region_contacts',
      'region_paths_v1',
      'regions',
      'staff_account_status_v1',
      'staff_accounts',
      'staff_audit_log',
    ]);
    for (let step = 0; step < DIRECTORY_MIGRATIONS.length; step++) await migrateServiceSchema(options(), 'down');
    expect(await relations()).toEqual([]);
    await migrateServiceSchema(options());
    expect(await relations()).toHaveLength(17);
  });

  it('enforces the tier nesting in the database itself', async () => {
    const county = (await sql.query(`INSERT INTO directory.regions (name, tier) VALUES ('C', 'county') RETURNING id`)).rows[0].id as string;
    await expect(sql.query(`INSERT INTO directory.regions (name, tier, parent_id, parent_tier) VALUES ('X', 'community', $1, 'county')`, [county])).rejects.toThrow(
      /regions_tier_nesting/,
    );
    await expect(sql.query(`INSERT INTO directory.regions (name, tier, parent_id, parent_tier) VALUES ('Y', 'community', $1, 'street')`, [county])).rejects.toThrow(
      /regions_parent_fkey/,
    );
    await expect(sql.query(`INSERT INTO directory.regions (name, tier) VALUES ('Z', 'street')`)).rejects.toThrow(/regions_tier_nesting/);
  });
});

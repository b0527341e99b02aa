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

  it('creates the tables and the published views (seven v1, two v2), and reverts cleanly', async () => {
    await migrateServiceSchema(options());
    expect(await relations()).toEqual([
      'api_key_credentials_v1',
      'api_keys',
      'enterprise_contacts',
      'enterprise_contacts_v1',
      'enterprise_contacts_v2',
      'enterprise_facts_v1',
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
    expect(await relations()).toHaveLength(18);
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

  it('answers enterprise_contacts_v2 as v1 plus the phone, looking each person up by primary key however large the directory', async () => {
    const region = async (name: string, tier: string, parent: string | null, parentTier: string | null) =>
      (await sql.query(`INSERT INTO directory.regions (name, tier, parent_id, parent_tier) VALUES ($1, $2, $3, $4) RETURNING id`, [name, tier, parent, parentTier])).rows[0].id as string;
    const county = await region('County', 'county', null, null);
    const street = await region('Street', 'street', county, 'county');
    const community = await region('Community', 'community', street, 'street');
    // Enough people that a scan of them all costs far more than a lookup per contact.
    const people = (
      await sql.query<{ id: string }>(`INSERT INTO directory.people (name, email, phone) SELECT 'P' || i, 'p' || i || '@x.test', '+86' || i FROM generate_series(1, 5000) i RETURNING id`)
    ).rows.map((row) => row.id);
    await sql.query(`INSERT INTO directory.region_contacts (region_id, person_id, role) VALUES ($1, $2, 'county_federation'), ($3, $4, 'street_union')`, [county, people[0], street, people[1]]);
    const enterprises = (
      await sql.query<{ id: string }>(
        `INSERT INTO directory.enterprises (name, registered_code, region_id, industry, headcount, liaison_person_id)
         SELECT 'E' || i, 'C' || i, $1, 'textiles', 100, $2 FROM generate_series(1, 1000) i RETURNING id`,
        [community, people[2]],
      )
    ).rows.map((row) => row.id);
    await sql.query(
      `INSERT INTO directory.enterprise_contacts (enterprise_id, person_id, role) SELECT e, p, 'committee_union' FROM unnest($1::uuid[], $2::uuid[]) AS c(e, p)`,
      [enterprises, people.slice(3, 1003)],
    );
    await sql.query(`ANALYZE directory.people, directory.enterprises, directory.enterprise_contacts, directory.regions, directory.region_contacts`);
    const asked = enterprises.slice(0, 50);

    const columns = `enterprise_id, person_id, role, name, email, phone, language`;
    const { rows: v2 } = await sql.query(`SELECT ${columns} FROM directory.enterprise_contacts_v2 WHERE enterprise_id = ANY($1::uuid[]) ORDER BY 1, 2, 3`, [asked]);
    const { rows: v1 } = await sql.query(
      `SELECT c.enterprise_id, c.person_id, c.role, c.name, c.email, p.phone, c.language
         FROM directory.enterprise_contacts_v1 c JOIN directory.people p ON p.id = c.person_id
        WHERE c.enterprise_id = ANY($1::uuid[]) ORDER BY 1, 2, 3`,
      [asked],
    );
    expect(v2).toHaveLength(asked.length * 4);
    expect(v2).toEqual(v1);
    const plan = (await sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT ${columns} FROM directory.enterprise_contacts_v2 WHERE enterprise_id = ANY($1::uuid[])`, [asked])).rows
      .map((row) => row['QUERY PLAN'])
      .join('\n');
    expect(plan).toMatch(/Index Scan using people_pkey on people/);
    expect(plan).not.toMatch(/Seq Scan on people/);
  });
});

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'pg';

/** An enterprise as its HR system knows itself: its id, its ingest API key, its size. */
export interface SeededEnterprise {
  enterpriseId: string;
  key: string;
  headcount: number;
}

export interface SeedShape {
  enterprises: number;
  /** Enterprises per street; each street has four communities. */
  perStreet: number;
}

const INDUSTRIES = ['construction', 'manufacturing', 'labor_intensive_manufacturing', 'catering', 'logistics', 'retail', 'services', 'cleaning', 'security'];
const ENTERPRISE_ROLES = ['grassroots_union_chair', 'committee_management', 'committee_union', 'committee_employee'] as const;
const COUNTY_ROLES = ['county_federation', 'labor_inspection_liaison', 'mediation_centre', 'federation_leadership'] as const;
const AFFILIATIONS = ['union', 'employers', 'government', 'independent'] as const;
const COMMUNITIES_PER_STREET = 4;
/** A liaison looks after several enterprises of a community, as in the demo county. */
const ENTERPRISES_PER_LIAISON = 10;
const MEDIATORS_PER_STREET = 6;
/** Rows per statement: well under Postgres's 65,535 parameters even for the widest insert. */
const CHUNK = 5_000;

/**
 * A county as the console's directory holds it, written straight into its tables in bulk (the
 * console's API would take minutes for thousands of enterprises and measure nothing we report):
 * streets of four communities, each enterprise with its liaison, union chair, consultation
 * committee of three and an ingest API key (only its SHA-256 digest stored, as the console does);
 * the street union, the county's four contacts, and street and county mediators with enough
 * capacity that ORANGE and RED cases get a seat. People have no email or phone: every person is
 * told in the inbox, and the only delivery that leaves the building is the installation's webhook.
 */
export async function seedDirectory(db: Client, { enterprises, perStreet }: SeedShape): Promise<SeededEnterprise[]> {
  const county = randomUUID();
  const streets = Array.from({ length: Math.ceil(enterprises / perStreet) }, () => randomUUID());
  const communities = streets.flatMap((street) => Array.from({ length: COMMUNITIES_PER_STREET }, () => ({ id: randomUUID(), street })));
  await db.query(`INSERT INTO directory.regions (id, name, tier) VALUES ($1, 'Bench County', 'county')`, [county]);
  await db.query(
    `INSERT INTO directory.regions (id, name, tier, parent_id, parent_tier)
     SELECT id, 'Street ' || n, 'street', $2, 'county' FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, n)`,
    [streets, county],
  );
  await db.query(
    `INSERT INTO directory.regions (id, name, tier, parent_id, parent_tier)
     SELECT id, 'Community ' || n, 'community', street, 'street' FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS c(id, street, n)`,
    [communities.map((c) => c.id), communities.map((c) => c.street)],
  );

  const regionContacts = [
    ...streets.map((regionId) => ({ regionId, personId: randomUUID(), role: 'street_union' })),
    ...COUNTY_ROLES.map((role) => ({ regionId: county, personId: randomUUID(), role })),
  ];
  const mediators = [
    ...streets.flatMap((street) => Array.from({ length: MEDIATORS_PER_STREET }, () => ({ personId: randomUUID(), tier: 'street', regionId: street }))),
    ...Array.from({ length: MEDIATORS_PER_STREET }, () => ({ personId: randomUUID(), tier: 'county', regionId: county })),
  ];
  const ids = Array.from({ length: enterprises }, () => randomUUID());
  const liaisons = Array.from({ length: Math.ceil(enterprises / ENTERPRISES_PER_LIAISON) }, () => randomUUID());
  const contacts = ids.flatMap((enterpriseId) => ENTERPRISE_ROLES.map((role) => ({ enterpriseId, personId: randomUUID(), role })));
  await insertPeople(db, [...regionContacts.map((c) => c.personId), ...mediators.map((m) => m.personId), ...liaisons, ...contacts.map((c) => c.personId)]);
  await insertColumns(db, `INSERT INTO directory.region_contacts (region_id, person_id, role) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [
    regionContacts.map((c) => c.regionId),
    regionContacts.map((c) => c.personId),
    regionContacts.map((c) => c.role),
  ]);
  await db.query(
    `INSERT INTO directory.mediators (person_id, tiers, region_ids, languages, expertise, industries, capacity, affiliation)
     SELECT person_id, ARRAY[tier], ARRAY[region_id], ARRAY['zh-CN'], ARRAY['pay', 'working_time', 'contracts', 'safety'], $4::text[], 50, affiliation
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $5::text[]) AS m(person_id, tier, region_id, affiliation)`,
    [mediators.map((m) => m.personId), mediators.map((m) => m.tier), mediators.map((m) => m.regionId), INDUSTRIES, mediators.map((_, i) => AFFILIATIONS[i % AFFILIATIONS.length])],
  );

  const headcounts = ids.map((_, i) => 30 + ((i * 37) % 470));
  await insertColumns(
    db,
    `INSERT INTO directory.enterprises (id, name, registered_code, region_id, industry, headcount, liaison_person_id)
     SELECT id, 'Bench enterprise ' || id, 'BENCH-' || id, region_id, industry, headcount, liaison FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::uuid[]) AS e(id, region_id, industry, headcount, liaison)`,
    [
      ids,
      ids.map((_, i) => communities[Math.floor(i / perStreet) * COMMUNITIES_PER_STREET + (i % COMMUNITIES_PER_STREET)].id),
      ids.map((_, i) => INDUSTRIES[i % INDUSTRIES.length]),
      headcounts,
      ids.map((_, i) => liaisons[Math.floor(i / ENTERPRISES_PER_LIAISON)]),
    ],
  );
  await insertColumns(db, `INSERT INTO directory.enterprise_contacts (enterprise_id, person_id, role) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [
    contacts.map((c) => c.enterpriseId),
    contacts.map((c) => c.personId),
    contacts.map((c) => c.role),
  ]);

  const keys = ids.map(() => `ck_${randomBytes(32).toString('base64url')}`);
  await insertColumns(
    db,
    `INSERT INTO directory.api_keys (enterprise_id, key_hash, key_prefix, label) SELECT enterprise_id, key_hash, left(key_hash, 8), 'bench' FROM unnest($1::uuid[], $2::text[]) AS k(enterprise_id, key_hash)`,
    [ids, keys.map((key) => createHash('sha256').update(key, 'utf8').digest('hex'))],
  );
  return ids.map((enterpriseId, i) => ({ enterpriseId, key: keys[i], headcount: headcounts[i] }));
}

async function insertPeople(db: Client, ids: string[]): Promise<void> {
  await insertColumns(db, `INSERT INTO directory.people (id, name) SELECT id, 'Bench person ' || id FROM unnest($1::uuid[]) AS id`, [ids]);
}

/** Runs `sql`, whose parameters are column arrays of equal length, over chunks of rows. */
async function insertColumns(db: Client, sql: string, columns: unknown[][]): Promise<void> {
  for (let start = 0; start < columns[0].length; start += CHUNK) {
    await db.query(
      sql,
      columns.map((column) => column.slice(start, start + CHUNK)),
    );
  }
}

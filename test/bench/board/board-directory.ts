import type { Client } from 'pg';

const INDUSTRIES = ['construction', 'manufacturing', 'labor_intensive_manufacturing', 'catering', 'logistics', 'retail', 'services', 'cleaning', 'security', 'platform_delivery'];

export interface BenchRegions {
  countyId: string;
  streetIds: string[];
}

/**
 * The console's real directory tables (behind directory.enterprise_profile_v1): one county of
 * `streets` streets with `communitiesPerStreet` communities each, and `enterprises` enterprises
 * spread evenly over the communities, each with a sector and headcount. Set-based, in a few
 * statements.
 */
export async function seedBoardDirectory(db: Client, spec: { enterprises: number; streets: number; communitiesPerStreet: number }): Promise<BenchRegions> {
  const [{ id: countyId }] = (await db.query<{ id: string }>(`INSERT INTO directory.regions (name, tier) VALUES ('Bench County', 'county') RETURNING id`)).rows;
  const streets = await db.query<{ id: string }>(
    `INSERT INTO directory.regions (name, tier, parent_id, parent_tier)
     SELECT 'Street ' || s, 'street', $1, 'county' FROM generate_series(1, $2) s RETURNING id`,
    [countyId, spec.streets],
  );
  await db.query(
    `INSERT INTO directory.regions (name, tier, parent_id, parent_tier)
     SELECT 'Community ' || c, 'community', s.id, 'street' FROM unnest($1::uuid[]) AS s(id) CROSS JOIN generate_series(1, $2) c`,
    [streets.rows.map((row) => row.id), spec.communitiesPerStreet],
  );
  const [{ id: liaisonId }] = (await db.query<{ id: string }>(`INSERT INTO directory.people (name, email) VALUES ('Bench Liaison', 'bench-board-liaison@concord.local') RETURNING id`)).rows;
  await db.query(
    `WITH communities AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM directory.regions WHERE tier = 'community')
     INSERT INTO directory.enterprises (name, registered_code, region_id, industry, headcount, liaison_person_id)
     SELECT 'Bench enterprise ' || e, 'BENCH-' || e, c.id, ($2::text[])[1 + e % array_length($2::text[], 1)], 30 + (e * 37) % 1970, $3
       FROM generate_series(0, $1 - 1) e
       JOIN communities c ON c.i = e % c.n`,
    [spec.enterprises, INDUSTRIES, liaisonId],
  );
  return { countyId, streetIds: streets.rows.map((row) => row.id) };
}

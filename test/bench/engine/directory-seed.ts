import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';

const INDUSTRIES = ['construction', 'manufacturing', 'labor_intensive_manufacturing', 'catering', 'logistics', 'retail', 'services', 'cleaning', 'security', 'platform_delivery'];
const ROWS_PER_INSERT = 5_000;

/**
 * Registers enterprises in the console's real directory tables (behind directory.enterprise_profile_v1),
 * so every profile the engine reads is found: one county → street → community, one liaison, each
 * enterprise with a sector and headcount; three in every twenty share a group, so the engine also
 * reads sibling levels as it would in production.
 */
export class DirectorySeed {
  private constructor(
    private readonly db: Client,
    private readonly communityId: string,
    private readonly liaisonId: string,
  ) {}

  static async create(db: Client): Promise<DirectorySeed> {
    const county = randomUUID();
    const street = randomUUID();
    const community = randomUUID();
    const liaison = randomUUID();
    await db.query(
      `INSERT INTO directory.regions (id, name, tier, parent_id, parent_tier) VALUES
         ($1, 'Bench County', 'county', NULL, NULL), ($2, 'Bench Street', 'street', $1, 'county'), ($3, 'Bench Community', 'community', $2, 'street')`,
      [county, street, community],
    );
    await db.query(`INSERT INTO directory.people (id, name, email) VALUES ($1, 'Bench Liaison', 'bench-liaison@concord.local')`, [liaison]);
    return new DirectorySeed(db, community, liaison);
  }

  async register(enterpriseIds: readonly string[]): Promise<void> {
    for (let start = 0; start < enterpriseIds.length; start += ROWS_PER_INSERT) {
      const ids = enterpriseIds.slice(start, start + ROWS_PER_INSERT);
      let group: string | null = null;
      const groups = ids.map((_, i) => {
        const slot = (start + i) % 20;
        if (slot === 0) group = randomUUID();
        return slot < 3 ? group : null;
      });
      await this.db.query(
        `INSERT INTO directory.enterprises (id, name, registered_code, region_id, industry, headcount, group_id, liaison_person_id)
         SELECT id, 'Bench enterprise ' || id, 'BENCH-' || id, $2, industry, headcount, group_id, $3
           FROM unnest($1::uuid[], $4::text[], $5::int[], $6::uuid[]) AS e(id, industry, headcount, group_id)`,
        [
          ids,
          this.communityId,
          this.liaisonId,
          ids.map((_, i) => INDUSTRIES[(start + i) % INDUSTRIES.length]),
          ids.map((_, i) => 30 + (((start + i) * 37) % 1_970)),
          groups,
        ],
      );
    }
  }
}

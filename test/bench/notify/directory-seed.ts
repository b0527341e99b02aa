import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';

const ENTERPRISE_ROLES = ['grassroots_union_chair', 'committee_management', 'committee_union', 'committee_employee'] as const;
const COUNTY_ROLES = ['county_federation', 'labor_inspection_liaison', 'mediation_centre', 'federation_leadership'] as const;
/** A liaison looks after several enterprises of a community, as in the demo county. */
const ENTERPRISES_PER_LIAISON = 10;

/**
 * Registers enterprises in the console's real directory tables (behind
 * directory.enterprise_profile_v1 and the enterprise_contacts views), each with everyone DOMAIN.md
 * §5 routes an alert to: its liaison, grassroots union chair and consultation committee of three,
 * the street union of its street and the county's federation, inspection liaison, mediation centre
 * and leadership. A RED alert so reaches ten people, a BLUE one two. People have no email or
 * phone, so every person notification is an in-app delivery (the bench runs no SMTP server or SMS
 * gateway).
 */
export class DirectorySeed {
  private constructor(
    private readonly db: Client,
    private readonly communityId: string,
  ) {}

  /** One county → street → community, with the street's and the county's contacts. */
  static async create(db: Client): Promise<DirectorySeed> {
    const [county, street, community] = [randomUUID(), randomUUID(), randomUUID()];
    await db.query(
      `INSERT INTO directory.regions (id, name, tier, parent_id, parent_tier) VALUES
         ($1, 'Bench County', 'county', NULL, NULL), ($2, 'Bench Street', 'street', $1, 'county'), ($3, 'Bench Community', 'community', $2, 'street')`,
      [county, street, community],
    );
    const contacts = [{ regionId: street, personId: randomUUID(), role: 'street_union' }, ...COUNTY_ROLES.map((role) => ({ regionId: county, personId: randomUUID(), role }))];
    await insertPeople(db, contacts.map((c) => c.personId));
    await db.query(`INSERT INTO directory.region_contacts (region_id, person_id, role) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [
      contacts.map((c) => c.regionId),
      contacts.map((c) => c.personId),
      contacts.map((c) => c.role),
    ]);
    return new DirectorySeed(db, community);
  }

  /** `count` new enterprises of the community, with their liaisons, chairs and committees; returns their ids. */
  async register(count: number): Promise<string[]> {
    const enterpriseIds = Array.from({ length: count }, () => randomUUID());
    const liaisons = Array.from({ length: Math.ceil(count / ENTERPRISES_PER_LIAISON) }, () => randomUUID());
    const contacts = enterpriseIds.flatMap((enterpriseId) => ENTERPRISE_ROLES.map((role) => ({ enterpriseId, personId: randomUUID(), role })));
    await insertPeople(this.db, [...liaisons, ...contacts.map((c) => c.personId)]);
    await this.db.query(
      `INSERT INTO directory.enterprises (id, name, registered_code, region_id, industry, headcount, liaison_person_id)
       SELECT id, 'Bench enterprise ' || id, 'BENCH-' || id, $2, 'manufacturing', 200, liaison
         FROM unnest($1::uuid[], $3::uuid[]) AS e(id, liaison)`,
      [enterpriseIds, this.communityId, enterpriseIds.map((_, i) => liaisons[Math.floor(i / ENTERPRISES_PER_LIAISON)])],
    );
    await this.db.query(`INSERT INTO directory.enterprise_contacts (enterprise_id, person_id, role) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [
      contacts.map((c) => c.enterpriseId),
      contacts.map((c) => c.personId),
      contacts.map((c) => c.role),
    ]);
    // A county's directory changes slowly and autovacuum keeps its statistics current; tables
    // filled a moment ago have none (the three regions' tables would pass for hundreds of rows),
    // and the notifier's contact reads would be planned as scans of every person.
    await this.db.query(`ANALYZE directory.people, directory.enterprises, directory.enterprise_contacts, directory.regions, directory.region_contacts`);
    return enterpriseIds;
  }
}

async function insertPeople(db: Client, ids: string[]): Promise<void> {
  await db.query(`INSERT INTO directory.people (id, name) SELECT id, 'Bench person ' || id FROM unnest($1::uuid[]) AS id`, [ids]);
}

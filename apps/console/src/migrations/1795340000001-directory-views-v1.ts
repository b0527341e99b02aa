import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory's published read-only interface (v1) for the other services, which may read the
 * directory only through these views:
 *
 * - enterprise_profile_v1(enterprise_id, name, registered_code, region_id, region_path uuid[]
 *   county → … → own region, industry, headcount, group_id, liaison_person_id, jurisdiction)
 * - enterprise_contacts_v1(enterprise_id, person_id, role, name, email, language): the liaison
 *   (role 'liaison'), the consultation committee and grassroots union chair, and the contacts of
 *   every region on the enterprise's path (street union, county federation, …)
 * - mediator_roster_v1(mediator_id, name, active, unavailable, tiers, region_ids, languages,
 *   expertise, industries, capacity, conflict_enterprise_ids)
 * - api_key_credentials_v1(key_id, enterprise_id, key_hash = sha256 hex of the key,
 *   active = not revoked and not past the expiry a rotation set)
 *
 * Consumers depend on these names, columns and meanings: never change a v1 view once landed;
 * publish a v2 next to it and retire v1 when nobody reads it.
 *
 * Region paths are built from the counties down over the whole (small) region tree, so a query for
 * one enterprise still filters the enterprises table by index.
 */
export class DirectoryViewsV11795340000001 implements MigrationInterface {
  name = 'DirectoryViewsV11795340000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}

const REGION_PATHS_CTE = `region_paths AS (
       SELECT r.id, ARRAY[r.id] AS path
         FROM directory.regions r
        WHERE r.parent_id IS NULL
       UNION ALL
       SELECT child.id, parent.path || child.id
         FROM directory.regions child
         JOIN region_paths parent ON child.parent_id = parent.id)`;

const UP = [
  `CREATE VIEW directory.enterprise_profile_v1 AS
     WITH RECURSIVE ${REGION_PATHS_CTE}
     SELECT e.id AS enterprise_id,
            e.name,
            e.registered_code,
            e.region_id,
            rp.path AS region_path,
            e.industry,
            e.headcount,
            e.group_id,
            e.liaison_person_id,
            e.jurisdiction
       FROM directory.enterprises e
       JOIN region_paths rp ON rp.id = e.region_id`,

  `CREATE VIEW directory.enterprise_contacts_v1 AS
     WITH RECURSIVE ${REGION_PATHS_CTE},
     contacts AS (
       SELECT e.id AS enterprise_id, e.liaison_person_id AS person_id, 'liaison'::text AS role
         FROM directory.enterprises e
       UNION
       SELECT ec.enterprise_id, ec.person_id, ec.role
         FROM directory.enterprise_contacts ec
       UNION
       SELECT e.id, rc.person_id, rc.role
         FROM directory.enterprises e
         JOIN region_paths rp ON rp.id = e.region_id
         JOIN directory.region_contacts rc ON rc.region_id = ANY (rp.path))
     SELECT c.enterprise_id, c.person_id, c.role, p.name, p.email, p.language
       FROM contacts c
       JOIN directory.people p ON p.id = c.person_id`,

  `CREATE VIEW directory.mediator_roster_v1 AS
     SELECT m.person_id AS mediator_id,
            p.name,
            m.active,
            m.unavailable,
            m.tiers,
            m.region_ids,
            m.languages,
            m.expertise,
            m.industries,
            m.capacity,
            m.conflict_enterprise_ids
       FROM directory.mediators m
       JOIN directory.people p ON p.id = m.person_id`,

  `CREATE VIEW directory.api_key_credentials_v1 AS
     SELECT k.id AS key_id,
            k.enterprise_id,
            k.key_hash,
            k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()) AS active
       FROM directory.api_keys k`,
];

const DOWN = [
  `DROP VIEW directory.api_key_credentials_v1`,
  `DROP VIEW directory.mediator_roster_v1`,
  `DROP VIEW directory.enterprise_contacts_v1`,
  `DROP VIEW directory.enterprise_profile_v1`,
];

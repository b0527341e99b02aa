import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * enterprise_contacts_v2 keeps its name, columns and meaning, with a definition that reads each
 * contact's person by primary key. The first one joined the contacts to people twice (through v1,
 * then again for the phone), and the planner, which cannot estimate how many rows the union of
 * contacts yields, hashed the whole people table for every read: for the notifier's batch of a
 * hundred enterprises that cost more than the rest of the read, and grew with the directory. The
 * OFFSET 0 keeps the lookup a subquery per contact row, so it stays an index lookup whatever the
 * statistics say. Region paths come from the published region_paths_v1.
 */
const V2_BY_INDEX_LOOKUPS = `CREATE OR REPLACE VIEW directory.enterprise_contacts_v2 AS
     WITH contacts AS (
       SELECT e.id AS enterprise_id, e.liaison_person_id AS person_id, 'liaison'::text AS role
         FROM directory.enterprises e
       UNION
       SELECT ec.enterprise_id, ec.person_id, ec.role
         FROM directory.enterprise_contacts ec
       UNION
       SELECT e.id, rc.person_id, rc.role
         FROM directory.enterprises e
         JOIN directory.region_paths_v1 rp ON rp.region_id = e.region_id
         JOIN directory.region_contacts rc ON rc.region_id = ANY (rp.path))
     SELECT c.enterprise_id, c.person_id, c.role, p.name, p.email, p.phone, p.language
       FROM contacts c
       CROSS JOIN LATERAL (SELECT name, email, phone, language FROM directory.people WHERE id = c.person_id OFFSET 0) p`;

const V2_OVER_V1 = `CREATE OR REPLACE VIEW directory.enterprise_contacts_v2 AS
         SELECT c.enterprise_id, c.person_id, c.role, c.name, c.email, p.phone, c.language
           FROM directory.enterprise_contacts_v1 c
           JOIN directory.people p ON p.id = c.person_id`;

export class EnterpriseContactsV2IndexLookups1798600000000 implements MigrationInterface {
  name = 'EnterpriseContactsV2IndexLookups1798600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(V2_BY_INDEX_LOOKUPS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(V2_OVER_V1);
  }
}

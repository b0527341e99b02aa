import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds one view to the directory's published read-only interface (v1):
 *
 * - enterprise_facts_v1(enterprise_id, name, registered_code, region_id, industry, headcount,
 *   group_id, liaison_person_id, jurisdiction): enterprise_profile_v1 without the region path
 *
 * enterprise_profile_v1 joins every enterprise to its region path, which Postgres builds over the
 * whole region tree with a recursive query on every read, and plans anew on every read, whether
 * or not the reader asks for the path. The risk engine reads an enterprise's facts once per
 * scoring transaction and never its path: in a system benchmark that read was the costliest
 * statement Postgres ran (about 250 µs per call for one row, planning not counted). Readers that
 * need the path keep enterprise_profile_v1. Like the other v1 views, this one's names, columns and
 * meanings never change once landed.
 */
export class EnterpriseFactsViewV11798700000000 implements MigrationInterface {
  name = 'EnterpriseFactsViewV11798700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE VIEW directory.enterprise_facts_v1 AS
         SELECT id AS enterprise_id, name, registered_code, region_id, industry, headcount, group_id, liaison_person_id, jurisdiction
           FROM directory.enterprises`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW directory.enterprise_facts_v1`);
  }
}

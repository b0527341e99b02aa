import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * enterprise_contacts_v2: v1's columns plus each person's `phone`, which the notifier's SMS
 * channel needs. Published next to v1 (never changed once landed), as the views' rule says.
 */
export class EnterpriseContactsV21797100000000 implements MigrationInterface {
  name = 'EnterpriseContactsV21797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE VIEW directory.enterprise_contacts_v2 AS
         SELECT c.enterprise_id, c.person_id, c.role, c.name, c.email, p.phone, c.language
           FROM directory.enterprise_contacts_v1 c
           JOIN directory.people p ON p.id = c.person_id`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW directory.enterprise_contacts_v2`);
  }
}

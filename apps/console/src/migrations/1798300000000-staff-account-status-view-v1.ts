import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds one view to the directory's published read-only interface (v1), so that every service's
 * staff guard can end a disabled account's sessions at once instead of when its token expires:
 *
 * - staff_account_status_v1(account_id = the person's id, the token's `sub`; disabled)
 *
 * Like the other v1 views its names, columns and meanings never change once landed.
 */
export class StaffAccountStatusViewV11798300000000 implements MigrationInterface {
  name = 'StaffAccountStatusViewV11798300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW directory.staff_account_status_v1 AS SELECT person_id AS account_id, disabled FROM directory.staff_accounts`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW directory.staff_account_status_v1`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds one view to the directory's published read-only interface (v1), so that owners can check a
 * region id against a staff member's scope (`scopeAllowsRegion` in @concord/auth) without reading
 * the directory's tables:
 *
 * - region_paths_v1(region_id, parent_id, name, tier, path uuid[] county → … → the region itself)
 *
 * Like the other v1 views its names, columns and meanings never change once landed; a change is a
 * v2 next to it. The paths are built from the counties down over the whole (small) region tree.
 */
export class RegionPathsViewV11798000000000 implements MigrationInterface {
  name = 'RegionPathsViewV11798000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE VIEW directory.region_paths_v1 AS
         WITH RECURSIVE region_paths AS (
           SELECT r.id, ARRAY[r.id] AS path
             FROM directory.regions r
            WHERE r.parent_id IS NULL
           UNION ALL
           SELECT child.id, parent.path || child.id
             FROM directory.regions child
             JOIN region_paths parent ON child.parent_id = parent.id)
         SELECT r.id AS region_id, r.parent_id, r.name, r.tier, rp.path
           FROM directory.regions r
           JOIN region_paths rp ON rp.id = r.id`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW directory.region_paths_v1`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * mediator_roster_v2: v1's columns plus what the case service needs for collective cases and the
 * conflict-of-interest window, and what the notifier needs to reach a mediator:
 *
 * - affiliation: 'union' | 'employers' | 'government' | 'independent', or NULL when not recorded
 *   (a balanced panel of three needs one from each side plus a chair, DOMAIN.md §7);
 * - employment_history: jsonb array of {"enterpriseId", "groupId" (or null), "from": "YYYY-MM-DD",
 *   "to": "YYYY-MM-DD" or null while still employed}; "employment with the enterprise or its
 *   group in the last 2 years" is a conflict, so the dates matter;
 * - email, phone, language: the mediator's own contact details (from people).
 *
 * v1 stays as it is (published views are contracts). The array check keeps every reader's
 * "it is a list" assumption true; the shape of each element is validated by the admin API.
 */
export class MediatorRosterV21797200000000 implements MigrationInterface {
  name = 'MediatorRosterV21797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}

const UP = [
  `ALTER TABLE directory.mediators
     ADD COLUMN affiliation text CONSTRAINT mediators_affiliation_check CHECK (affiliation IN ('union', 'employers', 'government', 'independent')),
     ADD COLUMN employment_history jsonb NOT NULL DEFAULT '[]' CONSTRAINT mediators_employment_history_check CHECK (jsonb_typeof(employment_history) = 'array')`,

  `CREATE VIEW directory.mediator_roster_v2 AS
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
            m.conflict_enterprise_ids,
            m.affiliation,
            m.employment_history,
            p.email,
            p.phone,
            p.language
       FROM directory.mediators m
       JOIN directory.people p ON p.id = m.person_id`,
];

const DOWN = [
  `DROP VIEW directory.mediator_roster_v2`,
  `ALTER TABLE directory.mediators DROP COLUMN employment_history, DROP COLUMN affiliation`,
];

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The indicators that read case.events, with their defaults when they joined the catalog. */
const ADDED: Record<string, unknown> = {
  D4: {
    enabled: true,
    tiers: [
      { atLeast: 1, points: 15, floor: null, trigger: false },
      { atLeast: 2, points: 25, floor: null, trigger: false },
    ],
    params: { windowDays: 90 },
    legalBasis:
      'Labor Dispute Mediation and Arbitration Law Art. 14 (no agreement within 15 days: the parties may apply for arbitration) and Art. 5 (mediation refused or failed, or an agreement not performed: arbitration)',
  },
  D5: {
    enabled: true,
    tiers: [{ atLeast: 1, points: 0, floor: null, trigger: false }],
    params: { pointsFactor: 0.5, windowDays: 180 },
    legalBasis: 'Labor Dispute Mediation and Arbitration Law Art. 14 (a mediation agreement binds the parties, who shall perform it); Art. 5',
  },
};

/**
 * Case events feed back into risk (D4 mediation failed, D5 agreement performed). Every stored
 * rule set — published, past and draft — must name every indicator of the catalog (the engine
 * refuses a published set that does not), so each version that lacks them gets their defaults as
 * of this migration, frozen here: a later change to the defaults must not rewrite history.
 * Versions are otherwise unchanged; `down` removes the two again.
 */
export class MediationFeedbackRules1797300000000 implements MigrationInterface {
  name = 'MediationFeedbackRules1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [id, defaults] of Object.entries(ADDED)) {
      await queryRunner.query(`UPDATE rule_sets SET body = jsonb_set(body, ARRAY['indicators', $1::text], $2::jsonb) WHERE NOT (body->'indicators') ? $1`, [id, JSON.stringify(defaults)]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const id of Object.keys(ADDED)) await queryRunner.query(`UPDATE rule_sets SET body = body #- ARRAY['indicators', $1::text]`, [id]);
  }
}

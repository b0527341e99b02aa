import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DEFAULT_RULE_SET, type RuleSet, validateRuleSet } from '@concord/risk-rules';
import { preparedStatement, runPrepared } from '@concord/database';
import { DataSource, type EntityManager } from 'typeorm';

export const SYSTEM_ACTOR = 'system';

const PUBLISHED_VERSION = preparedStatement('risk.published-rule-set-version', `SELECT version FROM rule_sets WHERE status = 'published'`);

/**
 * The rule set scoring uses: the published version, read through a cache keyed by version so a
 * publish or rollback (by any instance) takes effect at the next score without a restart.
 * A fresh installation publishes DOMAIN.md's defaults as version 1 at boot.
 */
@Injectable()
export class PublishedRuleSet implements OnApplicationBootstrap {
  private cached: RuleSet | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO rule_sets (version, status, body, edited_by, edited_at, published_by, published_at, publish_reason)
         SELECT 1, 'published', $1, $2, now(), $2, now(), 'Defaults of DOMAIN.md §3–4'
          WHERE NOT EXISTS (SELECT 1 FROM rule_sets)
         ON CONFLICT (version) DO NOTHING
         RETURNING version`,
        [DEFAULT_RULE_SET, SYSTEM_ACTOR],
      );
      if (inserted.length > 0) {
        await manager.query(`INSERT INTO rule_set_audit (version, action, actor, reason, at) VALUES (1, 'published', $1, 'Defaults of DOMAIN.md §3–4', now())`, [SYSTEM_ACTOR]);
      }
    });
  }

  /** The published rule set, as seen by `manager`'s transaction. */
  async current(manager: EntityManager): Promise<RuleSet> {
    const [row] = await runPrepared<{ version: number }>(manager, PUBLISHED_VERSION, []);
    if (!row) throw new Error('no published rule set: the engine publishes the defaults at boot');
    if (this.cached?.version === row.version) return this.cached;
    const [{ body }] = await manager.query<{ body: RuleSet }[]>(`SELECT body FROM rule_sets WHERE version = $1`, [row.version]);
    // Published versions were validated on publish; a failure here means the catalog changed under them.
    const problems = validateRuleSet(body);
    if (problems.length > 0) throw new Error(`published rule set v${row.version} is not valid for this engine: ${problems.join('; ')}`);
    this.cached = body;
    return body;
  }
}

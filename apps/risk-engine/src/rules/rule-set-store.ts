import { DomainError } from '@concord/platform';
import type { RuleSet } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';
import type { RuleSetAction } from './rule-set-audit.entity';
import { RuleSetVersion } from './rule-set-version.entity';

/** Row-level reads and the audit write the rule-set use cases share. */
export async function publishedVersion(manager: EntityManager): Promise<RuleSetVersion> {
  const published = await manager.findOneBy(RuleSetVersion, { status: 'published' });
  if (!published) throw new DomainError('not_found', 'No rule set is published yet');
  return published;
}

export async function draftVersion(manager: EntityManager): Promise<RuleSetVersion> {
  const draft = await manager.findOneBy(RuleSetVersion, { status: 'draft' });
  if (!draft) throw new DomainError('not_found', 'There is no draft: save one first (PUT /v1/rule-sets/draft)');
  return draft;
}

export async function nextVersion(manager: EntityManager): Promise<number> {
  const [{ max }] = await manager.query<{ max: number | null }[]>(`SELECT max(version) AS max FROM rule_sets`);
  return (max ?? 0) + 1;
}

export async function audit(manager: EntityManager, entry: { version: number; action: RuleSetAction; actor: string; reason?: string; details?: Record<string, unknown> }): Promise<void> {
  await manager.query(`INSERT INTO rule_set_audit (version, action, actor, reason, details, at) VALUES ($1, $2, $3, $4, $5, now())`, [
    entry.version,
    entry.action,
    entry.actor,
    entry.reason ?? null,
    entry.details ?? {},
  ]);
}

/** The body stored for a version: the rule set with its version number set to the row's. */
export function asVersion(ruleSet: RuleSet, version: number): RuleSet {
  return { ...ruleSet, version };
}

import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { type RuleSet, validateRuleSet } from '@concord/risk-rules';
import { DataSource } from 'typeorm';
import { RuleSetVersion } from '../rule-set-version.entity';
import { asVersion, audit, nextVersion, publishedVersion } from '../rule-set-store';

/**
 * Saves the one draft (creating it, numbered after the newest version, or replacing it). An unsound
 * draft is refused with every problem and its field path; nothing is stored then.
 */
@Injectable()
export class SaveDraftUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(candidate: RuleSet, editor: string): Promise<RuleSetVersion> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE rule_sets IN SHARE ROW EXCLUSIVE MODE`);
      const existing = await manager.findOneBy(RuleSetVersion, { status: 'draft' });
      const version = existing?.version ?? (await nextVersion(manager));
      const body = asVersion(candidate, version);
      const problems = validateRuleSet(body);
      if (problems.length > 0) throw new DomainError('validation_failed', 'The draft rule set is not sound', problems.map(toProblem));
      const basedOn = existing?.basedOnVersion ?? (await publishedVersion(manager)).version;
      const row: RuleSetVersion = { version, status: 'draft', body, basedOnVersion: basedOn, editedBy: editor, editedAt: new Date(), publishedBy: null, publishedAt: null, publishReason: null };
      await manager.save(RuleSetVersion, row);
      await audit(manager, { version, action: 'draft_saved', actor: editor });
      return row;
    });
  }
}

/** "indicators.W1.tiers[0].points: must be …" → { path, message }, as every 400 reports problems. */
function toProblem(error: string): { path: string; message: string } {
  const at = error.indexOf(': ');
  return at < 0 ? { path: '(root)', message: error } : { path: `ruleSet.${error.slice(0, at)}`, message: error.slice(at + 2) };
}

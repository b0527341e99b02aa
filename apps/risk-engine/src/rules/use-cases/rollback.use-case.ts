import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { validateRuleSet } from '@concord/risk-rules';
import { DataSource } from 'typeorm';
import { RuleSetVersion } from '../rule-set-version.entity';
import { asVersion, audit, nextVersion, publishedVersion } from '../rule-set-store';
import type { PublishOutcome } from './publish-draft.use-case';
import { RescoreEnterprisesUseCase } from './rescore-enterprises.use-case';

/**
 * Rolls back to an earlier version by publishing a copy of it as a NEW version: history only
 * grows, so the audit shows the rollback as clearly as the publish it undoes.
 */
@Injectable()
export class RollbackUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rescore: RescoreEnterprisesUseCase,
  ) {}

  async execute(toVersion: number, publisher: string, reason: string): Promise<PublishOutcome> {
    const version = await this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE rule_sets IN SHARE ROW EXCLUSIVE MODE`);
      const target = await manager.findOneBy(RuleSetVersion, { version: toVersion });
      if (!target || target.status === 'draft') throw new DomainError('not_found', `Version ${toVersion} was never published`);
      const live = await publishedVersion(manager);
      if (live.version === toVersion) throw new DomainError('conflict', `Version ${toVersion} is already the published version`);
      const version = await nextVersion(manager);
      const body = asVersion(target.body, version);
      const problems = validateRuleSet(body);
      if (problems.length > 0) throw new DomainError('conflict', `Version ${toVersion} is not valid for this engine any more: ${problems.join('; ')}`);
      await manager.update(RuleSetVersion, { version: live.version }, { status: 'retired' });
      const now = new Date();
      await manager.insert(RuleSetVersion, { version, status: 'published', body, basedOnVersion: toVersion, editedBy: publisher, editedAt: now, publishedBy: publisher, publishedAt: now, publishReason: reason });
      await audit(manager, { version, action: 'rolled_back', actor: publisher, reason, details: { restored: toVersion, replaced: live.version } });
      return version;
    });
    return { version, rescored: await this.rescore.execute(`rule-set:v${version}`, 'all') };
  }
}

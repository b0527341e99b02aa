import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { validateRuleSet } from '@concord/risk-rules';
import { DataSource } from 'typeorm';
import { RuleSetVersion } from '../rule-set-version.entity';
import { audit, draftVersion, publishedVersion } from '../rule-set-store';
import { type RescoreOutcome, RescoreEnterprisesUseCase } from './rescore-enterprises.use-case';

export interface PublishOutcome {
  version: number;
  rescored: RescoreOutcome;
}

/**
 * Publishes the draft (a publisher who did not edit it: separation of duties, as Marble does),
 * retires the live version, audits who and why, then re-assesses every enterprise under it.
 */
@Injectable()
export class PublishDraftUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rescore: RescoreEnterprisesUseCase,
  ) {}

  async execute(publisher: string, reason: string): Promise<PublishOutcome> {
    const version = await this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE rule_sets IN SHARE ROW EXCLUSIVE MODE`);
      const draft = await draftVersion(manager);
      if (draft.editedBy === publisher) throw new DomainError('forbidden', 'The draft must be published by someone other than its editor');
      const problems = validateRuleSet(draft.body);
      if (problems.length > 0) throw new DomainError('validation_failed', 'The draft is no longer valid for this engine', problems.map((message) => ({ path: 'draft', message })));
      const live = await publishedVersion(manager);
      await manager.update(RuleSetVersion, { version: live.version }, { status: 'retired' });
      await manager.update(RuleSetVersion, { version: draft.version }, { status: 'published', publishedBy: publisher, publishedAt: new Date(), publishReason: reason });
      await audit(manager, { version: draft.version, action: 'published', actor: publisher, reason, details: { replaced: live.version } });
      return draft.version;
    });
    return { version, rescored: await this.rescore.execute(`rule-set:v${version}`, 'all') };
  }
}

import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import type { RuleSet } from '@concord/risk-rules';
import { DataSource } from 'typeorm';
import { RuleSetAudit } from '../rule-set-audit.entity';
import { RuleSetVersion } from '../rule-set-version.entity';

export type RuleSetSummary = Omit<RuleSetVersion, 'body'>;

/** The read side of rules as data: versions, one version's body, and the audit. */
@Injectable()
export class ListRuleSetsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async versions(): Promise<RuleSetSummary[]> {
    const rows = await this.dataSource.getRepository(RuleSetVersion).find({ order: { version: 'DESC' } });
    return rows.map(({ body: _body, ...summary }) => summary);
  }

  async body(version: number | 'published' | 'draft'): Promise<RuleSetVersion & { body: RuleSet }> {
    const where = typeof version === 'number' ? { version } : { status: version };
    const row = await this.dataSource.getRepository(RuleSetVersion).findOneBy(where);
    if (!row) throw new DomainError('not_found', `No rule set ${version}`);
    return row;
  }

  async audit(limit: number): Promise<RuleSetAudit[]> {
    return this.dataSource.getRepository(RuleSetAudit).find({ order: { at: 'DESC', id: 'DESC' }, take: limit });
  }
}

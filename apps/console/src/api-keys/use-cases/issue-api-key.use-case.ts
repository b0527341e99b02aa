import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Enterprise } from '../../enterprises/enterprise.entity';
import { requireExisting } from '../../shared/require-existing';
import { type IssuedApiKey, issueKey } from '../issue-key';

export type { IssuedApiKey } from '../issue-key';

/** Issues an ingest API key for an enterprise's HR system. */
@Injectable()
export class IssueApiKeyUseCase {
  private readonly log = new Logger(IssueApiKeyUseCase.name);

  constructor(private readonly dataSource: DataSource) {}

  async execute(enterpriseId: string, label: string, issuedBy: string | null): Promise<IssuedApiKey> {
    await requireExisting(this.dataSource.manager, Enterprise, 'enterprise', [['id', enterpriseId]]);
    const issued = await issueKey(this.dataSource.manager, enterpriseId, label, issuedBy);
    this.log.log({ keyId: issued.keyId, enterpriseId, prefix: issued.prefix, issuedBy }, 'API key issued');
    return issued;
  }
}
